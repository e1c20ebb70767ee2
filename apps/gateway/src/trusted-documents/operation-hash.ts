import { createHash } from 'node:crypto';

/**
 * An operation's hash: Apollo's persisted-query hash, and the hex of a persisted document's id
 * (`sha256:<hex>`): the SHA-256, in lowercase hex, of the UTF-8 text exactly as sent, nothing trimmed
 * or normalised. Any other whitespace, a comment or a reordered field is another operation.
 */
export function hashOperation(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

const HASH = /^[0-9a-f]{64}$/;

export function isOperationHash(value: string): boolean {
  return HASH.test(value);
}
