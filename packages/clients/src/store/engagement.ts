import type { Db } from '@mienskip/kit/db';
import { type EngagementRow, engagements } from '../db/tables.ts';
import type { NewEngagement } from '../domain/engagement.ts';

export async function insertEngagement(db: Db, engagement: NewEngagement): Promise<EngagementRow> {
  const { hoursPerWeek } = engagement;
  const [row] = await db
    .insert(engagements)
    .values({
      id: `engagement-${crypto.randomUUID()}`,
      ...engagement,
      // numeric(4,1): one decimal, as text.
      hoursPerWeek: hoursPerWeek === null ? null : hoursPerWeek.toFixed(1),
    })
    .returning();
  return row!;
}
