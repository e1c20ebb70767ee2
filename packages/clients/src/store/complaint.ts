import { type Db, lockVersioned, type Tx } from '@mienskip/kit/db';
import type { Caller } from '@mienskip/kit/rules';
import { type ComplaintRow, complaints } from '../db/tables.ts';
import type { NewComplaint } from '../domain/complaint.ts';
import { ownedBy } from './locking.ts';

export async function insertComplaint(db: Db, complaint: NewComplaint): Promise<ComplaintRow> {
  const [row] = await db
    .insert(complaints)
    .values({ id: `complaint-${crypto.randomUUID()}`, ...complaint })
    .returning();
  return row!;
}

/** Locks a complaint this key may change: a provider changes the complaints about itself only. */
export function lockComplaint(tx: Tx, caller: Caller, input: { id: string; version: number }) {
  return lockVersioned(tx, complaints, 'Complaint', input.id, input.version, ownedBy(caller));
}
