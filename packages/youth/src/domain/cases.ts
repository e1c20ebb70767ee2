import type { Caller } from '@mienskip/kit/rules';
import { NotFoundError, ValidationError } from '@mienskip/kit/rules';
import type { YouthCloseReason, YouthRoute } from './codes.ts';
import { dayRefusal } from './dates.ts';
import {
  ChildNotInHouseholdError,
  JetDecisionRequiredError,
  NotCaseOpenerError,
  YouthCaseClosedError,
} from './errors.ts';
import {
  BASIS_LOT,
  type CaseState,
  type HouseholdFacts,
  type OrganisationFacts,
  YOUNG_PERSON_ROLE,
} from './facts.ts';

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

/**
 * BR-Y16: who opens youth cases. Questions about raising children come in at the basis (Uitvoeringsplan
 * §4.4); clarifying them is the jeugdteam's (R-004-12); the municipality sees and does everything. So
 * the municipality and its teams (the JET) open cases, and otherwise only the organisation budget names
 * main provider of the basisondersteuning now. Without this rule any key could open a case for any
 * household and so make that household and its children visible to itself. `organisation` is budget's
 * answer for the caller's own organisation (needed only for a key that is neither).
 */
export function openerRefusal(
  caller: Pick<Caller, 'organisationId' | 'organisationKind'>,
  organisation: OrganisationFacts | null,
): NotCaseOpenerError | null {
  if (caller.organisationKind === 'MUNICIPALITY' || caller.organisationKind === 'MUNICIPAL_TEAM') return null;
  return organisation?.mainLots?.includes(BASIS_LOT) ? null : new NotCaseOpenerError(caller.organisationId);
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
