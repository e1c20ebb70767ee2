import { type Period, periodOfDays } from '../graph/period.ts';
import { ReportUsageError } from './errors.ts';
import type { CouncilReport } from './model.ts';

export type Grain = NonNullable<CouncilReport['grain']>;

/** A report period: both days included, `YYYY-MM-DD`. */
export type { Period };

/** The period of `--year` or of `--from`/`--to` (exactly one of the two ways). */
export function reportPeriod(
  year: string | undefined,
  from: string | undefined,
  to: string | undefined,
): Period {
  if (year !== undefined) {
    if (from !== undefined || to !== undefined)
      throw new ReportUsageError('Give the period either as --year YYYY or as --from and --to, not both');
    if (!/^\d{4}$/.test(year)) throw new ReportUsageError(`--year ${year} is not a year written YYYY`);
    return { from: `${year}-01-01`, to: `${year}-12-31` };
  }
  if (!from || !to)
    throw new ReportUsageError('Give the period as --year YYYY, or as --from YYYY-MM-DD --to YYYY-MM-DD');
  const period = periodOfDays(from, to, (message) => new ReportUsageError(message));
  // Statistics without personal-data are whole months (BR-KT5), spending is recorded per month
  // (BR-BU8): a council report is whole months for every key, checked before anything is read.
  if (!isWholeMonths(period))
    throw new ReportUsageError(
      `The report covers whole calendar months: let --from be the first of a month and --to the last (got ${period.from} – ${period.to})`,
    );
  return period;
}

/** Whether the period is whole calendar months, as a key without personal-data must ask. */
export function isWholeMonths({ from, to }: Period): boolean {
  const next = new Date(`${to}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return from.endsWith('-01') && next.getUTCDate() === 1;
}

/** The same days a year earlier (29 February becomes 28 February). */
export function previousYear({ from, to }: Period): Period {
  const back = (day: string) => {
    const [y, m, d] = day.split('-');
    const year = String(Number(y) - 1).padStart(4, '0');
    const last = new Date(Date.UTC(Number(year), Number(m), 0)).getUTCDate();
    return `${year}-${m}-${String(Math.min(Number(d), last)).padStart(2, '0')}`;
  };
  return { from: back(from), to: back(to) };
}

/**
 * A period's label in the report: `2021` (a calendar year), `2021-K1` (a quarter, kwartaal),
 * `2021-03` (a month), or `2021-02-01/2021-05-15` for any other run of days.
 */
export function periodLabel({ from, to }: Period): string {
  const year = from.slice(0, 4);
  const month = Number(from.slice(5, 7));
  if (!isWholeMonths({ from, to }) || to.slice(0, 4) !== year) return `${from}/${to}`;
  const months = Number(to.slice(5, 7)) - month + 1;
  if (months === 12) return year;
  if (months === 3 && month % 3 === 1) return `${year}-K${(month + 2) / 3}`;
  if (months === 1) return from.slice(0, 7);
  return `${from}/${to}`;
}

/** The label of the same period a year earlier: `2021-K1` → `2020-K1`. */
export function previousLabel(label: string): string {
  return label.replace(/(^|\/)(\d{4})/g, (_, before: string, year: string) => `${before}${Number(year) - 1}`);
}
