import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@mienskip/kit';
import type { LocationsContext } from './context.ts';
import { seed } from './db/seed.ts';
import { schema } from './schema/index.ts';

export const locations: SubgraphDefinition<LocationsContext> = {
  name: 'locations',
  schema,
  migrationsFolder: fileURLToPath(new URL('./db/migrations', import.meta.url)),
  seed: (db) => seed(db, { generatedRooms: Number(process.env.MIENSKIP_LOCATIONS_GENERATED_ROOMS ?? 0) }),
  defaultPort: 4003,
  createContext: (base, database) => ({ ...base, db: database.db }),
};

export { AREAS, ROOMS } from './db/reference-data.ts';
