import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@mienskip/kit/server';
import { seed } from './db/seed.ts';
import { seededTransitionClients } from './db/synthetic.ts';
import { schema } from './schema/index.ts';

export const clients: SubgraphDefinition = {
  name: 'clients',
  schema,
  migrationsFolder: fileURLToPath(new URL('./db/migrations', import.meta.url)),
  // Residents in the 2020 transition that the synthetic seed generates (plus as many without).
  seed: (db) => seed(db, { transitionClients: seededTransitionClients() }),
};
