import { fileURLToPath } from 'node:url';
import { readServiceVersion } from '@mienskip/kit/http';
import type { SubgraphDefinition } from '@mienskip/kit/server';
import { seed } from './db/seed.ts';
import { schema } from './schema/index.ts';

/**
 * The debt subgraph: debt assistance (schuldhulpverlening, Wgs) as a basis task — signals of payment
 * arrears and the outreach after them, debt cases (schuldhulptrajecten) of one client or two jointly
 * liable partners through the NVVK/DDAS phases with the Wgs norms (first conversation within 4 weeks,
 * within 3 working days in a crisis), referrals to third parties for as long as needed, the municipality's
 * advice on beschermingsbewind and volunteers on a case. Regie stays with the household's Wmo
 * regievoerder in clients. Its port and schema file are its entry in the catalogue of services
 * (packages/kit/src/catalogue.ts).
 */
export const debt: SubgraphDefinition = {
  name: 'debt',
  schema,
  migrationsFolder: fileURLToPath(new URL('./db/migrations', import.meta.url)),
  // The synthetic signals and cases, once per empty database, from clients' synthetic world at clients'
  // scale; no reference data of its own.
  seed: async (db, level) => {
    if (level === 'synthetic') await seed(db);
  },
  version: readServiceVersion('debt', import.meta.url),
};
