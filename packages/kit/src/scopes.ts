/**
 * The scope catalogue. A key carries a subset of these; the gateway forwards them in the internal
 * token, and subgraph fields are guarded by them.
 */
export const SUBGRAPHS = ['clients', 'budget', 'locations', 'youth', 'debt'] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

export const SCOPES = [
  ...SUBGRAPHS.flatMap((name) => [`${name}:read`, `${name}:write`] as const),
  'personal-data',
  'statistics',
  'audit',
  'admin',
] as const;
export type Scope = (typeof SCOPES)[number];

export const SCOPE_DESCRIPTIONS: Record<Scope, string> = {
  'clients:read': 'Read residents, households, plans and regie (without personal data fields).',
  'clients:write': 'Change residents, households, plans and regie.',
  'budget:read': 'Read organisations, contracts, lumpsums and realisation.',
  'budget:write': 'Change contracts, lumpsums and realisation.',
  'locations:read': 'Read areas, rooms, presence and staffing.',
  'locations:write': 'Change rooms, presence, shifts and visit counts.',
  'youth:read': 'Read youth cases and JET coordination.',
  'youth:write': 'Change youth cases and JET coordination.',
  'debt:read': 'Read debt-assistance cases.',
  'debt:write': 'Change debt-assistance cases.',
  'personal-data': 'See personal data (BSN, names, dates of birth) and unrounded statistics.',
  statistics: 'Read aggregated statistics (small numbers hidden without personal-data).',
  audit: 'Read the access log.',
  admin: 'Manage API keys.',
};

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}

/** Kinds of organisation a key belongs to; only MUNICIPALITY keys see every organisation's rows. */
export const ORGANISATION_KINDS = ['MUNICIPALITY', 'PROVIDER', 'VOLUNTEER_ORGANISATION', 'PARTNER'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export function isOrganisationKind(value: string): value is OrganisationKind {
  return (ORGANISATION_KINDS as readonly string[]).includes(value);
}
