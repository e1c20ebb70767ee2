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
  { name: 'budget', url: 'http://localhost:4002/graphql', schemaFile: 'packages/budget/schema.graphql' },
  {
    name: 'locations',
    url: 'http://localhost:4003/graphql',
    schemaFile: 'packages/locations/schema.graphql',
  },
];

/** `MIENSKIP_LOCATIONS_URL` and the like override the supergraph's canonical URL at run time. */
export function subgraphUrlEnv(name: string): string {
  return `MIENSKIP_${name.toUpperCase()}_URL`;
}
