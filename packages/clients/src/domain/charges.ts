import { ValidationError } from '@mienskip/kit/rules';
import { type ChargePeriod, LAW_OF_KIND, type Pillar, type SupportKind } from './codes.ts';

/**
 * The abonnementstarief of one year as a source gives it (BR-E1): a figure per year, kept as data
 * (`clients.charge_rates`), never as a constant here.
 */
export interface ChargeRate {
  year: number;
  amountCents: bigint;
  per: ChargePeriod;
  /** The document and section that give the figure. */
  source: string;
}

/** BR-E2: not charged for transport, beschermd wonen or shelter. */
const UNCHARGED: ReadonlySet<SupportKind> = new Set(['VERVOER', 'BESCHERMD_WONEN', 'OPVANG']);

export interface ChargeableEngagement {
  id: string;
  pillar: Pillar;
  kind: SupportKind;
  structural: boolean;
  startedOn: string;
  endedOn: string | null;
}

export interface MonthlyCharge {
  /** `YYYY-MM`. */
  month: string;
  amountCents: bigint;
  /** The engagement that makes the month chargeable (the first one running that month). */
  engagementId: string;
}

/**
 * Whether an engagement carries the abonnementstarief (BR-E1–E3): the Wmo eigen bijdrage, so a Wmo
 * provision only (not light parenting support under the Jeugdwet, not debt assistance), of the
 * basis or aanvullend, while a structural relationship runs, and not transport, BW or shelter.
 */
export function isCharged(engagement: Pick<ChargeableEngagement, 'pillar' | 'kind' | 'structural'>): boolean {
  return (
    engagement.structural &&
    engagement.pillar !== 'SOCIALE_BASIS' &&
    LAW_OF_KIND[engagement.kind] === 'WMO_2015' &&
    !UNCHARGED.has(engagement.kind)
  );
}

/**
 * The abonnementstarief per month of a year (P12, BR-E1–E3): one charge for every month in which a
 * charged engagement runs for at least one day — one charge per client per month, however many
 * engagements run — at the year's rate. A year without a known rate per month is refused, naming
 * the years that have one: the rate is never guessed.
 */
export function monthlyCharges(
  engagements: readonly ChargeableEngagement[],
  year: number,
  rate: ChargeRate | null,
  knownYears: readonly number[] = [],
): ValidationError | MonthlyCharge[] {
  if (rate === null || rate.year !== year) {
    const known = knownYears.length ? ` (known for ${knownYears.join(', ')})` : '';
    return new ValidationError('year', `No abonnementstarief is known for ${year}${known}`);
  }
  if (rate.per !== 'MONTH') {
    return new ValidationError(
      'year',
      `The abonnementstarief of ${year} is a rate per four weeks (${rate.source}), not per month`,
    );
  }
  const charged = engagements
    .filter(isCharged)
    .sort((a, b) => a.startedOn.localeCompare(b.startedOn) || a.id.localeCompare(b.id));
  const out: MonthlyCharge[] = [];
  for (let m = 1; m <= 12; m++) {
    const month = `${year}-${String(m).padStart(2, '0')}`;
    const first = `${month}-01`;
    const last = `${month}-31`;
    const running = charged.find((e) => e.startedOn <= last && (e.endedOn === null || e.endedOn >= first));
    if (running) out.push({ month, amountCents: rate.amountCents, engagementId: running.id });
  }
  return out;
}

/**
 * The years charges may be asked for: from 2020, when the abonnementstarief covers general
 * provisions as well as maatwerk (§4.8; in 2019 maatwerk only, Alliantie note R-004-25), to 2100.
 */
export function checkChargeYear(year: number): ValidationError | null {
  return year < 2020 || year > 2100
    ? new ValidationError('year', 'Charges are computed for the years 2020 to 2100')
    : null;
}
