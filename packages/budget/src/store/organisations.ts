import type { Db } from '@mienskip/kit/db';
import { inArray } from 'drizzle-orm';
import { organisations } from '../db/tables.ts';

/** Which of these organisation ids exist: one statement, none for no ids. */
export async function knownOrganisations(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const found = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(inArray(organisations.id, [...ids]));
  return new Set(found.map((row) => row.id));
}
