import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A key is `msk_` and 43 url-safe characters: 256 random bits, so a plain SHA-256 is a safe hash.
 * Its first 12 characters are its public prefix: they find the key's row, appear in lists and may
 * be shown in logs, and leave 208 secret bits.
 */
const KEY_START = 'msk_';
const PREFIX_LENGTH = 12;
const MIN_SECRET_LENGTH = 32;

export function generateKeySecret(): string {
  return `${KEY_START}${randomBytes(32).toString('base64url')}`;
}

export function hashKey(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** The public prefix of a key; undefined for anything that cannot be a key. */
export function keyPrefix(secret: string): string | undefined {
  return secret.startsWith(KEY_START) && secret.length >= MIN_SECRET_LENGTH
    ? secret.slice(0, PREFIX_LENGTH)
    : undefined;
}

/** Compares a stored hash with a presented key's without leaking, through timing, how much matched. */
export function sameHash(storedHex: string, presentedHex: string): boolean {
  const stored = Buffer.from(storedHex, 'hex');
  const presented = Buffer.from(presentedHex, 'hex');
  return stored.length === presented.length && timingSafeEqual(stored, presented);
}
