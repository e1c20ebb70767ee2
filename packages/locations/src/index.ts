import { fileURLToPath } from 'node:url';
import { parseWholeNumber, readServiceVersion } from '@mienskip/kit/http';
import type { SubgraphDefinition } from '@mienskip/kit/server';
import { seed } from './db/seed.ts';
import { schema } from './schema/index.ts';

export const locations: SubgraphDefinition = {
  name: 'locations',
  schema,
  migrationsFolder: fileURLToPath(new URL('./db/migrations', import.meta.url)),
  seed: (db, level) =>
    seed(db, {
      level,
      generatedRooms: parseWholeNumber(
        'MIENSKIP_LOCATIONS_GENERATED_ROOMS',
        process.env.MIENSKIP_LOCATIONS_GENERATED_ROOMS,
        0,
      ),
    }),
  version: readServiceVersion('locations', import.meta.url),
};

export { AREAS, ROOMS } from './db/reference-data.ts';
