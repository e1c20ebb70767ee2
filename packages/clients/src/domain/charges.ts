import { ValidationError } from '@mienskip/kit/rules';
import type { Pillar, SupportKind } from './codes.ts';

/** BR-E1: €19.00 per month, whatever the income or the volume of care. */
export const MONTHLY_CHARGE_CENTS = 1900n;
/** BR-E2: not charged for transport, beschermd wonen or shelter. */
const UNCHARGED: ReadonlySet<SupportKind> = new Set(['VERVOER', 'BESCHERMD_WONEN', 'OPVANG']);
/** The abonnementstarief applies from 2020 (§4.8). */
const FIRST_CHARGED_MONTH = '2020-01';

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
 * The abonnementstarief per month of a year (P12, BR-E1–E3): one charge for every month in which a
 * structural basis or aanvullend relationship of a charged kind runs for at least one day — one
 * charge per client per month, however many engagements run.
 */
export function monthlyCharges(engagements: readonly ChargeableEngagement[], year: number): MonthlyCharge[] {
  const charged = engagements
    .filter((e) => e.structural && e.pillar !== 'SOCIALE_BASIS' && !UNCHARGED.has(e.kind))
    .sort((a, b) => a.startedOn.localeCompare(b.startedOn) || a.id.localeCompare(b.id));
  const out: MonthlyCharge[] = [];
  for (let m = 1; m <= 12; m++) {
    const month = `${year}-${String(m).padStart(2, '0')}`;
    if (month < FIRST_CHARGED_MONTH) continue;
    const first = `${month}-01`;
    const last = `${month}-31`;
    const running = charged.find((e) => e.startedOn <= last && (e.endedOn === null || e.endedOn >= first));
    if (running) out.push({ month, amountCents: MONTHLY_CHARGE_CENTS, engagementId: running.id });
  }
  return out;
}

/** The years charges are asked for: from the first charged year to 2100. */
export function checkChargeYear(year: number): ValidationError | null {
  return year < 2020 || year > 2100
    ? new ValidationError('year', 'The year lies between 2020 and 2100')
    : null;
}
