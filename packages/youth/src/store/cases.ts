import { type Db, lockVersioned, type Tx, updateVersioned } from '@mienskip/kit/db';
import { type Caller, NotFoundError } from '@mienskip/kit/rules';
import { and, eq, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import {
  combinedRegieAgreements,
  jetConsultations,
  jetDecisions,
  lightParentingSupport,
  type YouthCaseRow,
  youthCaseChildren,
  youthCases,
  youthReferrals,
} from '../db/tables.ts';
import type { NewCase } from '../domain/cases.ts';
import type { YouthRoute } from '../domain/codes.ts';
import type { NewCombinedRegie } from '../domain/combined-regie.ts';
import type { CaseState } from '../domain/facts.ts';
import type { NewConsultation, NewDecision } from '../domain/jet.ts';
import type { NewLightSupport } from '../domain/light-support.ts';
import type { NewReferral } from '../domain/referrals.ts';
import { visibleCases } from './visibility.ts';

const newId = (prefix: string) => `${prefix}-${crypto.randomUUID()}`;

/** The case as the rules see it. */
export function caseState(row: YouthCaseRow): CaseState {
  return {
    id: row.id,
    householdId: row.householdId,
    route: row.route,
    openedOn: row.openedOn,
    closedOn: row.closedOn,
    processDirectorId: row.processDirectorId,
  };
}

/** The case, if this key may see it; otherwise the same `NotFoundError` as for a missing one (BR-Y10). */
export async function requireVisibleCase(db: Db | Tx, caller: Caller, caseId: string): Promise<YouthCaseRow> {
  const [row] = await db
    .select()
    .from(youthCases)
    .where(and(eq(youthCases.id, caseId), visibleCases(caller)));
  if (!row) throw new NotFoundError('YouthCase', caseId);
  return row;
}

/**
 * Locks a case the key may see (changes to one case run one after the other) and refuses a stale
 * version; a case the key may not see answers as absent (BR-Y10), so that writing never reveals it.
 */
export async function lockCase(
  tx: Tx,
  caller: Caller,
  caseId: string,
  version?: number | null,
): Promise<YouthCaseRow> {
  await requireVisibleCase(tx, caller, caseId);
  return lockVersioned(tx, youthCases, 'YouthCase', caseId, version);
}

/** Raises the case's version after a change to it or its events, with the given changes. */
export function bumpCase(tx: Tx, caseId: string, changes: Partial<typeof youthCases.$inferInsert> = {}) {
  return updateVersioned(tx, youthCases, caseId, { ...changes, updatedAt: new Date() });
}

export async function insertCase(tx: Tx, opened: NewCase): Promise<YouthCaseRow> {
  const { childIds, ...row } = opened;
  const [inserted] = await tx
    .insert(youthCases)
    .values({ id: newId('youth-case'), ...row })
    .returning();
  await tx.insert(youthCaseChildren).values(childIds.map((clientId) => ({ caseId: inserted!.id, clientId })));
  return inserted!;
}

export async function insertConsultation(tx: Tx, caseId: string, consultation: NewConsultation) {
  const [row] = await tx
    .insert(jetConsultations)
    .values({ id: newId('jet-consultation'), caseId, ...consultation })
    .returning();
  return row!;
}

export async function consultationsOf(tx: Tx, caseId: string) {
  return tx
    .select({ id: jetConsultations.id, consultedOn: jetConsultations.consultedOn })
    .from(jetConsultations)
    .where(eq(jetConsultations.caseId, caseId));
}

/** Writes a decision and what it does to the case (route, procesregisseur, combined regie). */
export async function insertDecision(tx: Tx, caseId: string, decided: NewDecision) {
  const [row] = await tx
    .insert(jetDecisions)
    .values({ id: newId('jet-decision'), caseId, ...decided.decision })
    .returning();
  if (decided.endsCombinedRegie) await endCombinedRegie(tx, caseId, decided.decision.decidedOn);
  await bumpCase(tx, caseId, decided.caseChanges);
  return row!;
}

export async function insertReferral(tx: Tx, caseId: string, referral: NewReferral) {
  const [row] = await tx
    .insert(youthReferrals)
    .values({ id: newId('youth-referral'), caseId, ...referral })
    .returning();
  return row!;
}

/** The agreement in force on a case, if any. */
export async function combinedRegieInForce(db: Db | Tx, caseId: string) {
  const [row] = await db
    .select()
    .from(combinedRegieAgreements)
    .where(and(eq(combinedRegieAgreements.caseId, caseId), isNull(combinedRegieAgreements.endedOn)));
  return row ?? null;
}

async function endCombinedRegie(tx: Tx, caseId: string, endedOn: string) {
  await tx
    .update(combinedRegieAgreements)
    .set({ endedOn, version: sql`${combinedRegieAgreements.version} + 1` })
    .where(and(eq(combinedRegieAgreements.caseId, caseId), isNull(combinedRegieAgreements.endedOn)));
}

/** Writes an agreement, ending the one in force first (one in force per case). */
export async function insertCombinedRegie(tx: Tx, caseId: string, agreed: NewCombinedRegie) {
  const { ends, ...agreement } = agreed;
  if (ends) await endCombinedRegie(tx, caseId, agreement.agreedOn);
  const [row] = await tx
    .insert(combinedRegieAgreements)
    .values({ id: newId('combined-regie'), caseId, ...agreement })
    .returning();
  return row!;
}

export async function insertLightSupport(tx: Tx, caseId: string, support: NewLightSupport) {
  const [row] = await tx
    .insert(lightParentingSupport)
    .values({ id: newId('light-support'), caseId, ...support })
    .returning();
  return row!;
}

/** The start days of what still runs on a case: referrals, light support, the agreement in force. */
export async function runningStarts(tx: Tx, caseId: string): Promise<string[]> {
  // One after the other: a transaction runs one statement at a time.
  const referrals = await tx
    .select({ on: youthReferrals.referredOn })
    .from(youthReferrals)
    .where(and(eq(youthReferrals.caseId, caseId), isNull(youthReferrals.endedOn)));
  const supports = await tx
    .select({ on: lightParentingSupport.startedOn })
    .from(lightParentingSupport)
    .where(and(eq(lightParentingSupport.caseId, caseId), isNull(lightParentingSupport.endedOn)));
  const agreement = await combinedRegieInForce(tx, caseId);
  return [
    ...referrals.map((r) => r.on),
    ...supports.map((s) => s.on),
    ...(agreement ? [agreement.agreedOn] : []),
  ];
}

/** Closes a case: what still runs on it ends that day. */
export async function closeCaseRow(
  tx: Tx,
  caseId: string,
  closing: { closedOn: string; reason: YouthCaseRow['closeReason'] & string },
) {
  const endedOn = closing.closedOn;
  await tx
    .update(youthReferrals)
    .set({ endedOn })
    .where(and(eq(youthReferrals.caseId, caseId), isNull(youthReferrals.endedOn)));
  await tx
    .update(lightParentingSupport)
    .set({ endedOn, version: sql`${lightParentingSupport.version} + 1` })
    .where(and(eq(lightParentingSupport.caseId, caseId), isNull(lightParentingSupport.endedOn)));
  await endCombinedRegie(tx, caseId, endedOn);
  return bumpCase(tx, caseId, { closedOn: closing.closedOn, closeReason: closing.reason });
}

export interface CaseFilter {
  route?: YouthRoute | null;
  householdId?: string | null;
  processDirectorId?: string | null;
  open?: boolean | null;
}

/** The conditions of a list of cases: what the key may see, narrowed by the filter. */
export function caseConditions(caller: Caller, filter: CaseFilter): (SQL | undefined)[] {
  return [
    visibleCases(caller),
    filter.route ? eq(youthCases.route, filter.route) : undefined,
    filter.householdId ? eq(youthCases.householdId, filter.householdId) : undefined,
    filter.processDirectorId ? eq(youthCases.processDirectorId, filter.processDirectorId) : undefined,
    filter.open == null
      ? undefined
      : filter.open
        ? isNull(youthCases.closedOn)
        : isNotNull(youthCases.closedOn),
  ];
}

/** The children of a case (clients' `Client` ids). */
export async function childIdsOf(tx: Db | Tx, caseId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: youthCaseChildren.clientId })
    .from(youthCaseChildren)
    .where(eq(youthCaseChildren.caseId, caseId));
  return rows.map((row) => row.id);
}

/** A referral on a case the key may see (locked when asked), or answers as absent. */
export async function lockReferral(tx: Tx, caller: Caller, referralId: string, lock: boolean) {
  const query = tx
    .select()
    .from(youthReferrals)
    .where(and(eq(youthReferrals.id, referralId), visibleCases(caller, youthReferrals.caseId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new NotFoundError('YouthReferral', referralId);
  return row;
}

export async function endReferralRow(tx: Tx, referralId: string, endedOn: string) {
  const [row] = await tx
    .update(youthReferrals)
    .set({ endedOn })
    .where(eq(youthReferrals.id, referralId))
    .returning();
  return row!;
}

/** The case of light support the key may see, or answers as absent. */
export async function caseOfLightSupport(tx: Tx, caller: Caller, supportId: string): Promise<string> {
  const [visible] = await tx
    .select({ caseId: lightParentingSupport.caseId })
    .from(lightParentingSupport)
    .where(and(eq(lightParentingSupport.id, supportId), visibleCases(caller, lightParentingSupport.caseId)));
  if (!visible) throw new NotFoundError('LightParentingSupport', supportId);
  return visible.caseId;
}

/** Locks light support (its case locked first), refusing a stale version. */
export function lockLightSupport(tx: Tx, supportId: string, version?: number | null) {
  return lockVersioned(tx, lightParentingSupport, 'LightParentingSupport', supportId, version);
}

export function endLightSupportRow(tx: Tx, supportId: string, endedOn: string) {
  return updateVersioned(tx, lightParentingSupport, supportId, { endedOn });
}
