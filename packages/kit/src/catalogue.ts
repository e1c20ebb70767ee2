/**
 * The catalogue of services: every process of the graph, listed once. The gateway composes the
 * subgraphs listed here, the local stack starts them, each subgraph takes its default port from its
 * entry, and subgraphs find the access log through the audit entry. Adding a subgraph is one entry
 * here (plus the package itself, made with `pnpm new-subgraph`); its scopes follow from the entry
 * (scopes.ts).
 */
export interface ServiceEntry {
  /** The service's name: the internal token's audience and the `<name>:read/write` scope prefix. */
  readonly name: string;
  /** The canonical local port (the supergraph's URL, the stack's port, the default `PORT`). */
  readonly port: number;
  /**
   * The package directory, relative to the repository root: the stack starts its `src/server.ts`,
   * and the cross-subgraph tests load the definition its `src/index.ts` exports.
   */
  readonly dir: string;
  /**
   * Options for node itself, before the entry, wherever the service is started (its
   * `start:production` script, compose, the stack, the bench): settings a process cannot give itself.
   */
  readonly nodeArgs?: readonly string[];
}

export interface SubgraphEntry extends ServiceEntry {
  /** The committed SDL that `pnpm compose` reads, relative to the repository root. */
  readonly schemaFile: string;
}

function subgraph<const Name extends string>(name: Name, port: number) {
  return { name, port, dir: `packages/${name}`, schemaFile: `packages/${name}/schema.graphql` } as const;
}

/**
 * The subgraphs, in composition order: an entity's owner comes before the subgraphs that extend it
 * (clients before audit, which extends `Client`), so that the owner's descriptions win.
 */
export const SUBGRAPHS = [
  subgraph('clients', 4001),
  subgraph('budget', 4002),
  subgraph('locations', 4003),
  subgraph('youth', 4004),
  subgraph('debt', 4005),
  subgraph('audit', 4008),
] as const satisfies readonly SubgraphEntry[];

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

/** The only public entry. */
export const GATEWAY = {
  name: 'gateway',
  port: 4000,
  dir: 'apps/gateway',
  // A young generation of 2 × 32 MB instead of V8's 2 × 16: every request leaves short-lived objects
  // (plans, copies, JSON), and fewer scavenges cut the gateway's CPU per request by about 15% (issue 19).
  nodeArgs: ['--max-semi-space-size=32'],
} as const satisfies ServiceEntry;

/**
 * The owner of the access log (Logboek dataverwerkingen); every subgraph appends to its `/entries`.
 * The only subgraph without `<name>:read`/`<name>:write` scopes (its readers hold `audit`).
 */
export const ACCESS_LOG_SERVICE = 'audit' satisfies SubgraphName;

export function subgraphEntry(name: string): SubgraphEntry {
  const entry = SUBGRAPHS.find((candidate) => candidate.name === name);
  if (!entry)
    throw new Error(`"${name}" is not in the catalogue of services (packages/kit/src/catalogue.ts)`);
  return entry;
}

/** The access log's `/entries` on the local machine, the default for every subgraph. */
export function localAccessLogUrl(host = '127.0.0.1'): string {
  return `http://${host}:${subgraphEntry(ACCESS_LOG_SERVICE).port}/entries`;
}

/** The subgraph's canonical URL, as written into the supergraph. */
export function canonicalUrl(entry: SubgraphEntry): string {
  return `http://localhost:${entry.port}/graphql`;
}

/** `MIENSKIP_LOCATIONS_URL` and the like override a subgraph's canonical URL at run time. */
export function subgraphUrlEnv(name: string): string {
  return `MIENSKIP_${name.toUpperCase()}_URL`;
}

/** The subgraphs that append to the access log: every one but its owner. */
export const ACCESS_LOG_WRITERS: readonly string[] = SUBGRAPHS.map(({ name }) => name).filter(
  (name) => name !== ACCESS_LOG_SERVICE,
);
