/**
 * Kinds of organisation a key belongs to; only MUNICIPALITY keys (the municipality's back office)
 * see every organisation's rows. A MUNICIPAL_TEAM (the JET, Sociale Zaken) is a municipal team with
 * a task of its own: it sees the rows of its own organisation and the households it holds regie in,
 * and has no municipal rights (BR-KT4).
 */
export const ORGANISATION_KINDS = [
  'MUNICIPALITY',
  'MUNICIPAL_TEAM',
  'PROVIDER',
  'VOLUNTEER_ORGANISATION',
  'PARTNER',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export function isOrganisationKind(value: string): value is OrganisationKind {
  return (ORGANISATION_KINDS as readonly string[]).includes(value);
}
