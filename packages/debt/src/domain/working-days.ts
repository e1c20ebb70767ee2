/**
 * Working days (werkdagen) for the legal norms of debt assistance, such as the Wgs's first conversation
 * within 3 werkdagen in a threatening situation (BR-DB20). A working day is a day that is neither a
 * Saturday nor a Sunday nor an algemeen erkende feestdag of the Algemene termijnenwet (art. 3 lid 1):
 * Nieuwjaarsdag, tweede Paasdag, Hemelvaartsdag, tweede Pinksterdag, beide Kerstdagen, the day the
 * King's birthday is celebrated (Koningsdag) and 5 mei. Goede Vrijdag is not one of them: it is a
 * working day. The holidays come in as data (ISO dates), so that the rules stay pure; the store gives
 * them (`store/holidays.ts`).
 */

const DAY_MS = 86_400_000;

function toDay(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
}

function toIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** True for a day that is no Saturday, Sunday or general holiday of the Algemene termijnenwet. */
export function isWorkingDay(iso: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(toDay(iso) * DAY_MS).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(iso);
}

/**
 * The `count`-th working day after `from` (the day itself not counted): `addWorkingDays(report, 3)` is
 * the last day of a term of three working days starting the day after the report. A count of 0 answers
 * `from` itself; a negative count goes back.
 */
export function addWorkingDays(from: string, count: number, holidays: ReadonlySet<string>): string {
  if (!Number.isInteger(count)) throw new RangeError('count must be a whole number of working days');
  const step = count < 0 ? -1 : 1;
  let day = toDay(from);
  for (let left = Math.abs(count); left > 0; ) {
    day += step;
    if (isWorkingDay(toIso(day), holidays)) left -= 1;
  }
  return toIso(day);
}

/**
 * How many working days lie after `from` up to and including `to` (0 for the same day; negative when
 * `to` is before `from`). A first conversation on `to` after a report on `from` came within n working
 * days when this is at most n.
 */
export function workingDaysBetween(from: string, to: string, holidays: ReadonlySet<string>): number {
  const [start, end] = [toDay(from), toDay(to)];
  if (end < start) return -workingDaysBetween(to, from, holidays);
  let count = 0;
  for (let day = start + 1; day <= end; day += 1) if (isWorkingDay(toIso(day), holidays)) count += 1;
  return count;
}
