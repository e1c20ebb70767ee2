import { type Db, isUniqueViolation } from '@mienskip/kit/db';
import { NotFoundError } from '@mienskip/kit/rules';
import { eq, sql } from 'drizzle-orm';
import { type EngagementRow, engagements, referrals } from '../db/tables.ts';
import type { EngagementDraft, NewEngagement } from '../domain/engagement.ts';
import { RuleViolationError } from '../domain/errors.ts';

/**
 * Inserts an engagement. A referral starts one engagement (BR-CL13): when two starts on the same
 * referral race, the partial unique index `engagements_one_per_referral` lets one win and the other
 * is refused as the rule would have refused it.
 */
export async function insertEngagement(db: Db, engagement: NewEngagement): Promise<EngagementRow> {
  const { hoursPerWeek } = engagement;
  try {
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
  } catch (error) {
    if (engagement.referralId && isUniqueViolation(error)) {
      throw new RuleViolationError('referralId', 'The referral has already started an engagement');
    }
    throw error;
  }
}

/** What the access rules need of a referral: its issuer, client, kind and whether it started an engagement. */
export async function referralFacts(
  db: Db,
  id: string,
  clientId: string,
): Promise<NonNullable<EngagementDraft['referral']>> {
  const [row] = await db
    .select({
      clientId: referrals.clientId,
      issuedByOrganisationId: referrals.issuedByOrganisationId,
      kind: referrals.kind,
      alreadyStarted: sql<boolean>`exists (select 1 from ${engagements} where ${engagements.referralId} = ${referrals.id})`,
    })
    .from(referrals)
    .where(eq(referrals.id, id));
  if (!row) throw new NotFoundError('Referral', id);
  return {
    clientMatches: row.clientId === clientId,
    // Recorded only once locations confirmed a basis worker as the issuer (issueReferral).
    issuedByBasisWorker: row.issuedByOrganisationId !== null,
    kind: row.kind,
    alreadyStarted: row.alreadyStarted === true,
  };
}
