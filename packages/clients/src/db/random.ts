import { prng } from '@mienskip/kit/rules';

/**
 * Deterministic randomness for the synthetic seed: one fixed seed gives one sequence, so the same
 * options always give the same rows (tests and benches compare runs).
 */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(list: readonly T[]): T;
  /** One of the entries, with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** Shuffles in place (Fisher–Yates) and returns the same array. */
  shuffle<T>(list: T[]): T[];
}

export function createRandom(seed: number): Random {
  const next = prng(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: (list) => list[Math.floor(next() * list.length)]!,
    weighted: (entries) => {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [value, weight] of entries) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return entries[entries.length - 1]![0];
    },
    shuffle: (list) => {
      for (let i = list.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [list[i], list[j]] = [list[j]!, list[i]!];
      }
      return list;
    },
  };
}

/**
 * Exactly `total` values in the proportions of the weights (largest remainder rounding), shuffled.
 * Shares that a test checks come out exact at every scale instead of drifting with sampling noise.
 */
export function quota<T>(total: number, entries: readonly (readonly [T, number])[], random: Random): T[] {
  const weightSum = entries.reduce((sum, [, weight]) => sum + weight, 0);
  const exact = entries.map(([, weight]) => (total * weight) / weightSum);
  const counts = exact.map(Math.floor);
  const byRemainder = exact.map((value, i) => [i, value - Math.floor(value)] as const);
  byRemainder.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  let missing = total - counts.reduce((sum, n) => sum + n, 0);
  for (const [i] of byRemainder) {
    if (missing-- <= 0) break;
    counts[i]!++;
  }
  const out: T[] = [];
  entries.forEach(([value], i) => {
    for (let n = 0; n < counts[i]!; n++) out.push(value);
  });
  return random.shuffle(out);
}
