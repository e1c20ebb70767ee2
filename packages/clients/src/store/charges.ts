import { contextLoader } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';
import { asc } from 'drizzle-orm';
import { chargeRates } from '../db/tables.ts';
import type { ChargeRate } from '../domain/charges.ts';

/** Every known rate of the abonnementstarief, oldest first: one small query per request. */
export const knownChargeRates = contextLoader<SubgraphContext, 'all', ChargeRate[]>(async (keys, { db }) => {
  const rows = await db.select().from(chargeRates).orderBy(asc(chargeRates.year));
  return keys.map(() => rows);
});
