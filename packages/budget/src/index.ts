import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@mienskip/kit/server';
import { seed } from './db/seed.ts';
import { schema } from './schema/index.ts';

export const budget: SubgraphDefinition = {
  name: 'budget',
  schema,
  migrationsFolder: fileURLToPath(new URL('./db/migrations', import.meta.url)),
  seed: (db) =>
    seed(db, { generatedOrganisations: Number(process.env.MIENSKIP_BUDGET_GENERATED_ORGANISATIONS ?? 0) }),
};

export { ORGANISATIONS } from './db/reference-data.ts';
