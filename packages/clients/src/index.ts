import { fileURLToPath } from 'node:url';
import { readServiceVersion } from '@mienskip/kit/http';
import type { SubgraphDefinition } from '@mienskip/kit/server';
import { seed } from './db/seed.ts';
import { seededTransitionClients } from './db/synthetic.ts';
import { schema } from './schema/index.ts';

export const clients: SubgraphDefinition = {
  name: 'clients',
  schema,
  migrationsFolder: fileURLToPath(new URL('./db/migrations', import.meta.url)),
  // Everything clients seeds is generated (SYNTHETIC): nothing to write for `reference`. Residents in
  // the 2020 transition that the synthetic seed generates (plus as many without).
  seed: async (db, level) => {
    if (level === 'synthetic') await seed(db, { transitionClients: seededTransitionClients() });
  },
  version: readServiceVersion('clients', import.meta.url),
};
