import { fileURLToPath } from 'node:url';
import { readServiceVersion } from '@mienskip/kit/http';
import type { SubgraphDefinition } from '@mienskip/kit/server';
import { seed } from './db/seed.ts';
import { schema } from './schema/index.ts';

export const budget: SubgraphDefinition = {
  name: 'budget',
  schema,
  migrationsFolder: fileURLToPath(new URL('./db/migrations', import.meta.url)),
  seed: (db, level) => seed(db, { level, generatedOrganisations: generatedOrganisations(process.env) }),
  version: readServiceVersion('budget', new URL('..', import.meta.url)),
};

export { ORGANISATIONS } from './db/reference-data.ts';

/** `MIENSKIP_BUDGET_GENERATED_ORGANISATIONS` (0): extra generated subcontractors of the synthetic seed, for `pnpm bench`. */
function generatedOrganisations(env: NodeJS.ProcessEnv): number {
  const raw = env.MIENSKIP_BUDGET_GENERATED_ORGANISATIONS;
  if (raw === undefined || raw === '') return 0;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(
      `MIENSKIP_BUDGET_GENERATED_ORGANISATIONS must be a whole number (0 or more), not "${raw}"`,
    );
  return value;
}
