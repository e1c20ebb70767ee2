/**
 * Herverdeling between the basis and aanvullend parts of a lumpsum: only asked jointly by every
 * provider holding a share, with client counts as evidence, and always within the original total.
 */
export interface Share {
  organisationId: string;
  amountCents: bigint;
}

export type RedistributionRefusal =
  | { kind: 'ONE_SIDED'; missing: string[] }
  | { kind: 'TOTAL_CHANGED'; totalCents: bigint; proposedCents: bigint }
  | { kind: 'UNKNOWN_SHARE'; organisationId: string }
  | { kind: 'NO_EVIDENCE'; organisationId: string };

export function checkRedistribution(
  current: readonly Share[],
  requestedBy: readonly string[],
  proposed: readonly Share[],
  clientCounts: ReadonlyMap<string, number>,
): RedistributionRefusal | null {
  const holders = current.map((share) => share.organisationId);
  const missing = holders.filter((id) => !requestedBy.includes(id));
  if (missing.length) return { kind: 'ONE_SIDED', missing };
  const stranger = proposed.find((share) => !holders.includes(share.organisationId));
  if (stranger) return { kind: 'UNKNOWN_SHARE', organisationId: stranger.organisationId };
  const withoutEvidence = holders.find((id) => !clientCounts.has(id));
  if (withoutEvidence) return { kind: 'NO_EVIDENCE', organisationId: withoutEvidence };
  return checkTotal(current, proposed);
}

/** The shares after a redistribution add up to exactly what they added up to before. */
export function checkTotal(
  current: readonly Share[],
  proposed: readonly Share[],
): RedistributionRefusal | null {
  const totalCents = current.reduce((sum, s) => sum + s.amountCents, 0n);
  const proposedCents = proposed.reduce((sum, s) => sum + s.amountCents, 0n);
  return totalCents === proposedCents ? null : { kind: 'TOTAL_CHANGED', totalCents, proposedCents };
}
