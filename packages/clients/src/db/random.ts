import { createRandom, type Random } from '@mienskip/kit/rules';

export { createRandom, type Random };

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
