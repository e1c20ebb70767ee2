/**
 * Whether an internal token names its request itself (`rid`: service tokens, an older gateway's),
 * read from a token that has just been verified. Such a token speaks for that one request, so its
 * batch may not log entries under other request ids; the gateway's shared token names none.
 */
export function tokenNamesRequest(verifiedToken: string): boolean {
  const payload = verifiedToken.split('.')[1];
  if (payload === undefined) return true; // Cannot be, once verified; refuse per-entry ids then.
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { rid?: unknown };
  return claims.rid !== undefined;
}
