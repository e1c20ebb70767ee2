import type { Caller } from './caller.ts';

/**
 * A published count. Without the personal-data scope the CBS rule for small numbers applies:
 * 0–7 is reported as secret, anything larger is rounded to the nearest five, so that no count
 * points at a person.
 */
export interface PublishedCount {
  value: number | null;
  secret: boolean;
  rounded: boolean;
}

export const SECRET_UP_TO = 7;

export function publishCount(exact: number | bigint | string, mayDisclose: boolean): PublishedCount {
  const n = Number(exact);
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`A count must be a non-negative integer, got ${exact}`);
  if (mayDisclose) return { value: n, secret: false, rounded: false };
  if (n <= SECRET_UP_TO) return { value: null, secret: true, rounded: false };
  return { value: Math.round(n / 5) * 5, secret: false, rounded: true };
}

/**
 * Who sees exact counts: only a key with the personal-data scope; everyone else gets the CBS rule.
 * The one place this is decided.
 */
export function seesExactCounts(caller: Caller): boolean {
  return caller.scopes.has('personal-data');
}

/** A count as this caller may see it. */
export function publishCountFor(caller: Caller, exact: number | bigint | string): PublishedCount {
  return publishCount(exact, seesExactCounts(caller));
}
