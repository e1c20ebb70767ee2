import type { Db } from '@mienskip/kit/db';
import { eq } from 'drizzle-orm';
import { areas } from '../db/tables.ts';
import { byName } from './order.ts';

/** Every area, by name. */
export function listAreas(db: Db) {
  return db.select().from(areas).orderBy(byName(areas.name));
}

/** The area, when it exists. */
export async function findArea(db: Db, id: string): Promise<{ id: string } | undefined> {
  const [area] = await db.select({ id: areas.id }).from(areas).where(eq(areas.id, id));
  return area;
}
