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
  requestsPerSecond: number;
  p50: number;
  p99: number;
  gatewayCpuMsPerRequest: number;
}

export function ratios(mienskip: RunFigures, hive: RunFigures): Ratios {
  const over = (a: number, b: number) => (b === 0 ? Number.NaN : round(a / b));
  return {
    requestsPerSecond: over(mienskip.requestsPerSecond, hive.requestsPerSecond),
    p50: over(mienskip.latencyMs.p50, hive.latencyMs.p50),
    p99: over(mienskip.latencyMs.p99, hive.latencyMs.p99),
    gatewayCpuMsPerRequest: over(mienskip.cpuMsPerRequest.gateway ?? 0, hive.cpuMsPerRequest.gateway ?? 0),
  };
}

/** Over the operations: the geometric mean of Mienskip/Hive req/s and the worst (lowest) one. */
export function summarise(operations: readonly { name: string; ratio: Ratios }[]) {
  if (operations.length === 0) throw new Error('No operations to sum up');
  const throughput = operations.map((o) => o.ratio.requestsPerSecond);
  const geometricMean = Math.exp(throughput.reduce((sum, r) => sum + Math.log(r), 0) / throughput.length);
  const worst = operations.reduce((a, b) => (b.ratio.requestsPerSecond < a.ratio.requestsPerSecond ? b : a));
  return {
    requestsPerSecondRatio: {
      geometricMean: round(geometricMean),
      worst: { operation: worst.name, ratio: worst.ratio.requestsPerSecond },
    },
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
