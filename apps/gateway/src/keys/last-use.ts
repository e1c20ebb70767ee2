/** Last use is written at most this often per secret: a request must not cost a write. */
export const LAST_USE_RESOLUTION_MS = 60_000;

/** Whether a secret's last use, last written at `lastWrittenMs` (if ever), is to be written again. */
export function isLastUseDue(lastWrittenMs: number | undefined, nowMs: number): boolean {
  return lastWrittenMs === undefined || nowMs - lastWrittenMs >= LAST_USE_RESOLUTION_MS;
}

/**
 * Records each use of a secret through `write`, skipping those that come within a minute of the
 * last one written by this process.
 */
export function createLastUseRecorder(write: (secretHash: string, at: Date) => Promise<void>) {
  const written = new Map<string, number>();
  return async (secretHash: string, now: Date): Promise<void> => {
    if (!isLastUseDue(written.get(secretHash), now.getTime())) return;
    written.set(secretHash, now.getTime());
    await write(secretHash, now);
  };
}
