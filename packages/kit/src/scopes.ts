/**
 * The scope catalogue. A key carries a subset of these; the gateway forwards them in the internal
 * token, and subgraph fields are guarded by them.
 */
/** The domains a key can be granted read and write scopes for: the data subgraphs, youth and debt included. */
export const SCOPED_DOMAINS = ['clients', 'budget', 'locations', 'youth', 'debt'] as const;
export type ScopedDomain = (typeof SCOPED_DOMAINS)[number];

export const SCOPES = [
  ...SCOPED_DOMAINS.flatMap((name) => [`${name}:read`, `${name}:write`] as const),
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
