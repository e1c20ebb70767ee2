/**
 * A lumpsum's figures: decided amount, base amount and the lines that explain the difference; its
 * status; and what a version holds when it is written.
 */
import { ValidationError } from '@mienskip/kit/rules';
import { LumpsumDefinitiveError } from './errors.ts';
import type { Lot } from './lots.ts';

export const LUMPSUM_STATUSES = ['ESTIMATED', 'PROVISIONAL', 'DEFINITIVE'] as const;
export type LumpsumStatus = (typeof LUMPSUM_STATUSES)[number];

export const MUTATION_KINDS = [
  'PRICE_INDEX',
  'AUTONOMOUS_GROWTH',
  'DRAW_EFFECT_SUBSCRIPTION_RATE',
  'PGB_ZIN_SHIFT',
  'JET_ADJUSTMENT',
  'CLIENT_DISTRIBUTION',
  'PGB_EFFECT_OF_CLIENT_DISTRIBUTION',
  'SAVINGS_NOT_ACHIEVED_COMPENSATION',
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

/** A line (mutatie) of a lumpsum. */
export interface LumpsumLine {
  kind: MutationKind;
  amountCents: bigint;
  explanation: string;
}

/** An organisation's share (aandeel) of a lumpsum. */
export interface LumpsumShare {
  organisationId: string;
  amountCents: bigint;
}

/** What the rules read of a stored lumpsum version. */
export interface StoredLumpsum {
  id: string;
  status: LumpsumStatus;
  /** Set when a correction replaced this version. */
  supersededAt: Date | null;
}

/** A lumpsum version as it is written: the figures with their lines and shares. */
export interface LumpsumVersion {
  id: string;
  /** The id all versions of one lumpsum share. */
  seriesId: string;
  /** 0 for the original, 1, 2, … for corrections. */
  correction: number;
  year: number;
  title: string;
  lots: Lot[];
  status: LumpsumStatus;
  decidedCents: bigint;
  baseCents: bigint;
  decidedOn: string | null;
  source: string | null;
  lines: LumpsumLine[];
  shares: LumpsumShare[];
}

export function linesTotal(lines: readonly { amountCents: bigint }[]): bigint {
  return lines.reduce((sum, line) => sum + line.amountCents, 0n);
}

/**
 * What the lines do not explain: decided − (base + lines). Shown as it is, never adjusted away; the
 * 2021 TO/DB lumpsum has €1 of rounding in the council letter (BR-BU2).
 */
export function unexplainedDifference(
  decidedCents: bigint,
  baseCents: bigint,
  lines: readonly { amountCents: bigint }[],
): bigint {
  return decidedCents - baseCents - linesTotal(lines);
}

/** Status only moves forward: ESTIMATED → PROVISIONAL → DEFINITIVE (BR-BU1). */
export function canMoveTo(from: LumpsumStatus, to: LumpsumStatus): boolean {
  return LUMPSUM_STATUSES.indexOf(to) === LUMPSUM_STATUSES.indexOf(from) + 1;
}

/** A definitive version, or one a correction replaced, is never edited (BR-BU1). */
export function definitiveRefusal(lumpsum: StoredLumpsum): LumpsumDefinitiveError | null {
  return lumpsum.status === 'DEFINITIVE' || lumpsum.supersededAt
    ? new LumpsumDefinitiveError(lumpsum.id)
    : null;
}

/** Every line carries its explanation (BR-BU3). */
export function linesRefusal(lines: readonly LumpsumLine[]): ValidationError | null {
  const i = lines.findIndex((line) => !line.explanation.trim());
  return i < 0 ? null : new ValidationError(`lines.${i}.explanation`, 'Every line needs its explanation');
}

/** No share is negative (BR-BU3). */
export function sharesRefusal(shares: readonly LumpsumShare[]): ValidationError | null {
  const i = shares.findIndex((share) => share.amountCents < 0n);
  return i < 0 ? null : new ValidationError(`shares.${i}.amount`, 'A share cannot be negative');
}

/** Lines as they are written: the explanation without the spaces around it. */
export function trimmedLines(lines: readonly LumpsumLine[]): LumpsumLine[] {
  return lines.map((line) => ({ ...line, explanation: line.explanation.trim() }));
}
