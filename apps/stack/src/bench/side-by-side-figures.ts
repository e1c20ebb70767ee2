/**
 * The figures of the side-by-side (issue 19) and how rounds and gateways are summed up: pure, so
 * that the arithmetic is tested without a load.
 */
export const GATEWAYS = ['mienskip', 'hive'] as const;
export type GatewayName = (typeof GATEWAYS)[number];

/** One load run of one operation through one gateway. */
export interface RunFigures {
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number };
  /** Requests sent; CPU and statements are divided by it. */
  requests: number;
  errors: number;
  non2xx: number;
  /** CPU ms per request of the gateway's process (`gateway`) and of each subgraph's, by name. */
  cpuMsPerRequest: Record<string, number>;
  /** SQL statements per request, in total and by the service that sent them. */
  statementsPerOperation: { total: number; byService: Record<string, number> };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('No values to take the median of');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

function medianBy(rounds: readonly Record<string, number>[]): Record<string, number> {
  const keys = [...new Set(rounds.flatMap((r) => Object.keys(r)))];
  return Object.fromEntries(keys.map((key) => [key, round(median(rounds.map((r) => r[key] ?? 0)))]));
}

/** Each figure's median over the rounds, taken figure by figure (not the median round). */
export function medianFigures(rounds: readonly RunFigures[]): RunFigures {
  return {
    requestsPerSecond: median(rounds.map((r) => r.requestsPerSecond)),
    latencyMs: {
      p50: median(rounds.map((r) => r.latencyMs.p50)),
      p99: median(rounds.map((r) => r.latencyMs.p99)),
    },
    requests: median(rounds.map((r) => r.requests)),
    // Any failure in any round shows: these are summed, not their median.
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
    non2xx: rounds.reduce((sum, r) => sum + r.non2xx, 0),
    cpuMsPerRequest: medianBy(rounds.map((r) => r.cpuMsPerRequest)),
    statementsPerOperation: {
      total: round(median(rounds.map((r) => r.statementsPerOperation.total))),
      byService: medianBy(rounds.map((r) => r.statementsPerOperation.byService)),
    },
  };
}

/** Mienskip's figure over Hive's: above 1 Mienskip serves more (req/s) or spends more (CPU, latency). */
export interface Ratios {
  /** Of the medians over the rounds. */
  requestsPerSecond: number;
  /**
   * The median of each round's own ratio. A round runs the two gateways one right after the other,
   * so its ratio is free of the machine's drift from one round to the next, which moves the medians
   * of the two gateways apart when their good and bad runs fall in different rounds.
   */
  requestsPerSecondPerRound: number;
  p50: number;
  p99: number;
  gatewayCpuMsPerRequest: number;
}

const over = (a: number, b: number) => (b === 0 ? Number.NaN : round(a / b));

/** The ratios of two gateways' figures; `rounds` are the runs the figures are the medians of, in order. */
export function ratios(
  mienskip: RunFigures,
  hive: RunFigures,
  rounds: { mienskip: readonly RunFigures[]; hive: readonly RunFigures[] } = {
    mienskip: [mienskip],
    hive: [hive],
  },
): Ratios {
  if (rounds.mienskip.length !== rounds.hive.length) throw new Error('Both gateways run in every round');
  const perRound = rounds.mienskip.map((m, i) => m.requestsPerSecond / rounds.hive[i]!.requestsPerSecond);
  return {
    requestsPerSecond: over(mienskip.requestsPerSecond, hive.requestsPerSecond),
    requestsPerSecondPerRound: round(median(perRound)),
    p50: over(mienskip.latencyMs.p50, hive.latencyMs.p50),
    p99: over(mienskip.latencyMs.p99, hive.latencyMs.p99),
    gatewayCpuMsPerRequest: over(mienskip.cpuMsPerRequest.gateway ?? 0, hive.cpuMsPerRequest.gateway ?? 0),
  };
}

type Throughput = 'requestsPerSecond' | 'requestsPerSecondPerRound';

/** The geometric mean of one req/s ratio over the operations, and the worst (lowest) one. */
function overOperations(operations: readonly { name: string; ratio: Ratios }[], which: Throughput) {
  const values = operations.map((o) => o.ratio[which]);
  const geometricMean = Math.exp(values.reduce((sum, r) => sum + Math.log(r), 0) / values.length);
  const worst = operations.reduce((a, b) => (b.ratio[which] < a.ratio[which] ? b : a));
  return { geometricMean: round(geometricMean), worst: { operation: worst.name, ratio: worst.ratio[which] } };
}

/** Over the operations: Mienskip/Hive req/s of the medians and per round, each as geometric mean and worst. */
export function summarise(operations: readonly { name: string; ratio: Ratios }[]) {
  if (operations.length === 0) throw new Error('No operations to sum up');
  return {
    requestsPerSecondRatio: overOperations(operations, 'requestsPerSecond'),
    requestsPerSecondRatioPerRound: overOperations(operations, 'requestsPerSecondPerRound'),
  };
}

/**
 * Where a run's figures go in `sideBySide` of the results: by database, and by the gateways'
 * processes when not the defaults, so that a run in another configuration keeps the others' figures.
 */
export function sideBySideKey(
  database: string,
  settings: { gateway?: { workers?: number; redisUrl?: string }; hiveFork?: number },
): string {
  const workers = settings.gateway?.workers ?? 1;
  const parts = [database];
  if (workers > 1) parts.push(`mienskip-${workers}-workers`);
  if (settings.gateway?.redisUrl) parts.push('redis-limits');
  if (settings.hiveFork && settings.hiveFork > 1) parts.push(`hive-fork-${settings.hiveFork}`);
  return parts.join('+');
}
