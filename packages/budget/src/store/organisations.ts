import type { Db } from '@mienskip/kit/db';
import { inArray } from 'drizzle-orm';
import { type OrganisationRow, organisations } from '../db/tables.ts';
import type { NewOrganisation } from '../domain/organisation.ts';

/** Which of these organisation ids exist: one statement, none for no ids. */
export async function knownOrganisations(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const found = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(inArray(organisations.id, [...ids]));
  return new Set(found.map((row) => row.id));
}

/**
 * Registers an organisation; null when its name or id is taken. The unique name and the primary key
 * decide, not a read before the insert: two registrations may race.
 */
export async function insertOrganisation(
  db: Db,
  organisation: NewOrganisation,
): Promise<OrganisationRow | null> {
  const [row] = await db.insert(organisations).values(organisation).onConflictDoNothing().returning();
  return row ?? null;
}
