import { ValidationError } from './domain-errors.ts';

/** How a reporting period is cut into the rows of a table. */
export const STATISTICS_GRAINS = ['MONTH', 'QUARTER', 'YEAR'] as const;
export type StatisticsGrain = (typeof STATISTICS_GRAINS)[number];

/** A reporting period, first and last day included (ISO dates). */
export interface Period {
  from: string;
  to: string;
}

const MONTHS_PER: Record<StatisticsGrain, number> = { MONTH: 1, QUARTER: 3, YEAR: 12 };

/** The most periods one table may have: ten years of months. */
export const MAX_PERIODS = 120;

const iso = (date: Date) => date.toISOString().slice(0, 10);
// ISO dates order as strings.
const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

/**
 * The calendar months, quarters or years that make up `from`–`to`, in order, each cut to the period
 * (a period from February has a first quarter of February and March); without a grain the period
 * itself. Quarters and years are calendar ones, so that a table for 2021 by quarter is Q1–Q4 2021.
 */
export function periodsOf(period: Period, grain?: StatisticsGrain | null): Period[] {
  if (!grain) return [{ from: period.from, to: period.to }];
  const step = MONTHS_PER[grain];
  const periods: Period[] = [];
  let [year, month] = period.from.split('-').map(Number) as [number, number];
  // The calendar block that holds `from`: January for a year, January/April/July/October for a quarter.
  month -= (month - 1) % step;
  while (periods.length <= MAX_PERIODS) {
    const first = iso(new Date(Date.UTC(year, month - 1, 1)));
    const last = iso(new Date(Date.UTC(year, month - 1 + step, 0)));
    if (first > period.to) break;
    periods.push({ from: later(first, period.from), to: earlier(last, period.to) });
    month += step;
    if (month > 12) {
      year += Math.floor((month - 1) / 12);
      month = ((month - 1) % 12) + 1;
    }
  }
  return periods;
}

/** A table has at most `MAX_PERIODS` rows per area; the refusal, or null. */
export function periodsRefusal(period: Period, grain?: StatisticsGrain | null): ValidationError | null {
  return periodsOf(period, grain).length > MAX_PERIODS
    ? new ValidationError('grain', `A table has at most ${MAX_PERIODS} periods: choose a coarser grain`)
    : null;
}

/**
 * The checks every statistic over a period makes, in order: the period ends on or after its first
 * day, is at most ten years long (a longer one answers no council question and only costs the
 * database), and cuts into at most `MAX_PERIODS` rows. The refusal, or null.
 */
export function statisticsPeriodCheck(
  period: Period,
  grain?: StatisticsGrain | null,
): ValidationError | null {
  if (period.to < period.from) return new ValidationError('to', 'The period ends before it starts');
  const tenYearsOn = `${Number(period.from.slice(0, 4)) + 10}${period.from.slice(4)}`;
  if (period.to > tenYearsOn) return new ValidationError('to', 'A period is at most ten years long');
  return periodsRefusal(period, grain);
}
