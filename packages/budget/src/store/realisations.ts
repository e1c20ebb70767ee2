import { randomUUID } from 'node:crypto';
import type { Db } from '@mienskip/kit/db';
import { realisations } from '../db/tables.ts';
import type { RealisationEntry } from '../domain/realisation.ts';

/** Adds a spending entry; entries are never overwritten (BR-BU5). */
export async function insertRealisation(db: Db, entry: RealisationEntry) {
  const [row] = await db
    .insert(realisations)
    .values({ id: `realisation-${randomUUID()}`, ...entry })
    .returning();
  return row!;
}
