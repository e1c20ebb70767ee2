const DAY_MS = 86_400_000;

/**
 * A query's date range, `from` to `to` inclusive, is not reversed and at most `maxDays` long, so that
 * no single request reads an unbounded history (BR-LO6 for the roster). The problem, or null.
 */
export function dateRangeProblem(
  from: string,
  to: string,
  maxDays: number,
  what = 'A period',
): string | null {
  const days = (Date.parse(to) - Date.parse(from)) / DAY_MS;
  if (days < 0) return '`to` must not be before `from`';
  if (days >= maxDays) return `${what} is at most ${maxDays} days`;
  return null;
}
