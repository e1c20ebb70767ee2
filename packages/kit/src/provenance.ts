/**
 * Where a record comes from (issue 12, point 9): a fact taken from a cited source document, data the
 * seed invented, or something written through the API. Stored per row (`provenance` column, default
 * `RECORDED`) and readable as `provenance: Provenance!` on every type that holds seeded rows.
 */
export const PROVENANCES = ['SOURCE', 'SYNTHETIC', 'RECORDED'] as const;
export type Provenance = (typeof PROVENANCES)[number];

export function isProvenance(value: unknown): value is Provenance {
  return typeof value === 'string' && (PROVENANCES as readonly string[]).includes(value);
}

/**
 * The marker of a row after a change through the API: a source row is no longer the source's word
 * alone (RECORDED); a synthetic row stays SYNTHETIC, because what the seed invented in it is still
 * there; a recorded row stays RECORDED.
 */
export function provenanceAfterChange(provenance: Provenance): Provenance {
  return provenance === 'SOURCE' ? 'RECORDED' : provenance;
}

/**
 * The marker of a figure made from several rows (a sum, a total): SYNTHETIC when any part is
 * synthetic, otherwise RECORDED when any part is recorded, otherwise SOURCE; RECORDED for no parts.
 */
export function combinedProvenance(parts: Iterable<Provenance>): Provenance {
  let seen: Provenance | undefined;
  for (const part of parts) {
    if (part === 'SYNTHETIC') return 'SYNTHETIC';
    if (part === 'RECORDED' || seen === undefined) seen = part;
  }
  return seen ?? 'RECORDED';
}
