import type { Db, Tx } from '@mienskip/kit/db';
import { type Caller, NotFoundError } from '@mienskip/kit/rules';
import { and, eq, inArray } from 'drizzle-orm';
import { jetConsultations, jetDecisions, youthCaseChildren, youthCases } from '../../db/tables.ts';
import type { SafetyCase } from '../../domain/safety/case.ts';
import { visibleCases } from '../visibility.ts';

/**
 * The case a safety event is about, as the rules need it, or `NotFoundError` when it does not exist or
 * the caller may not see it (BR-Y10: an invisible case answers as absent). Inside a write the case
 * row is locked FOR SHARE: it cannot be closed while the event is written.
 */
export async function loadSafetyCase(tx: Tx | Db, caller: Caller, caseId: string): Promise<SafetyCase> {
  const [row] = await tx
    .select({
      id: youthCases.id,
      openedOn: youthCases.openedOn,
      closedOn: youthCases.closedOn,
      openedByOrganisationId: youthCases.openedByOrganisationId,
      processDirectorOrganisationId: youthCases.processDirectorOrganisationId,
    })
    .from(youthCases)
    .where(and(eq(youthCases.id, caseId), visibleCases(caller)))
    .for('share');
  if (!row) throw new NotFoundError('YouthCase', caseId);
  const [children, jet] = await Promise.all([
    tx
      .select({ clientId: youthCaseChildren.clientId })
      .from(youthCaseChildren)
      .where(eq(youthCaseChildren.caseId, caseId))
      .orderBy(youthCaseChildren.clientId),
    jetOrganisationsOf(tx, [caseId]),
  ]);
  const jetOrganisationIds = new Set(jet.get(caseId) ?? []);
  if (row.processDirectorOrganisationId) jetOrganisationIds.add(row.processDirectorOrganisationId);
  return {
    id: row.id,
    openedOn: row.openedOn,
    closedOn: row.closedOn,
    childIds: children.map((child) => child.clientId),
    openedByOrganisationId: row.openedByOrganisationId,
    jetOrganisationIds: [...jetOrganisationIds].sort(),
  };
}

/** The organisations that consulted or decided as the JET on each case (one statement). */
async function jetOrganisationsOf(tx: Tx | Db, caseIds: string[]): Promise<Map<string, string[]>> {
  const consulted = tx
    .selectDistinct({
      caseId: jetConsultations.caseId,
      organisationId: jetConsultations.expertOrganisationId,
    })
    .from(jetConsultations)
    .where(inArray(jetConsultations.caseId, caseIds));
  const decided = tx
    .selectDistinct({ caseId: jetDecisions.caseId, organisationId: jetDecisions.organisationId })
    .from(jetDecisions)
    .where(inArray(jetDecisions.caseId, caseIds));
  const rows = await consulted.union(decided);
  const byCase = new Map<string, string[]>();
  for (const row of rows) byCase.set(row.caseId, [...(byCase.get(row.caseId) ?? []), row.organisationId]);
  return byCase;
}
