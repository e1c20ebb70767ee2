import { ACCESS_LOG_SERVICE, SUBGRAPHS, type SubgraphName } from './catalogue.ts';

/**
 * The scope catalogue. A key carries a subset of these; the gateway forwards them in the internal
 * token, and subgraph fields are guarded by them. The `<name>:read` and `<name>:write` scopes follow
 * from the catalogue of services (catalogue.ts): adding a subgraph there gives it its scopes.
 */

/**
 * The domains with `<name>:read` and `<name>:write` scopes for a list of subgraphs: every subgraph
 * but the access log's owner (its readers hold `audit`), in catalogue order.
 */
export function scopedDomainsOf<const Name extends string>(
  subgraphs: readonly { readonly name: Name }[],
): Exclude<Name, typeof ACCESS_LOG_SERVICE>[] {
  return subgraphs
    .map(({ name }) => name)
    .filter((name): name is Exclude<Name, typeof ACCESS_LOG_SERVICE> => name !== ACCESS_LOG_SERVICE);
}

/** The domains a key can be granted read and write scopes for: the data subgraphs. */
export type ScopedDomain = Exclude<SubgraphName, typeof ACCESS_LOG_SERVICE>;
export const SCOPED_DOMAINS: readonly ScopedDomain[] = scopedDomainsOf(SUBGRAPHS);

/** The scopes that belong to no one domain. */
export const GENERAL_SCOPES = ['personal-data', 'statistics', 'audit', 'admin'] as const;
export type DomainScope = `${ScopedDomain}:${'read' | 'write'}`;
export type Scope = DomainScope | (typeof GENERAL_SCOPES)[number];

export const SCOPES: readonly Scope[] = [
  ...SCOPED_DOMAINS.flatMap((name) => [`${name}:read`, `${name}:write`] as const),
  ...GENERAL_SCOPES,
];

/** What the scopes allow, where a domain says more than its name; other domains get `scopeDescription`'s default. */
const DESCRIPTIONS: Partial<Record<DomainScope, string>> & Record<(typeof GENERAL_SCOPES)[number], string> = {
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

/**
 * What a scope allows: its own description, or for a domain without one (a subgraph just added to
 * the catalogue) `Read <name>.` or `Change <name>.`
 */
export function scopeDescription(scope: Scope | `${string}:${'read' | 'write'}`): string {
  const known = (DESCRIPTIONS as Partial<Record<string, string>>)[scope];
  if (known) return known;
  const [domain, access] = scope.split(':');
  return `${access === 'write' ? 'Change' : 'Read'} ${domain}.`;
}

export const SCOPE_DESCRIPTIONS: Readonly<Record<Scope, string>> = Object.fromEntries(
  SCOPES.map((scope) => [scope, scopeDescription(scope)]),
) as Record<Scope, string>;

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}
