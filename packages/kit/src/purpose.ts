/**
 * The purpose of a request (doelbinding, NEN 7513): the caller states it in a request header, the
 * gateway signs it into the internal token, and the access log records it with every entry.
 */
export const PURPOSE_HEADER = 'x-mienskip-purpose';
export const MAX_PURPOSE_LENGTH = 200;

// Control, format, surrogate, private-use and unassigned characters: nothing a person typed.
const UNPRINTABLE = /\p{C}/u;

/** The stated purpose, trimmed; undefined when absent, empty, too long or not printable text. */
export function parsePurpose(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const purpose = raw.trim();
  if (purpose.length === 0 || purpose.length > MAX_PURPOSE_LENGTH || UNPRINTABLE.test(purpose)) {
    return undefined;
  }
  return purpose;
}
