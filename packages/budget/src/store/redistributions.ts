import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '@mienskip/kit/db';
import { updateVersioned } from '@mienskip/kit/db';
import { type RedistributionRow, redistributionRequests } from '../db/tables.ts';
import type {
  NewRedistributionRequest,
  RedistributionOutcome,
  Share,
  StoredRedistribution,
} from '../domain/redistribution.ts';

/** Shares are kept in jsonb, which has no bigint: cents as decimal strings. */
type StoredShare = { organisationId: string; amountCents: string };

const toStored = (shares: readonly Share[]): StoredShare[] =>
  shares.map((s) => ({ organisationId: s.organisationId, amountCents: String(s.amountCents) }));

/** What the rules read of a recorded request. */
export function storedRedistribution(row: RedistributionRow): StoredRedistribution {
  return {
    status: row.status,
    proposedShares: row.proposedShares.map((s) => ({
      organisationId: s.organisationId,
      amountCents: BigInt(s.amountCents),
    })),
  };
}

export async function insertRedistributionRequest(
  db: Db,
  request: NewRedistributionRequest,
): Promise<RedistributionRow> {
  const [row] = await db
    .insert(redistributionRequests)
    .values({
      id: `redistribution-${randomUUID()}`,
      ...request,
      proposedShares: toStored(request.proposedShares),
    })
    .returning();
  return row!;
}

/** Records the decision on a locked request and raises its version. */
export function recordRedistributionDecision(
  tx: Tx,
  id: string,
  outcome: RedistributionOutcome,
): Promise<RedistributionRow> {
  return updateVersioned(tx, redistributionRequests, id, {
    status: outcome.status,
    decidedShares: outcome.decidedShares && toStored(outcome.decidedShares),
    decisionNote: outcome.note,
    decidedAt: new Date(),
  });
}
