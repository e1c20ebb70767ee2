import { randomUUID } from 'node:crypto';
import type { Tx } from '@mienskip/kit/db';
import { type Caller, NotFoundError } from '@mienskip/kit/rules';
import { and, eq } from 'drizzle-orm';
import {
  caseConferences,
  giCooperations,
  investigationRequests,
  meldcodeWeighings,
  riskAssessments,
  safetyPlans,
  safetySignals,
  veiligThuisEvents,
  verwijsindexMatches,
  verwijsindexRegistrations,
} from '../../db/tables.ts';
import type { NewRiskAssessment } from '../../domain/safety/assessment.ts';
import type { NewCaseConference } from '../../domain/safety/conference.ts';
import type { NewGiCooperation } from '../../domain/safety/gi.ts';
import type { NewInvestigationRequest } from '../../domain/safety/investigation.ts';
import type { NewMeldcodeWeighing, NewVeiligThuisReport } from '../../domain/safety/meldcode.ts';
import type { NewSafetyPlan } from '../../domain/safety/plan.ts';
import type { NewSafetySignal } from '../../domain/safety/signal.ts';
import type { NewVeiligThuisHandover } from '../../domain/safety/veilig-thuis.ts';
import type { NewVerwijsindexMatch, NewVerwijsindexRegistration } from '../../domain/safety/verwijsindex.ts';
import { visibleCases } from '../visibility.ts';

/** A new row's id: a readable prefix and a random UUID. */
export const newId = (prefix: string) => `${prefix}-${randomUUID()}`;

export async function insertSignal(tx: Tx, signal: NewSafetySignal) {
  const [row] = await tx
    .insert(safetySignals)
    .values({ id: newId('safety-signal'), ...signal })
    .returning();
  return row!;
}

export async function insertRiskAssessment(tx: Tx, assessment: NewRiskAssessment) {
  const [row] = await tx
    .insert(riskAssessments)
    .values({ id: newId('risk-assessment'), ...assessment })
    .returning();
  return row!;
}

export async function insertSafetyPlan(tx: Tx, plan: NewSafetyPlan) {
  const [row] = await tx
    .insert(safetyPlans)
    .values({ id: newId('safety-plan'), ...plan })
    .returning();
  return row!;
}

export async function insertMeldcodeWeighing(tx: Tx, weighing: NewMeldcodeWeighing) {
  const [row] = await tx
    .insert(meldcodeWeighings)
    .values({ id: newId('meldcode-weighing'), ...weighing })
    .returning();
  return row!;
}

export async function insertVeiligThuisEvent(tx: Tx, event: NewVeiligThuisReport | NewVeiligThuisHandover) {
  const [row] = await tx
    .insert(veiligThuisEvents)
    .values({ id: newId('veilig-thuis'), ...event })
    .returning();
  return row!;
}

export async function insertRegistration(tx: Tx, registration: NewVerwijsindexRegistration) {
  const [row] = await tx
    .insert(verwijsindexRegistrations)
    .values({ id: newId('verwijsindex'), ...registration })
    .returning();
  return row!;
}

export async function insertMatch(tx: Tx, match: NewVerwijsindexMatch) {
  const [row] = await tx
    .insert(verwijsindexMatches)
    .values({ id: newId('verwijsindex-match'), ...match })
    .returning();
  return row!;
}

export async function insertConference(tx: Tx, conference: NewCaseConference) {
  const [row] = await tx
    .insert(caseConferences)
    .values({ id: newId('case-conference'), ...conference })
    .returning();
  return row!;
}

export async function insertCooperation(tx: Tx, cooperation: NewGiCooperation) {
  const [row] = await tx
    .insert(giCooperations)
    .values({ id: newId('gi-cooperation'), ...cooperation })
    .returning();
  return row!;
}

export async function insertInvestigationRequest(tx: Tx, request: NewInvestigationRequest) {
  const [row] = await tx
    .insert(investigationRequests)
    .values({ id: newId('investigation-request'), ...request })
    .returning();
  return row!;
}

/** The case's risk assessment (BR-YS3, BR-YS6): another case's answers as absent. */
export async function assessmentOnCase(tx: Tx, caseId: string, id: string) {
  const [row] = await tx
    .select()
    .from(riskAssessments)
    .where(and(eq(riskAssessments.id, id), eq(riskAssessments.caseId, caseId)));
  if (!row) throw new NotFoundError('RiskAssessment', id);
  return row;
}

/** The case's meldcode weighing (BR-YS7): another case's answers as absent. */
export async function weighingOnCase(tx: Tx, caseId: string, id: string) {
  const [row] = await tx
    .select()
    .from(meldcodeWeighings)
    .where(and(eq(meldcodeWeighings.id, id), eq(meldcodeWeighings.caseId, caseId)));
  if (!row) throw new NotFoundError('MeldcodeWeighing', id);
  return row;
}

/**
 * The case a registration, a match or a cooperation belongs to, when the caller may see it
 * (otherwise `NotFoundError` under `entity`): their mutations are named by the row, not the case.
 */
export async function caseOfRegistration(tx: Tx, caller: Caller, registrationId: string) {
  const [row] = await tx
    .select()
    .from(verwijsindexRegistrations)
    .where(
      and(
        eq(verwijsindexRegistrations.id, registrationId),
        visibleCases(caller, verwijsindexRegistrations.caseId),
      ),
    );
  if (!row) throw new NotFoundError('VerwijsindexRegistration', registrationId);
  return row;
}

/** A match with its registration, when the caller may see the case; the match row locked FOR UPDATE. */
export async function lockMatch(tx: Tx, caller: Caller, matchId: string) {
  const [row] = await tx
    .select({ match: verwijsindexMatches, registration: verwijsindexRegistrations })
    .from(verwijsindexMatches)
    .innerJoin(
      verwijsindexRegistrations,
      eq(verwijsindexRegistrations.id, verwijsindexMatches.registrationId),
    )
    .where(and(eq(verwijsindexMatches.id, matchId), visibleCases(caller, verwijsindexRegistrations.caseId)))
    .for('update');
  if (!row) throw new NotFoundError('VerwijsindexMatch', matchId);
  return row;
}

/** A GI cooperation, when the caller may see its case; locked FOR UPDATE. */
export async function lockCooperation(tx: Tx, caller: Caller, cooperationId: string) {
  const [row] = await tx
    .select()
    .from(giCooperations)
    .where(and(eq(giCooperations.id, cooperationId), visibleCases(caller, giCooperations.caseId)))
    .for('update');
  if (!row) throw new NotFoundError('GiCooperation', cooperationId);
  return row;
}
