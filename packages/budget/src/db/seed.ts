import type { Db } from '@mienskip/kit';
import { ORGANISATIONS } from './reference-data.ts';
import { organisations } from './schema.ts';

/** Reference data; rows that exist are left as they are (they may have been changed since). */
export async function seed(db: Db): Promise<void> {
  await db
    .insert(organisations)
    .values([...ORGANISATIONS])
    .onConflictDoNothing();
}
