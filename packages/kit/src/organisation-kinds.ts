/** Kinds of organisation a key belongs to; only MUNICIPALITY keys see every organisation's rows. */
export const ORGANISATION_KINDS = ['MUNICIPALITY', 'PROVIDER', 'VOLUNTEER_ORGANISATION', 'PARTNER'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export function isOrganisationKind(value: string): value is OrganisationKind {
  return (ORGANISATION_KINDS as readonly string[]).includes(value);
}
