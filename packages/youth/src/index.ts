import { fileURLToPath } from 'node:url';
import { readServiceVersion } from '@mienskip/kit/http';
import type { SubgraphDefinition } from '@mienskip/kit/server';
import { seed } from './db/seed.ts';
import { schema } from './schema/index.ts';

/**
 * The youth subgraph: youth cases (jeugdcasussen) of a household and its children, the JET's early
 * consultations and decisions and its procesregie on the Jeugdwet route, referrals to youth care,
 * combined regie where Wmo and Jeugdwet support run side by side, light parenting support, and child
 * safety as events. Its port and schema file are its entry in the catalogue of services
 * (packages/kit/src/catalogue.ts).
 */
export const youth: SubgraphDefinition = {
  name: 'youth',
  schema,
  migrationsFolder: fileURLToPath(new URL('./db/migrations', import.meta.url)),
  // The synthetic cases, once per empty database, from clients' synthetic world at clients' scale; no
  // reference data of its own.
  seed: async (db, level) => {
    if (level === 'synthetic') await seed(db);
  },
  version: readServiceVersion('youth', import.meta.url),
};
