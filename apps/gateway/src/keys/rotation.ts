import { KeyInputError } from './errors.ts';

/** How long a replaced secret may keep working at most. */
export const MAX_GRACE_MS = 30 * 24 * 3600_000;

/**
 * When the secrets a rotation replaces stop working: `graceMs` after `now` (0: at once). A secret
 * that was already to retire sooner keeps its earlier end (the store applies that per secret).
 */
export function graceEnd(graceMs: number, now: Date): Date {
  if (!Number.isInteger(graceMs) || graceMs < 0 || graceMs > MAX_GRACE_MS)
    throw new KeyInputError('BAD_USER_INPUT', 'The grace period is between 0 and 30 days');
  return new Date(now.getTime() + graceMs);
}

/** A key that no longer works gets no new secret: rotating cannot bring it back. */
export function checkRotatable(
  key: { id: string; revokedAt: Date | null; expiresAt: Date | null },
  now: Date,
): void {
  if (key.revokedAt) throw new KeyInputError('BAD_USER_INPUT', `API key ${key.id} is revoked`);
  if (key.expiresAt && key.expiresAt <= now)
    throw new KeyInputError('BAD_USER_INPUT', `API key ${key.id} has expired`);
}
