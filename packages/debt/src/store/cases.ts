import { type Db, lockVersioned, type Tx, updateVersioned } from '@mienskip/kit/db';
import { type Caller, NotFoundError } from '@mienskip/kit/rules';
import { and, asc, eq, inArray, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import {
  type DebtCaseRow,
  debtCaseClients,
  debtCases,
  debtCaseVolunteers,
  debtReferrals,
  guardianshipAdvices,
} from '../db/tables.ts';
import type { DebtCaseState, NewDebtCase } from '../domain/cases.ts';
import type { DebtPhase } from '../domain/codes.ts';
import type { NewDebtReferral } from '../domain/referrals.ts';
import { visibleCases } from './visibility.ts';

const newId = (prefix: string) => `${prefix}-${crypto.randomUUID()}`;

/** The case as the rules see it. */
export function caseState(row: DebtCaseRow): DebtCaseState {
  return {
    id: row.id,
    openedByOrganisationId: row.openedByOrganisationId,
    severity: row.severity,
    complexity: row.complexity,
    registeredOn: row.registeredOn,
    intakeOn: row.intakeOn,
    stabilisationOn: row.stabilisationOn,
    solutionOn: row.solutionOn,
    solutionKind: row.solutionKind,
    aftercareOn: row.aftercareOn,
    aftercareOutcome: row.aftercareOutcome,
    outflowOn: row.outflowOn,
    outflowReason: row.outflowReason,
  };
}

/**
 * The phase of a case in SQL, as `phaseOf` derives it from the dates; with `on` (a day, or a date
 * column such as a statistics period's last day), the phase it was in at the end of that day (a phase
 * whose day comes later does not count yet).
 */
export function phaseSql(on?: string | SQL): SQL {
  const day = typeof on === 'string' ? sql`${on}::date` : on;
  const reached = (column: typeof debtCases.intakeOn) =>
    day ? sql`${column} <= ${day}` : sql`${column} is not null`;
  return sql`(case
    when ${reached(debtCases.outflowOn)} then 'OUTFLOW'
    when ${reached(debtCases.aftercareOn)} then 'AFTERCARE'
    when ${reached(debtCases.solutionOn)} then 'SOLUTION'
    when ${reached(debtCases.stabilisationOn)} then 'STABILISATION'
    when ${reached(debtCases.intakeOn)} then 'INTAKE'
    else 'REGISTRATION' end)`;
}

/** The case, if this key may see it; otherwise the same `NotFoundError` as for a missing one (BR-DB9). */
export async function requireVisibleCase(db: Db | Tx, caller: Caller, caseId: string): Promise<DebtCaseRow> {
  const [row] = await db
    .select()
    .from(debtCases)
    .where(and(eq(debtCases.id, caseId), visibleCases(caller)));
  if (!row) throw new NotFoundError('DebtCase', caseId);
  return row;
}

/**
 * Locks a case the key may see (changes to one case run one after the other) and refuses a stale
 * version; a case the key may not see answers as absent (BR-DB9), so that writing never reveals it.
 */
export async function lockCase(
  tx: Tx,
  caller: Caller,
  caseId: string,
  version?: number | null,
): Promise<DebtCaseRow> {
  await requireVisibleCase(tx, caller, caseId);
  return lockVersioned(tx, debtCases, 'DebtCase', caseId, version);
}

/** Raises the case's version after a change to it or its events, with the given changes. */
export function bumpCase(tx: Tx, caseId: string, changes: Partial<typeof debtCases.$inferInsert> = {}) {
  return updateVersioned(tx, debtCases, caseId, { ...changes, updatedAt: new Date() });
}

/** The open case of any of these clients (BR-DB1), the first found, or null. */
export async function openCaseOf(
  db: Db | Tx,
  clientIds: readonly string[],
): Promise<{ clientId: string; caseId: string } | null> {
  const [row] = await db
    .select({ clientId: debtCaseClients.clientId, caseId: debtCaseClients.caseId })
    .from(debtCaseClients)
    .where(and(inArray(debtCaseClients.clientId, [...clientIds]), eq(debtCaseClients.open, true)))
    .orderBy(asc(debtCaseClients.clientId))
    .limit(1);
  return row ?? null;
}

/** Writes a new case and its clients; the partial unique index refuses a second open case of a client. */
export async function insertCase(tx: Tx, opened: NewDebtCase): Promise<DebtCaseRow> {
  const { clientIds, ...row } = opened;
  const [inserted] = await tx
    .insert(debtCases)
    .values({ id: newId('debt-case'), ...row })
    .returning();
  await tx
    .insert(debtCaseClients)
    .values(clientIds.map((clientId) => ({ caseId: inserted!.id, clientId, open: true })));
  return inserted!;
}

/** The clients of a case (clients' `Client` ids), sorted. */
export async function clientIdsOf(db: Db | Tx, caseId: string): Promise<string[]> {
  const rows = await db
    .select({ id: debtCaseClients.clientId })
    .from(debtCaseClients)
    .where(eq(debtCaseClients.caseId, caseId))
    .orderBy(asc(debtCaseClients.clientId));
  return rows.map((row) => row.id);
}

/** The referrals on a case that still run. */
export async function runningReferralIds(tx: Db | Tx, caseId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: debtReferrals.id })
    .from(debtReferrals)
    .where(and(eq(debtReferrals.caseId, caseId), isNull(debtReferrals.endedOn)))
    .orderBy(asc(debtReferrals.id));
  return rows.map((row) => row.id);
}

/** Outflow: the case's day and reason, and its clients free for a new case (same transaction). */
export async function closeCaseRow(
  tx: Tx,
  caseId: string,
  outflow: { outflowOn: string; outflowReason: NonNullable<DebtCaseRow['outflowReason']> },
) {
  await tx.update(debtCaseClients).set({ open: false }).where(eq(debtCaseClients.caseId, caseId));
  return bumpCase(tx, caseId, outflow);
}

export async function insertReferral(tx: Tx, caseId: string, referral: NewDebtReferral) {
  const [row] = await tx
    .insert(debtReferrals)
    .values({ id: newId('debt-referral'), caseId, ...referral })
    .returning();
  return row!;
}

/** A referral on a case the key may see, locked, refusing a stale version; or answers as absent. */
export async function lockReferral(tx: Tx, caller: Caller, referralId: string, version?: number | null) {
  const [visible] = await tx
    .select({ id: debtReferrals.id })
    .from(debtReferrals)
    .where(and(eq(debtReferrals.id, referralId), visibleCases(caller, debtReferrals.caseId)));
  if (!visible) throw new NotFoundError('DebtReferral', referralId);
  return lockVersioned(tx, debtReferrals, 'DebtReferral', referralId, version);
}

export function updateReferral(
  tx: Tx,
  referralId: string,
  changes: Partial<typeof debtReferrals.$inferInsert>,
) {
  return updateVersioned(tx, debtReferrals, referralId, changes);
}

export async function insertGuardianshipAdvice(
  tx: Tx,
  caseId: string,
  advice: Pick<typeof guardianshipAdvices.$inferInsert, 'advisedOn' | 'advice'>,
) {
  const [row] = await tx
    .insert(guardianshipAdvices)
    .values({ id: newId('guardianship-advice'), caseId, ...advice })
    .returning();
  return row!;
}

export async function insertVolunteer(
  tx: Tx,
  caseId: string,
  volunteer: Pick<typeof debtCaseVolunteers.$inferInsert, 'workerId' | 'task' | 'startedOn'>,
) {
  const [row] = await tx
    .insert(debtCaseVolunteers)
    .values({ id: newId('debt-volunteer'), caseId, ...volunteer })
    .returning();
  return row!;
}

export interface CaseFilter {
  phase?: DebtPhase | null;
  areaId?: string | null;
  open?: boolean | null;
}

/** The conditions of a list of cases: what the key may see, narrowed by the filter. */
export function caseConditions(caller: Caller, filter: CaseFilter): (SQL | undefined)[] {
  return [
    visibleCases(caller),
    filter.phase ? sql`${phaseSql()} = ${filter.phase}` : undefined,
    filter.areaId ? eq(debtCases.areaId, filter.areaId) : undefined,
    filter.open == null
      ? undefined
      : filter.open
        ? isNull(debtCases.outflowOn)
        : isNotNull(debtCases.outflowOn),
  ];
}
