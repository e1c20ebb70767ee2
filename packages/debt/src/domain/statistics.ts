import {
  DEBT_OUTFLOW_REASONS,
  DEBT_PHASES,
  DEBT_REFERRAL_KINDS,
  DEBT_SIGNAL_KINDS,
  type DebtOutflowReason,
  type DebtPhase,
  type DebtReferralKind,
  type DebtSignalKind,
} from './codes.ts';
import { crisisNorm } from './crisis.ts';

/*
 * BR-DB16: debt statistics follow the CBS rule for small numbers (BR-KT5), over whole calendar months
 * for a key without exact counts, and list every group, also an empty one, so that a missing group never
 * shows an exact zero. The period checks are the kit's (`statisticsPeriodCheck`); BR-DB49 applies all
 * of this to every cell of a table by period and area.
 */

/** Every group of a debt statistic, in the code lists' order. */
export const DEBT_STATISTICS_CATALOGUE = {
  phases: DEBT_PHASES as readonly DebtPhase[],
  outflowReasons: DEBT_OUTFLOW_REASONS as readonly DebtOutflowReason[],
  referralKinds: DEBT_REFERRAL_KINDS as readonly DebtReferralKind[],
  signalKinds: DEBT_SIGNAL_KINDS as readonly DebtSignalKind[],
};

/** Every group of `catalogue` with its count from `rows` (zero where none), in the catalogue's order. */
export function everyGroup<Key extends string>(
  catalogue: readonly Key[],
  rows: readonly { key: string; n: number | string }[],
): { key: Key; n: number }[] {
  const counted = new Map(rows.map((row) => [row.key, Number(row.n)]));
  return catalogue.map((key) => ({ key, n: counted.get(key) ?? 0 }));
}

/**
 * An average published beside a count: only when the count itself is published exactly or is not
 * secret (more than 7), rounded to whole days; null otherwise, so that an average never describes a
 * few persons.
 */
export function publishedAverage(average: number | null, countIsSecret: boolean): number | null {
  if (average === null || countIsSecret) return null;
  return Math.round(average);
}

/** How many of a norm's cases met it, missed it, or are still undecided. */
export interface NormTally {
  met: number;
  missed: number;
  pending: number;
}

/**
 * The crisis norm (BR-DB21) of the crises of one cell (BR-DB49): each decided by `crisisNorm` from its
 * report and first conversation, against today and the Atw's holidays, `n` crises with the same days.
 */
export function tallyCrisisNorms(
  crises: readonly { reportedOn: string; firstConversationOn: string | null; n: number }[],
  today: string,
  holidays: ReadonlySet<string>,
): NormTally {
  const tally: NormTally = { met: 0, missed: 0, pending: 0 };
  for (const crisis of crises) {
    const norm = crisisNorm(crisis.reportedOn, crisis.firstConversationOn, today, holidays);
    tally[norm === 'MET' ? 'met' : norm === 'MISSED' ? 'missed' : 'pending'] += Number(crisis.n);
  }
  return tally;
}
