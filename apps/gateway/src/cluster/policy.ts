/**
 * The cluster mode's decisions, without processes: how many workers, whether the configuration
 * allows more than one, and what to do when a worker exits. `primary.ts` does the plumbing.
 */

export const WORKERS_ENV = 'MIENSKIP_GATEWAY_WORKERS';

/** `MIENSKIP_GATEWAY_WORKERS`: 1 when unset (one process, no cluster), a whole number ≥ 1, or `auto` (one per core). */
export function parseGatewayWorkers(raw: string | undefined, availableParallelism: number): number {
  if (raw === undefined || raw === '') return 1;
  if (raw === 'auto') return Math.max(1, availableParallelism);
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isInteger(value) || value < 1)
    throw new Error(`${WORKERS_ENV} must be a whole number (1 or more) or "auto", not "${raw}"`);
  return value;
}

/**
 * Why `workers` processes cannot serve this configuration, or undefined when they can. PGlite
 * takes one process, and rate limits in memory would be counted per worker (N times the limit).
 */
export function clusterRefusal(
  workers: number,
  config: { databaseUrl?: string | undefined; redisUrl?: string | undefined },
): string | undefined {
  if (workers <= 1) return undefined;
  const missing = [
    !config.databaseUrl && 'DATABASE_URL (PGlite takes one process)',
    !config.redisUrl && 'REDIS_URL (rate limits in memory would be counted per worker)',
  ].filter(Boolean);
  if (missing.length === 0) return undefined;
  return `${WORKERS_ENV}=${workers} needs the key store on PostgreSQL (DATABASE_URL) and the rate limits in Redis (REDIS_URL); missing: ${missing.join(', ')}`;
}

/** A minute: workers that die more often than the restart budget within it are not replaced. */
export const RESTART_WINDOW_MS = 60_000;

export type ExitDecision =
  /** Stopping: wait for the others to exit too. */
  | { action: 'wait' }
  /** Every worker has exited: the primary exits with `code`. */
  | { action: 'exit'; code: 0 | 1 }
  /** A worker ended before it listened: a start-up error; stop the others, then exit 1. */
  | { action: 'abort'; reason: 'start-up' | 'restarts' }
  /** A worker that served died: fork a new one. */
  | { action: 'replace' };

export interface ClusterState {
  /** `starting` until every first worker listens; `stopping` from a signal or an abort on. */
  phase: 'starting' | 'running' | 'stopping';
  /** When workers were replaced (ms), for the restart budget. */
  restarts: number[];
  /** Whether a worker exited other than cleanly while stopping (or an abort is under way). */
  failed: boolean;
  /** The signal the primary was told to stop with and passed on to every worker. */
  stopSignal?: NodeJS.Signals;
}

export interface WorkerExit {
  /** It had said it listens. */
  listened: boolean;
  /** Exit code 0 and no signal. */
  clean: boolean;
  /** The signal that ended it, if one did. */
  signal?: string | null;
  /** Workers still alive after this one. */
  remaining: number;
  now: number;
}

/**
 * What a worker's exit means. At most `maxRestarts` replacements within `RESTART_WINDOW_MS`; the
 * next death gives up. A replacement that dies before it listens counts as a death too (its
 * start-up error may be passing, e.g. the database away for a moment).
 */
export function onWorkerExit(
  state: ClusterState,
  exit: WorkerExit,
  maxRestarts: number,
): { decision: ExitDecision; state: ClusterState } {
  if (state.phase === 'stopping') {
    // A worker still starting has no handler of its own yet: the signal passed on ends it, as asked.
    // One that listens stops on its own handler, so a signal ending it is a failure still.
    const endedAsAsked = !exit.listened && exit.signal != null && exit.signal === state.stopSignal;
    const failed = state.failed || !(exit.clean || endedAsAsked);
    const next = { ...state, failed };
    if (exit.remaining > 0) return { decision: { action: 'wait' }, state: next };
    return { decision: { action: 'exit', code: failed ? 1 : 0 }, state: next };
  }
  if (state.phase === 'starting' && !exit.listened)
    return {
      decision: { action: 'abort', reason: 'start-up' },
      state: { ...state, phase: 'stopping', failed: true },
    };
  const recent = state.restarts.filter((at) => exit.now - at >= 0 && exit.now - at < RESTART_WINDOW_MS);
  if (recent.length >= maxRestarts)
    return {
      decision: { action: 'abort', reason: 'restarts' },
      state: { ...state, phase: 'stopping', failed: true, restarts: recent },
    };
  return { decision: { action: 'replace' }, state: { ...state, restarts: [...recent, exit.now] } };
}
