import { fileURLToPath } from 'node:url';
import { parseWholeNumber, readServiceVersion } from '@mienskip/kit/http';
import type { SubgraphDefinition } from '@mienskip/kit/server';
import { seed } from './db/seed.ts';
import { schema } from './schema/index.ts';

export const budget: SubgraphDefinition = {
  name: 'budget',
  schema,
  migrationsFolder: fileURLToPath(new URL('./db/migrations', import.meta.url)),
  seed: (db, level) =>
    seed(db, {
      level,
      generatedOrganisations: parseWholeNumber(
        'MIENSKIP_BUDGET_GENERATED_ORGANISATIONS',
        process.env.MIENSKIP_BUDGET_GENERATED_ORGANISATIONS,
        0,
      ),
    }),
  version: readServiceVersion('budget', import.meta.url),
};

export { ORGANISATIONS } from './db/reference-data.ts';
