import type { SubgraphName } from '@mienskip/kit/catalogue';
import type { EntityFixture, MutationFixture, QueryFixture } from './expect.ts';
import { AUDIT_ENTITIES, AUDIT_NESTED } from './fixtures/audit.ts';
import { BUDGET_ENTITIES, BUDGET_MUTATIONS, BUDGET_NESTED, BUDGET_QUERIES } from './fixtures/budget.ts';
import { CLIENTS_ENTITIES, CLIENTS_MUTATIONS, CLIENTS_NESTED, CLIENTS_QUERIES } from './fixtures/clients.ts';
import {
  LOCATIONS_ENTITIES,
  LOCATIONS_MUTATIONS,
  LOCATIONS_NESTED,
  LOCATIONS_QUERIES,
} from './fixtures/locations.ts';

/** One subgraph's rows of the matrix: its root fields, its entity types and the paths to them. */
export interface SubgraphRows {
  queries?: Record<string, QueryFixture>;
  mutations?: Record<string, MutationFixture>;
  entities: EntityFixture[];
  nested: Record<string, QueryFixture[]>;
}

/**
 * The rows of every subgraph of the catalogue (one file each under `fixtures/`). Keyed by the
 * catalogue's names, so a new catalogue entry does not type-check until its rows are here, and the
 * completeness tests then ask for a row per field and entity of its schema.
 */
export const ROWS: Record<SubgraphName, SubgraphRows> = {
  clients: {
    queries: CLIENTS_QUERIES,
    mutations: CLIENTS_MUTATIONS,
    entities: CLIENTS_ENTITIES,
    nested: CLIENTS_NESTED,
  },
  budget: {
    queries: BUDGET_QUERIES,
    mutations: BUDGET_MUTATIONS,
    entities: BUDGET_ENTITIES,
    nested: BUDGET_NESTED,
  },
  locations: {
    queries: LOCATIONS_QUERIES,
    mutations: LOCATIONS_MUTATIONS,
    entities: LOCATIONS_ENTITIES,
    nested: LOCATIONS_NESTED,
  },
  audit: { entities: AUDIT_ENTITIES, nested: AUDIT_NESTED },
};

const parts = Object.values<SubgraphRows>(ROWS);

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
