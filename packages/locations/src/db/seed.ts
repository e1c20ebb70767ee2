import type { Db } from '@mienskip/kit/db';
import type { SeedLevel } from '@mienskip/kit/server';
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
  /** `reference` or `synthetic` (default): see `seed`. */
  level?: SeedLevel;
  /** Extra generated rooms (for `pnpm bench`'s larger scale), spread over the areas. */
  generatedRooms?: number;
}

const BATCH = 500;

/**
 * Seeds what is asked (`MIENSKIP_SEED`, see the kit's `seed-mode.ts`): `reference` the council letter's
 * areas and nine rooms (SOURCE) and who runs them; `synthetic` those and a deterministic synthetic
 * schedule (opening hours, moments, facilities, presence, workers, shifts, activities, visits, and the
 * bench's generated rooms), all SYNTHETIC. Each part once: the reference part when there are no areas
 * yet, the synthetic part when there are no opening hours yet, so later starts keep what was changed
 * since and a database seeded with `reference` can later take the synthetic part.
 */
export async function seed(db: Db, options: SeedOptions = {}): Promise<void> {
  const level = options.level ?? 'synthetic';
  await db.transaction(async (tx) => {
    const insert = async <T extends PgTable>(table: T, values: T['$inferInsert'][]) => {
      for (let i = 0; i < values.length; i += BATCH)
        await tx.insert(table).values(values.slice(i, i + BATCH));
    };
    const empty = async (table: PgTable) => {
      const [row] = await tx.select({ n: count() }).from(table);
      return !row || row.n === 0;
    };
    // The areas and the nine rooms are the council letter's (SOURCE); the areas' populations are
    // SYNTHETIC all the same (see `populationProvenance`).
    const sourceRooms = ROOMS.map((room) => ({ ...room, provenance: 'SOURCE' as const }));
    if (await empty(areas)) {
      await insert(
        areas,
        AREAS.map((area) => ({ ...area, provenance: 'SOURCE' as const })),
      );
      await insert(rooms, sourceRooms);
      await insert(roomOrganisations, runByAmaryllis(sourceRooms));
    }
    if (level !== 'synthetic' || !(await empty(openingHours))) return;
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
    const schedule = syntheticSchedule([...sourceRooms, ...generated]);
    await insert(rooms, generated);
    await insert(roomOrganisations, runByAmaryllis(generated));
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

/** Amaryllis runs every room (the council letter). */
function runByAmaryllis(list: readonly { id: string }[]) {
  return list.map((room) => ({ roomId: room.id, organisationId: ORGANISATION_IDS.amaryllis }));
}
