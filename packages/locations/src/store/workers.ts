import { randomUUID } from 'node:crypto';
import type { Db } from '@mienskip/kit/db';
import { groupByIds } from '@mienskip/kit/schema';
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { type WorkerRow, workerRooms, workers } from '../db/tables.ts';
import type { WorkerRole } from '../domain/roles.ts';
import type { NewWorker } from '../domain/worker.ts';

export interface WorkerFilter {
  organisationId?: string | null;
  role?: WorkerRole | null;
  roomId?: string | null;
}

/** A page of workers by id, optionally of one organisation, role or room. */
export function workerPage(db: Db, filter: WorkerFilter, page: { offset: number; limit: number }) {
  const filters: SQL[] = [];
  if (filter.organisationId) filters.push(eq(workers.organisationId, filter.organisationId));
  if (filter.role) filters.push(eq(workers.role, filter.role));
  if (filter.roomId) {
    const linked = db
      .select({ id: workerRooms.workerId })
      .from(workerRooms)
      .where(eq(workerRooms.roomId, filter.roomId));
    filters.push(inArray(workers.id, linked));
  }
  return db
    .select()
    .from(workers)
    .where(and(...filters))
    .orderBy(asc(workers.id))
    .limit(page.limit)
    .offset(page.offset);
}

/** The ids of the rooms each worker works in, in the order the workers were asked. */
export async function roomIdsOfWorkers(db: Db, workerIds: readonly string[]): Promise<string[][]> {
  const rows = await db
    .select({ workerId: workerRooms.workerId, roomId: workerRooms.roomId })
    .from(workerRooms)
    .where(inArray(workerRooms.workerId, [...workerIds]))
    .orderBy(asc(workerRooms.roomId));
  return groupByIds(workerIds, rows, (row) => row.workerId).map((group) => group.map((row) => row.roomId));
}

/** The workers linked to each room, by id, in the order the rooms were asked. */
export async function workersOfRooms(db: Db, roomIds: readonly string[]): Promise<WorkerRow[][]> {
  const rows = await db
    .select({ roomId: workerRooms.roomId, worker: workers })
    .from(workerRooms)
    .innerJoin(workers, eq(workers.id, workerRooms.workerId))
    .where(inArray(workerRooms.roomId, [...roomIds]))
    .orderBy(asc(workers.id));
  return groupByIds(roomIds, rows, (row) => row.roomId).map((group) => group.map((row) => row.worker));
}

/** Inserts a worker with the rooms they work in. */
export function insertWorker(db: Db, worker: NewWorker): Promise<WorkerRow> {
  const { roomIds, ...fields } = worker;
  return db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(workers)
      .values({ ...fields, id: `worker-${randomUUID()}` })
      .returning();
    if (roomIds.length)
      await tx.insert(workerRooms).values(roomIds.map((roomId) => ({ workerId: inserted!.id, roomId })));
    return inserted!;
  });
}
