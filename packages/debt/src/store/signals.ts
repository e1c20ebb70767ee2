import { randomUUID } from 'node:crypto';
import { type Db, lockVersioned, type Tx, updateVersioned } from '@mienskip/kit/db';
import { type Caller, NotFoundError } from '@mienskip/kit/rules';
import { and, asc, count, desc, eq, isNotNull, isNull, max, type SQL, sql } from 'drizzle-orm';
import { type DebtSignalRow, debtCases, debtSignals, outreachAttempts } from '../db/tables.ts';
import type { DebtSignalKind, SignalStatus } from '../domain/codes.ts';
import type {
  AttemptChange,
  NewSignal,
  OutreachSoFar,
  SignalClosing,
  SignalState,
} from '../domain/signals.ts';
import { debtVisibility } from '../domain/visibility.ts';
import { visibleSignals } from './visibility.ts';

/** A new row's id: a readable prefix and a random UUID. */
export const newId = (prefix: string) => `${prefix}-${randomUUID()}`;

/** Whether the caller may see (and so change) a signal: its own organisation's, or any for the municipality. */
export function maySeeSignal(caller: Caller, row: Pick<DebtSignalRow, 'organisationId'>): boolean {
  const visibility = debtVisibility(caller);
  return visibility.kind === 'ALL' || visibility.organisationId === row.organisationId;
}

export function signalState(row: DebtSignalRow): SignalState {
  return {
    id: row.id,
    clientId: row.clientId,
    receivedOn: row.receivedOn,
    status: row.status,
    pickedUpOn: row.pickedUpOn,
    outcome: row.outcome,
    closedOn: row.closedOn,
  };
}

export async function insertSignal(tx: Tx, signal: NewSignal): Promise<DebtSignalRow> {
  const [row] = await tx
    .insert(debtSignals)
    .values({ id: newId('debt-signal'), ...signal })
    .returning();
  return row!;
}

/**
 * Locks a signal the caller may see (FOR UPDATE), refusing a stale version (`expectedVersion` null: a
 * lock only); one it may not see answers `NotFoundError`, like a missing one.
 */
export function lockSignal(
  tx: Tx,
  caller: Caller,
  signalId: string,
  expectedVersion: number | null,
): Promise<DebtSignalRow> {
  return lockVersioned(tx, debtSignals, 'DebtSignal', signalId, expectedVersion, (row) =>
    maySeeSignal(caller, row),
  );
}

/** The outreach so far on a signal: how many attempts, whether any reached, the last day. */
export async function outreachOf(tx: Tx, signalId: string): Promise<OutreachSoFar> {
  const [row] = await tx
    .select({
      attempts: count(),
      reached: sql<boolean>`coalesce(bool_or(${outreachAttempts.reached}), false)`,
      lastAttemptOn: max(outreachAttempts.attemptedOn),
    })
    .from(outreachAttempts)
    .where(eq(outreachAttempts.signalId, signalId));
  return { attempts: row!.attempts, reached: row!.reached, lastAttemptOn: row!.lastAttemptOn ?? null };
}

/** Writes an attempt and what it changes on its signal (status, day picked up; the version raised). */
export async function insertAttempt(tx: Tx, signalId: string, change: AttemptChange) {
  const [attempt] = await tx
    .insert(outreachAttempts)
    .values({ id: newId('outreach-attempt'), signalId, ...change.attempt })
    .returning();
  if (change.signal) await updateVersioned(tx, debtSignals, signalId, change.signal);
  return attempt!;
}

export function closeSignalRow(tx: Tx, signalId: string, closing: SignalClosing): Promise<DebtSignalRow> {
  return updateVersioned(tx, debtSignals, signalId, closing);
}

/**
 * For a debt case opened from a signal (BR-DB30, F1's openDebtCase): the signal the caller may see,
 * locked FOR UPDATE so that two openings from one signal run one after the other, and the case that
 * already names it, if any. Feed both to `signalCaseRefusal`.
 */
export async function signalForCase(
  tx: Tx,
  caller: Caller,
  signalId: string,
): Promise<{ signal: SignalState; linkedCaseId: string | null }> {
  const row = await lockSignal(tx, caller, signalId, null);
  const [linked] = await tx
    .select({ id: debtCases.id })
    .from(debtCases)
    .where(eq(debtCases.signalId, signalId))
    .limit(1);
  return { signal: signalState(row), linkedCaseId: linked?.id ?? null };
}

export interface SignalFilter {
  kind?: DebtSignalKind | null;
  status?: SignalStatus | null;
  open?: boolean | null;
  clientId?: string | null;
}

/** The conditions of a list of signals: row scoping first (BR-DB26), then the filters. */
export function signalConditions(caller: Caller, filter: SignalFilter): (SQL | undefined)[] {
  return [
    visibleSignals(caller),
    filter.kind ? eq(debtSignals.kind, filter.kind) : undefined,
    filter.status ? eq(debtSignals.status, filter.status) : undefined,
    filter.open == null
      ? undefined
      : filter.open
        ? isNull(debtSignals.outcome)
        : isNotNull(debtSignals.outcome),
    filter.clientId ? eq(debtSignals.clientId, filter.clientId) : undefined,
  ];
}

/** A page of signals, newest received first. */
export function signalPage(db: Db | Tx, where: SQL | undefined, offset: number, limit: number) {
  return db
    .select()
    .from(debtSignals)
    .where(where)
    .orderBy(desc(debtSignals.receivedOn), asc(debtSignals.id))
    .limit(limit)
    .offset(offset);
}

export async function countSignals(db: Db | Tx, where: SQL | undefined): Promise<number> {
  const [row] = await db.select({ n: count() }).from(debtSignals).where(where);
  return row!.n;
}

/** Throws `NotFoundError` unless the signal exists and the caller may see it. */
export async function visibleSignal(tx: Tx, caller: Caller, signalId: string): Promise<DebtSignalRow> {
  const [row] = await tx
    .select()
    .from(debtSignals)
    .where(and(eq(debtSignals.id, signalId), visibleSignals(caller)));
  if (!row) throw new NotFoundError('DebtSignal', signalId);
  return row;
}
