import { existsSync } from 'node:fs';
import { SUBGRAPHS } from '@mienskip/kit/catalogue';
import type { EntityFixture, MutationFixture, QueryFixture } from './expect.ts';

/** One subgraph's rows of the matrix: its root fields, its entity types and the paths to them. */
export interface SubgraphRows {
  queries: Record<string, QueryFixture>;
  mutations: Record<string, MutationFixture>;
  entities: EntityFixture[];
  nested: Record<string, QueryFixture[]>;
}

const FIXTURES = new URL('./fixtures/', import.meta.url);
const fixtureFile = (name: string, fixtures = FIXTURES) => new URL(`${name}.ts`, fixtures);

/**
 * The rows of one subgraph of the catalogue: `fixtures/<name>.ts` (`pnpm new-subgraph` writes it
 * from templates/matrix-fixture.ts), exporting (each where the subgraph has them) `<NAME>_QUERIES`,
 * `<NAME>_MUTATIONS`, `<NAME>_ENTITIES` and `<NAME>_NESTED`. A subgraph without the file gets no
 * rows, and the completeness tests name every field it misses.
 */
export async function rowsOf(name: string, fixtures = FIXTURES): Promise<SubgraphRows> {
  const file = fixtureFile(name, fixtures);
  if (!existsSync(file)) return { queries: {}, mutations: {}, entities: [], nested: {} };
  const module: Record<string, unknown> = await import(file.href);
  const part = <T>(kind: string, empty: T) =>
    (module[`${name.toUpperCase()}_${kind}`] as T | undefined) ?? empty;
  return {
    queries: part('QUERIES', {}),
    mutations: part('MUTATIONS', {}),
    entities: part('ENTITIES', []),
    nested: part('NESTED', {}),
  };
}

/** The rows of every subgraph of the catalogue of services, by name. */
export const ROWS: Record<string, SubgraphRows> = Object.fromEntries(
  await Promise.all(SUBGRAPHS.map(async ({ name }) => [name, await rowsOf(name)] as const)),
);
/** The subgraphs of the catalogue that have no `fixtures/<name>.ts`. */
export const WITHOUT_ROWS = SUBGRAPHS.map(({ name }) => name).filter(
  (name) => !existsSync(fixtureFile(name)),
);

const parts = Object.values(ROWS);
export const QUERIES: Record<string, QueryFixture> = Object.assign({}, ...parts.map((rows) => rows.queries));
export const MUTATIONS: Record<string, MutationFixture> = Object.assign(
  {},
  ...parts.map((rows) => rows.mutations),
);
export const ENTITIES: EntityFixture[] = parts.flatMap((rows) => rows.entities);
/** Entity type → the paths that reach it through the gateway, from every subgraph's rows. */
export const NESTED: Record<string, QueryFixture[]> = {};
for (const rows of parts)
  for (const [type, fixtures] of Object.entries(rows.nested))
    NESTED[type] = [...(NESTED[type] ?? []), ...fixtures];
