import { fileURLToPath } from 'node:url';
import { readServiceVersion } from '@mienskip/kit/http';
import type { SubgraphDefinition } from '@mienskip/kit/server';
import { entriesRoute } from './http/entries.ts';
import { schema } from './schema/index.ts';

/**
 * The owner of the access log (Logboek dataverwerkingen, NEN 7513). Every data subgraph appends
 * over `POST /entries`; readers with the `audit` scope read it through `Client.accessLog`.
 */
export const audit: SubgraphDefinition = {
  name: 'audit',
  schema,
  migrationsFolder: fileURLToPath(new URL('./db/migrations', import.meta.url)),
  // Append-only (NEN 7513): its role may add entries and read them, never change or remove one.
  runtimePrivileges: { tables: { access_log: ['INSERT', 'SELECT'] } },
  // The log holds no reference data.
  seed: async () => {},
  routes: entriesRoute,
  version: readServiceVersion('audit', import.meta.url),
};
