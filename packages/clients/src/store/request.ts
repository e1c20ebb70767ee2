import type { Db } from '@mienskip/kit/db';
import { NotFoundError } from '@mienskip/kit/rules';
import { eq } from 'drizzle-orm';
import { type ReferralRow, referrals, type SupportRequestRow, supportRequests } from '../db/tables.ts';
import type { NewReferral, NewRequest } from '../domain/request.ts';

/** Who a support request is about. */
export async function requireRequest(db: Db, id: string): Promise<{ clientId: string }> {
  const [row] = await db
    .select({ clientId: supportRequests.clientId })
    .from(supportRequests)
    .where(eq(supportRequests.id, id));
  if (!row) throw new NotFoundError('SupportRequest', id);
  return row;
}

export async function insertRequest(db: Db, request: NewRequest): Promise<SupportRequestRow> {
  const [row] = await db
    .insert(supportRequests)
    .values({ id: `request-${crypto.randomUUID()}`, ...request })
    .returning();
  return row!;
}

/** A referral, with the organisation of the basis worker who issued it (looked up in locations). */
export async function insertReferral(
  db: Db,
  referral: NewReferral & { issuedByOrganisationId: string },
): Promise<ReferralRow> {
  const [row] = await db
    .insert(referrals)
    .values({ id: `referral-${crypto.randomUUID()}`, ...referral })
    .returning();
  return row!;
}
