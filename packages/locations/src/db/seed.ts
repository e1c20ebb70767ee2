import type { Db } from '@mienskip/kit/db';
import { count } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { AREAS, ORGANISATION_IDS, ROOMS } from './reference-data.ts';
import { SYNTHETIC_NOTE, syntheticSchedule } from './synthetic.ts';
import {
  activities,
  areas,
  facilityAgreements,
  openingHours,
  presenceSlots,
  roomMoments,
  roomOrganisations,
  rooms,
  shifts,
  visitCounts,
  workerRooms,
  workers,
} from './tables.ts';

export interface SeedOptions {
  /** Extra generated rooms (for `pnpm bench`'s larger scale), spread over the areas. */
  generatedRooms?: number;
}

const BATCH = 500;

/**
 * Seeds the reference data (areas, the nine rooms) and a deterministic synthetic schedule, once: on
 * first start, when there are no areas yet. Later starts keep whatever was changed since.
 */
export async function seed(db: Db, options: SeedOptions = {}): Promise<void> {
  const [row] = await db.select({ n: count() }).from(areas);
  if (row && row.n > 0) return;
  const generated = Array.from({ length: options.generatedRooms ?? 0 }, (_, i) => ({
    id: `room-gen-${String(i + 1).padStart(5, '0')}`,
    name: `Generated room ${i + 1}`,
    areaId: AREAS[i % AREAS.length]!.id,
    buildingType: 'COMMUNITY_CENTRE' as const,
    status: 'OPEN' as const,
    statusNote: SYNTHETIC_NOTE,
    address: null,
    provenance: 'SYNTHETIC' as const,
  }));
  // The areas and the nine rooms are the council letter's (SOURCE); everything generated is SYNTHETIC,
  // and so are the areas' populations (see `populationProvenance`).
  const allRooms = [...ROOMS.map((room) => ({ ...room, provenance: 'SOURCE' as const })), ...generated];
  const schedule = syntheticSchedule(allRooms);
  await db.transaction(async (tx) => {
    const insert = async <T extends PgTable>(table: T, values: T['$inferInsert'][]) => {
      for (let i = 0; i < values.length; i += BATCH)
        await tx.insert(table).values(values.slice(i, i + BATCH));
    };
    await insert(
      areas,
      AREAS.map((area) => ({ ...area, provenance: 'SOURCE' as const })),
    );
    await insert(rooms, allRooms);
    await insert(
      roomOrganisations,
      allRooms.map((room) => ({ roomId: room.id, organisationId: ORGANISATION_IDS.amaryllis })),
    );
    await insert(openingHours, schedule.openingHours);
    await insert(presenceSlots, schedule.presenceSlots);
    await insert(roomMoments, schedule.roomMoments);
    await insert(facilityAgreements, schedule.facilityAgreements);
    await insert(workers, schedule.workers);
    await insert(workerRooms, schedule.workerRooms);
    await insert(shifts, schedule.shifts);
    await insert(activities, schedule.activities);
    await insert(visitCounts, schedule.visitCounts);
  });
}
