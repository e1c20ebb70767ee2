import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@mienskip/kit/server';
import { seed } from './db/seed.ts';
import { schema } from './schema/index.ts';

export const locations: SubgraphDefinition = {
  name: 'locations',
  schema,
  migrationsFolder: fileURLToPath(new URL('./db/migrations', import.meta.url)),
  seed: (db) => seed(db, { generatedRooms: Number(process.env.MIENSKIP_LOCATIONS_GENERATED_ROOMS ?? 0) }),
};

export { AREAS, ROOMS } from './db/reference-data.ts';
