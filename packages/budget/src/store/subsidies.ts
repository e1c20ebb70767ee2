import { randomUUID } from 'node:crypto';
import type { Db } from '@mienskip/kit/db';
import { type SubsidyRow, subsidies } from '../db/tables.ts';
import type { SubsidyGrant } from '../domain/subsidy.ts';

export async function insertSubsidy(db: Db, grant: SubsidyGrant): Promise<SubsidyRow> {
  const [row] = await db
    .insert(subsidies)
    .values({ id: `subsidy-${randomUUID()}`, ...grant })
    .returning();
  return row!;
}
