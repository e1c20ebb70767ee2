import type { Db } from '@mienskip/kit/db';
import type { Caller } from '@mienskip/kit/rules';
import { and, asc, eq, inArray, isNull, notExists, sql } from 'drizzle-orm';
import {
  riskAssessments,
  safetyPlans,
  safetyTaskAllocations,
  veiligThuisEvents,
  youthCases,
} from '../../db/tables.ts';
import type { SafetyTaskAssignee } from '../../domain/codes.ts';
import { OUTCOMES_NEEDING_A_PLAN_DECISION } from '../../domain/safety/worklist.ts';
import { visibleCases } from '../visibility.ts';

/**
 * The JET's worklist (BR-YS14), one statement per list, on open cases the caller may see only,
 * oldest first.
 */

/** Risk assessments with concerns or unsafety on open cases that have no safety plan yet. */
export function riskAssessmentsWithoutSafetyPlan(db: Db, caller: Caller, first: number) {
  return db
    .select({ assessment: riskAssessments })
    .from(riskAssessments)
    .innerJoin(youthCases, eq(youthCases.id, riskAssessments.caseId))
    .where(
      and(
        isNull(youthCases.closedOn),
        inArray(riskAssessments.outcome, [...OUTCOMES_NEEDING_A_PLAN_DECISION]),
        notExists(
          db
            .select({ one: sql`1` })
            .from(safetyPlans)
            .where(eq(safetyPlans.riskAssessmentId, riskAssessments.id)),
        ),
        visibleCases(caller, riskAssessments.caseId),
      ),
    )
    .orderBy(asc(riskAssessments.assessedOn), asc(riskAssessments.id))
    .limit(first)
    .then((rows) => rows.map((row) => row.assessment));
}

/** Handovers from Veilig Thuis on open cases whose VEILIG_THUIS_OVERDRACHT task is not allocated (BR-YS8). */
export function pendingVeiligThuisHandovers(db: Db, caller: Caller, first: number) {
  return db
    .select({ event: veiligThuisEvents })
    .from(veiligThuisEvents)
    .innerJoin(youthCases, eq(youthCases.id, veiligThuisEvents.caseId))
    .where(
      and(
        eq(veiligThuisEvents.direction, 'OVERDRACHT'),
        isNull(youthCases.closedOn),
        notExists(
          db
            .select({ one: sql`1` })
            .from(safetyTaskAllocations)
            .where(
              and(
                eq(safetyTaskAllocations.caseId, veiligThuisEvents.caseId),
                eq(safetyTaskAllocations.task, 'VEILIG_THUIS_OVERDRACHT'),
              ),
            ),
        ),
        visibleCases(caller, veiligThuisEvents.caseId),
      ),
    )
    .orderBy(asc(veiligThuisEvents.occurredOn), asc(veiligThuisEvents.id))
    .limit(first)
    .then((rows) => rows.map((row) => row.event));
}

/** The specific safety tasks allocated to one party on open cases, by case and task. */
export function safetyTasksByAssignee(db: Db, caller: Caller, assignee: SafetyTaskAssignee, first: number) {
  return db
    .select({ allocation: safetyTaskAllocations })
    .from(safetyTaskAllocations)
    .innerJoin(youthCases, eq(youthCases.id, safetyTaskAllocations.caseId))
    .where(
      and(
        eq(safetyTaskAllocations.assignee, assignee),
        isNull(youthCases.closedOn),
        visibleCases(caller, safetyTaskAllocations.caseId),
      ),
    )
    .orderBy(
      asc(safetyTaskAllocations.agreedOn),
      asc(safetyTaskAllocations.caseId),
      asc(safetyTaskAllocations.task),
    )
    .limit(first)
    .then((rows) => rows.map((row) => row.allocation));
}
