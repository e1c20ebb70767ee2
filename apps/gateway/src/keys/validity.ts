import type { KeyRefusal } from './errors.ts';

/** The key in an `Authorization: Bearer <key>` header, or why there is none. */
export function bearerSecret(
  authorization: string | undefined,
): { secret: string } | { refusal: KeyRefusal } {
  if (!authorization) return { refusal: 'missing' };
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  return match ? { secret: match[1]! } : { refusal: 'malformed' };
}

/**
 * Whether a known secret works at `now`: undefined when it does, otherwise why not. A revoked key
 * stops at once, every secret of it included; a replaced secret works until its grace period ends.
 */
export function secretRefusal(
  key: { revokedAt: Date | null; expiresAt: Date | null },
  secret: { retiresAt: Date | null },
  now: Date,
): KeyRefusal | undefined {
  if (key.revokedAt && key.revokedAt <= now) return 'revoked';
  if (key.expiresAt && key.expiresAt <= now) return 'expired';
  if (secret.retiresAt && secret.retiresAt <= now) return 'retired';
  return undefined;
}
