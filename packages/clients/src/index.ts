import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@mienskip/kit/server';
import { seed } from './db/seed.ts';
import { schema } from './schema/index.ts';

/** Residents in the 2020 transition that the synthetic seed generates (plus as many without). */
const DEFAULT_TRANSITION_CLIENTS = 2000;

export const clients: SubgraphDefinition = {
  name: 'clients',
  schema,
  migrationsFolder: fileURLToPath(new URL('./db/migrations', import.meta.url)),
  seed: (db) =>
    seed(db, {
      transitionClients: Number(
        process.env.MIENSKIP_CLIENTS_TRANSITION_CLIENTS ?? DEFAULT_TRANSITION_CLIENTS,
      ),
    }),
};
