import type { Db } from '@mienskip/kit';
import { AREAS, ORGANISATION_IDS, ROOMS } from './reference-data.ts';
import { areas, roomOrganisations, rooms } from './schema.ts';

/**
 * Inserts the reference data. Idempotent: rows that exist are left alone, so a restart keeps
 * whatever was changed since.
 */
export async function seed(db: Db): Promise<void> {
  await db
    .insert(areas)
    .values([...AREAS])
    .onConflictDoNothing();
  await db
    .insert(rooms)
    .values(ROOMS.map((room) => ({ ...room })))
    .onConflictDoNothing();
  // Amaryllis, the basis provider, runs the drop-in in every room.
  await db
    .insert(roomOrganisations)
    .values(ROOMS.map((room) => ({ roomId: room.id, organisationId: ORGANISATION_IDS.amaryllis })))
    .onConflictDoNothing();
}
