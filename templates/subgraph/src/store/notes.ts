import { randomUUID } from 'node:crypto';
import type { Db } from '@mienskip/kit/db';
import { desc } from 'drizzle-orm';
import { type NoteRow, notes } from '../db/tables.ts';
import type { NewNote } from '../domain/note.ts';

/** The latest notes, newest first. */
export function latestNotes(db: Db, limit: number): Promise<NoteRow[]> {
  return db.select().from(notes).orderBy(desc(notes.createdAt), desc(notes.id)).limit(limit);
}

export async function insertNote(db: Db, note: NewNote): Promise<NoteRow> {
  const [row] = await db
    .insert(notes)
    .values({ id: `note-${randomUUID()}`, ...note })
    .returning();
  return row!;
}
