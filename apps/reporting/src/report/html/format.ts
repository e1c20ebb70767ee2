import type { UnitKind } from '../model.ts';

/**
 * Dutch formatting of the report's numbers and dates (1.234; € 1.234.567,89; 12,5%). Intl with the
 * nl-NL locale, so the tables here and the charts' ticks in the browser agree.
 */

const DIGITS: Record<UnitKind, { min: number; max: number }> = {
  count: { min: 0, max: 0 },
  per10000: { min: 0, max: 1 },
  share: { min: 0, max: 1 },
  days: { min: 0, max: 1 },
  hours: { min: 0, max: 1 },
  euro: { min: 2, max: 2 },
};

const formatters = new Map<UnitKind, Intl.NumberFormat>();

function formatterOf(kind: UnitKind): Intl.NumberFormat {
  let formatter = formatters.get(kind);
  if (!formatter) {
    const { min, max } = DIGITS[kind];
    formatter = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: min, maximumFractionDigits: max });
    formatters.set(kind, formatter);
  }
  return formatter;
}

/** A value as a table shows it: euro with the sign, a share (in percent, 0–100) with `%`. */
export function formatValue(value: number, kind: UnitKind): string {
  const number = formatterOf(kind).format(value);
  if (kind === 'euro') return `€\u00a0${number}`;
  if (kind === 'share') return `${number}%`;
  return number;
}

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** An ISO date (`2021-03-31`) in Dutch: `31 maart 2021`. Read as written, not through a time zone. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

/** A run's ISO timestamp as Leeuwarden's clock shows it: `29 november 2026 om 13:20`. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('nl-NL', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(date);
}

/** The same period a year earlier: `2021-K1` → `2020-K1`, `2021-03` → `2020-03`, `2021` → `2020`. */
export function yearEarlier(period: string): string {
  return period.replace(/^(\d{4})/, (year) => String(Number(year) - 1));
}
