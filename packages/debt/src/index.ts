import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@mienskip/kit/server';
import { schema } from './schema/index.ts';

/**
 * The debt subgraph: say here what it owns. Its port and schema file are its entry in the
 * catalogue of services (packages/kit/src/catalogue.ts).
 */
export const debt: SubgraphDefinition = {
  name: 'debt',
  schema,
  migrationsFolder: fileURLToPath(new URL('./db/migrations', import.meta.url)),
  // Idempotent reference data, run on every start after the migrations (none yet).
  seed: async () => {},
};
