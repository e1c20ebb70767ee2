import { type Period, ValidationError } from '@mienskip/kit/rules';

const lastDayOfMonth = (date: string) => {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
};

/**
 * BR-BU8: spending is recorded per month and a lumpsum is set per year, so a period of a
 * realisation table is whole months (for every key, also one with personal-data) and each of its
 * periods lies within one calendar year (ask several years with a grain). The refusal, or null.
 */
export function realisationPeriodRefusal(period: Period, periods: readonly Period[]): ValidationError | null {
  if (!period.from.endsWith('-01'))
    return new ValidationError('from', 'Spending is recorded per month: start on the first day of a month');
  if (lastDayOfMonth(period.to) !== period.to)
    return new ValidationError('to', 'Spending is recorded per month: end on the last day of a month');
  if (periods.some((p) => p.from.slice(0, 4) !== p.to.slice(0, 4)))
    return new ValidationError(
      'grain',
      'A lumpsum is set per year: a period lies within one calendar year (ask with grain YEAR or finer)',
    );
  return null;
}
