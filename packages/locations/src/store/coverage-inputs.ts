import type { Db } from '@mienskip/kit/db';
import type { Period } from '@mienskip/kit/rules';
import { and, between, eq, inArray, isNull } from 'drizzle-orm';
import { openingHours, presenceSlots, rooms, shifts, workers } from '../db/tables.ts';
import { OPENING_COLUMNS, PRESENCE_COLUMNS, SHIFT_COLUMNS } from './coverage-columns.ts';
import { byName } from './order.ts';

/**
 * What the coverage of every room of some areas over a span of days is computed from, in four
 * statements whatever the number of rooms, weeks and periods: the rooms (by name), their opening
 * hours and weekly presence, and their shifts in the span that are not cancelled, each row with
 * its provenance.
 */
export async function coverageInputsOfAreas(db: Db, areaIds: readonly string[], span: Period) {
  const roomsOfAreas = db
    .select({ id: rooms.id })
    .from(rooms)
    .where(inArray(rooms.areaId, [...areaIds]));
  const [roomRows, opening, weekly, worked] = await Promise.all([
    db
      .select({ id: rooms.id, areaId: rooms.areaId })
      .from(rooms)
      .where(inArray(rooms.areaId, [...areaIds]))
      .orderBy(byName(rooms.name)),
    db
      .select({ ...OPENING_COLUMNS, provenance: openingHours.provenance })
      .from(openingHours)
      .where(inArray(openingHours.roomId, roomsOfAreas)),
    db
      .select({ ...PRESENCE_COLUMNS, provenance: presenceSlots.provenance })
      .from(presenceSlots)
      .where(inArray(presenceSlots.roomId, roomsOfAreas)),
    db
      .select({ ...SHIFT_COLUMNS, provenance: shifts.provenance })
      .from(shifts)
      .innerJoin(workers, eq(workers.id, shifts.workerId))
      .where(
        and(
          inArray(shifts.roomId, roomsOfAreas),
          between(shifts.date, span.from, span.to),
          isNull(shifts.cancelledAt),
        ),
      ),
  ]);
  return { rooms: roomRows, opening, weekly, shifts: worked };
}

export type CoverageInputs = Awaited<ReturnType<typeof coverageInputsOfAreas>>;
