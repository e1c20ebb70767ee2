import { createHash } from 'node:crypto';

/**
 * Trusted documents: a key may be restricted to a registered list of operations, each known by its
 * hash. The hash is Apollo's persisted-query hash: the SHA-256, in lowercase hex, of the UTF-8 query
 * text exactly as sent, nothing trimmed or normalised. A registered `.graphql` file's hash is that
 * of its whole content, so a client sends the file's text unchanged (its final newline included);
 * any other whitespace, a comment or a reordered field is another operation.
 */
export function hashOperation(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

const HASH = /^[0-9a-f]{64}$/;

export function isOperationHash(value: string): boolean {
  return HASH.test(value);
}
