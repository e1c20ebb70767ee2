import type { Caller } from './caller.ts';
import { isIsoDate } from './dates.ts';
import { ValidationError } from './domain-errors.ts';

/**
 * A published count. Without the personal-data scope the CBS rule for small numbers applies:
 * 0–7 is reported as secret, anything larger is rounded to the nearest five, so that no count
 * points at a person. In a table that publishes a total and its parts a count that is not small
 * itself may be `suppressed` as well, so that a secret part cannot be found by subtraction
 * (complementary suppression, `publishTable`).
 */
export interface PublishedCount {
  value: number | null;
  secret: boolean;
  rounded: boolean;
  suppressed: boolean;
}

export const SECRET_UP_TO = 7;

export function publishCount(exact: number | bigint | string, mayDisclose: boolean): PublishedCount {
  const n = Number(exact);
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`A count must be a non-negative integer, got ${exact}`);
  if (mayDisclose) return { value: n, secret: false, rounded: false, suppressed: false };
  if (n <= SECRET_UP_TO) return { value: null, secret: true, rounded: false, suppressed: false };
  return { value: Math.round(n / 5) * 5, secret: false, rounded: true, suppressed: false };
}

const SUPPRESSED: PublishedCount = { value: null, secret: false, rounded: false, suppressed: true };

/** A published table: its total and its parts, in the order given. */
export interface PublishedTable {
  total: PublishedCount;
  parts: PublishedCount[];
}

/**
 * A table of a total and the parts that add up to it, published under the CBS rule with
 * complementary suppression (BR-KT5): every cell is published as `publishCount` does; then, as
 * long as some part is hidden and the hidden parts together are no more than 7 (so that "total
 * minus the shown parts" would point at a small number — one secret part alone always is), the
 * smallest part still shown is suppressed too (value null, `suppressed`), and when no part is left
 * to suppress, the total is. With `mayDisclose` every cell is exact. The parts must add up to the
 * total (a partition) or, when some of the total is not listed, to less than it.
 */
export function publishTable(
  total: number | bigint | string,
  parts: readonly (number | bigint | string)[],
  mayDisclose: boolean,
): PublishedTable {
  const exactParts = parts.map(Number);
  const published = exactParts.map((part) => publishCount(part, mayDisclose));
  const publishedTotal = publishCount(total, mayDisclose);
  if (mayDisclose || publishedTotal.secret) return { total: publishedTotal, parts: published };
  const hidden = () => published.some((part) => part.value === null);
  const hiddenSum = () =>
    exactParts.reduce((sum, part, i) => (published[i]!.value === null ? sum + part : sum), 0);
  while (hidden() && hiddenSum() <= SECRET_UP_TO) {
    let smallest = -1;
    for (const [i, part] of published.entries()) {
      if (part.value !== null && (smallest < 0 || exactParts[i]! < exactParts[smallest]!)) smallest = i;
    }
    if (smallest < 0) return { total: SUPPRESSED, parts: published };
    published[smallest] = SUPPRESSED;
  }
  return { total: publishedTotal, parts: published };
}

/** `publishTable` as this caller may see it. */
export function publishTableFor(
  caller: Caller,
  total: number | bigint | string,
  parts: readonly (number | bigint | string)[],
): PublishedTable {
  return publishTable(total, parts, seesExactCounts(caller));
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * BR-KT5: without exact counts a statistic is asked for whole calendar months — `from` the first
 * day of a month, `to` the last day of a month (so also a quarter, a year, or any run of whole
 * months) — so that subtracting two overlapping periods never isolates a few days, only whole
 * months that are themselves published under the CBS rule. The refusal, or null; with
 * `mayDisclose` any period is allowed. The order of the days is checked by the statistic itself.
 */
export function statisticsPeriodRefusal(
  from: string,
  to: string,
  mayDisclose: boolean,
): ValidationError | null {
  if (mayDisclose || !isIsoDate(from) || !isIsoDate(to)) return null;
  if (!from.endsWith('-01'))
    return new ValidationError('from', 'Without personal-data a period starts on the first day of a month');
  const [year, month, day] = to.split('-').map(Number) as [number, number, number];
  if (day !== lastDayOfMonth(year, month))
    return new ValidationError('to', 'Without personal-data a period ends on the last day of a month');
  return null;
}

/** `statisticsPeriodRefusal` for this caller. */
export function statisticsPeriodRefusalFor(caller: Caller, from: string, to: string): ValidationError | null {
  return statisticsPeriodRefusal(from, to, seesExactCounts(caller));
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
