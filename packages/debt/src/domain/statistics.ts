import { ValidationError } from '@mienskip/kit/rules';
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

/**
 * BR-DB16: debt statistics follow the CBS rule for small numbers (BR-KT5), over whole calendar months
 * for a key without exact counts, and list every group, also an empty one, so that a missing group never
 * shows an exact zero. A period runs from its first day to its last, and is at most ten years long.
 */
export function checkPeriod(from: string, to: string): ValidationError | null {
  if (to < from) return new ValidationError('to', 'The period ends before it starts');
  const tenYearsOn = `${Number(from.slice(0, 4)) + 10}${from.slice(4)}`;
  return to > tenYearsOn ? new ValidationError('to', 'A period is at most ten years long') : null;
}

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
