/**
 * How a service stops (SIGTERM or SIGINT): it turns unready, takes no new connections, lets the
 * requests in flight finish within a grace period, then closes what it holds and exits 0.
 */

/** `accepting` → (signal) → `draining` → (last request done, or grace over) → `closed`. */
export type StopPhase = 'accepting' | 'draining' | 'closed';
export type StopEvent = 'stop' | 'drained';

/** The stop sequence's next phase; it only moves forward, and a repeated event changes nothing. */
export function nextStopPhase(phase: StopPhase, event: StopEvent): StopPhase {
  if (event === 'stop') return phase === 'accepting' ? 'draining' : phase;
  return 'closed';
}

/**
 * Only a service that accepts is ready. From the first signal on the listener is closed, so a new
 * probe is refused (which a load balancer reads as not ready); `/ready` answers 503 only to a
 * request that reaches a connection still open.
 */
export function isReadyPhase(phase: StopPhase): boolean {
  return phase === 'accepting';
}

export const STOP_GRACE_ENV = 'MIENSKIP_STOP_GRACE_MS';
export const DEFAULT_STOP_GRACE_MS = 10_000;

/** The grace period from `MIENSKIP_STOP_GRACE_MS` (milliseconds, ≥ 0), 10 s when unset. */
export function stopGraceMs(env: Readonly<Record<string, string | undefined>>): number {
  const raw = env[STOP_GRACE_ENV];
  if (raw === undefined || raw === '') return DEFAULT_STOP_GRACE_MS;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${STOP_GRACE_ENV} must be a whole number of milliseconds (0 or more), not "${raw}"`);
  return value;
}

/**
 * Runs `stop` once on the first SIGTERM or SIGINT (a Ctrl-C in the local stack brings both), then
 * exits 0, or 1 if stopping failed.
 */
export function stopOnSignals(
  stop: (signal: string) => Promise<void>,
  onError: (error: unknown) => void,
): void {
  let stopping = false;
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    stop(signal).then(
      () => process.exit(0),
      (error) => {
        onError(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', handle);
  process.on('SIGINT', handle);
}
