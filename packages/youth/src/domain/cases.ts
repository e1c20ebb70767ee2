import { NotFoundError, ValidationError } from '@mienskip/kit/rules';
import type { YouthCloseReason, YouthRoute } from './codes.ts';
import { dayRefusal } from './dates.ts';
import { ChildNotInHouseholdError, JetDecisionRequiredError, YouthCaseClosedError } from './errors.ts';
import { type CaseState, type HouseholdFacts, YOUNG_PERSON_ROLE } from './facts.ts';

export interface OpenCaseInput {
  householdId: string;
  childIds: readonly string[];
  route: YouthRoute;
  openedOn: string;
}

/** What opening a case writes. */
export interface NewCase {
  householdId: string;
  areaId: string;
  childIds: string[];
  route: 'SOCIALE_BASIS' | 'BASIS';
  openedOn: string;
  openedByOrganisationId: string;
}

/**
 * Opening a youth case (jeugdcasus, E34).
 *
 * - BR-Y1: one household and one or more of its children: every child named once, each a young person
 *   (YOUNG_PERSON) of that household as clients knows it now.
 * - BR-Y2: a case opens in the sociale basis or the basis; the Jeugdwet route follows only from a JET
 *   decision (`JetDecisionRequiredError`).
 * - The household's area is kept for statistics per area; the caller's organisation is the opener.
 */
export function openCase(
  input: OpenCaseInput,
  household: HouseholdFacts | null,
  openerOrganisationId: string,
  today: string,
): NewCase | NotFoundError | ValidationError | JetDecisionRequiredError {
  if (input.route === 'JEUGDWET') return new JetDecisionRequiredError();
  if (!household) return new NotFoundError('Household', input.householdId);
  if (input.childIds.length === 0) return new ValidationError('childIds', 'Name at least one child');
  if (new Set(input.childIds).size !== input.childIds.length)
    return new ValidationError('childIds', 'Name each child once');
  for (const childId of input.childIds) {
    const member = household.members.find((m) => m.clientId === childId);
    if (!member || member.role !== YOUNG_PERSON_ROLE)
      return new ChildNotInHouseholdError(childId, household.id);
  }
  const day = dayRefusal('openedOn', input.openedOn, null, today);
  if (day) return day;
  if (!household.areaId) return new ValidationError('householdId', 'Clients gives the household no area');
  return {
    householdId: household.id,
    areaId: household.areaId,
    childIds: [...input.childIds],
    route: input.route,
    openedOn: input.openedOn,
    openedByOrganisationId: openerOrganisationId,
  };
}

/** BR-Y13: a closed case changes no more. Null when the case is open. */
export function closedRefusal(youthCase: Pick<CaseState, 'id' | 'closedOn'>): YouthCaseClosedError | null {
  return youthCase.closedOn === null ? null : new YouthCaseClosedError(youthCase.id, youthCase.closedOn);
}

export interface CloseCaseInput {
  closedOn: string;
  reason: YouthCloseReason;
}

/** What is still running on a case when it is closed: referrals, light support, a combined-regie agreement. */
export interface RunningOnCase {
  /** The start days of what is still running. */
  startedOn: readonly string[];
}

/**
 * Closing a case (BR-Y13), with a reason of CBS Beleidsinformatie Jeugd (reden beëindiging). It
 * closes once, on or after the day it opened and on or after the start of anything still running on
 * it (which ends that day with it), and never in the future.
 */
export function closeCase(
  youthCase: CaseState,
  input: CloseCaseInput,
  running: RunningOnCase,
  today: string,
): CloseCaseInput | YouthCaseClosedError | ValidationError {
  const closed = closedRefusal(youthCase);
  if (closed) return closed;
  const latestStart = [youthCase.openedOn, ...running.startedOn].sort().at(-1)!;
  const day = dayRefusal(
    'closedOn',
    input.closedOn,
    {
      day: latestStart,
      what:
        latestStart === youthCase.openedOn ? 'the day the case opened' : 'support still running on the case',
    },
    today,
  );
  return day ?? input;
}
