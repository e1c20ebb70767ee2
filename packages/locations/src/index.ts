import { fileURLToPath } from 'node:url';
import { readServiceVersion } from '@mienskip/kit/http';
import type { SubgraphDefinition } from '@mienskip/kit/server';
import { seed } from './db/seed.ts';
import { schema } from './schema/index.ts';

export const locations: SubgraphDefinition = {
  name: 'locations',
  schema,
  migrationsFolder: fileURLToPath(new URL('./db/migrations', import.meta.url)),
  seed: (db, level) => seed(db, { level, generatedRooms: generatedRooms(process.env) }),
  version: readServiceVersion('locations', new URL('..', import.meta.url)),
};

export { AREAS, ROOMS } from './db/reference-data.ts';

/** `MIENSKIP_LOCATIONS_GENERATED_ROOMS` (0): extra generated rooms of the synthetic seed, for `pnpm bench`. */
function generatedRooms(env: NodeJS.ProcessEnv): number {
  const raw = env.MIENSKIP_LOCATIONS_GENERATED_ROOMS;
  if (raw === undefined || raw === '') return 0;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`MIENSKIP_LOCATIONS_GENERATED_ROOMS must be a whole number (0 or more), not "${raw}"`);
  return value;
}
