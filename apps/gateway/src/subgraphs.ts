/**
 * The subgraphs the gateway composes: their names, canonical local URLs (written into the
 * supergraph) and the committed SDL each one prints. The gateway never imports a subgraph package.
 */
export interface SubgraphEntry {
  name: string;
  url: string;
  /** Path of the committed `schema.graphql`, relative to the repository root. */
  schemaFile: string;
}

export const SUBGRAPHS: readonly SubgraphEntry[] = [
  // clients owns Client: listed before audit, which extends it, so that clients' descriptions win.
  { name: 'clients', url: 'http://localhost:4001/graphql', schemaFile: 'packages/clients/schema.graphql' },
  { name: 'budget', url: 'http://localhost:4002/graphql', schemaFile: 'packages/budget/schema.graphql' },
  {
    name: 'locations',
    url: 'http://localhost:4003/graphql',
    schemaFile: 'packages/locations/schema.graphql',
  },
  { name: 'audit', url: 'http://localhost:4008/graphql', schemaFile: 'packages/audit/schema.graphql' },
];

/** `MIENSKIP_LOCATIONS_URL` and the like override the supergraph's canonical URL at run time. */
export function subgraphUrlEnv(name: string): string {
  return `MIENSKIP_${name.toUpperCase()}_URL`;
}
