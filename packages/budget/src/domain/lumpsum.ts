/** A lumpsum's figures: decided amount, base amount and the lines that explain the difference. */
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

export function linesTotal(lines: readonly { amountCents: bigint }[]): bigint {
  return lines.reduce((sum, line) => sum + line.amountCents, 0n);
}

/**
 * What the lines do not explain: decided − (base + lines). Shown as it is, never adjusted away; the
 * 2021 TO/DB lumpsum has €1 of rounding in the council letter.
 */
export function unexplainedDifference(
  decidedCents: bigint,
  baseCents: bigint,
  lines: readonly { amountCents: bigint }[],
): bigint {
  return decidedCents - baseCents - linesTotal(lines);
}

/** Status only moves forward: ESTIMATED → PROVISIONAL → DEFINITIVE. */
export function canMoveTo(from: LumpsumStatus, to: LumpsumStatus): boolean {
  return LUMPSUM_STATUSES.indexOf(to) === LUMPSUM_STATUSES.indexOf(from) + 1;
}
