import { type Caller, NotFoundError, ValidationError } from '@mienskip/kit/rules';
import { closedRefusal } from './cases.ts';
import type { YouthRoute } from './codes.ts';
import { dayRefusal, textRefusal } from './dates.ts';
import {
  NotJetError,
  NotJetMemberError,
  NotJeugdwetCaseError,
  ProcessDirectorRequiredError,
  type YouthCaseClosedError,
} from './errors.ts';
import { type CaseState, JET_MEMBER_ROLE, type WorkerFacts } from './facts.ts';

/** The longest advice or support text. */
export const MAX_TEXT = 4000;

/** A JET member with an organisation (the JET), or why the worker is none. */
function jetMember(
  field: string,
  workerId: string,
  worker: WorkerFacts | null,
): (WorkerFacts & { organisationId: string }) | NotFoundError | NotJetMemberError {
  if (!worker) return new NotFoundError('Worker', workerId);
  if (worker.role !== JET_MEMBER_ROLE || !worker.organisationId)
    return new NotJetMemberError(field, workerId);
  return worker as WorkerFacts & { organisationId: string };
}

export interface ConsultationInput {
  consultedOn: string;
  expertId: string;
  advice: string;
}

export interface NewConsultation {
  consultedOn: string;
  expertId: string;
  expertOrganisationId: string;
  advice: string;
}

/**
 * BR-Y3: the JET's outreach youth expert is consulted early (Uitvoeringsplan §4.4): the expert is a
 * JET member, whose organisation (the JET) is kept with the consultation and from then on sees the
 * case. No decision or route is needed first; the case is open; the day lies in the case.
 */
export function recordConsultation(
  youthCase: CaseState,
  input: ConsultationInput,
  expert: WorkerFacts | null,
  today: string,
): NewConsultation | NotFoundError | ValidationError | YouthCaseClosedError {
  const closed = closedRefusal(youthCase);
  if (closed) return closed;
  const member = jetMember('expertId', input.expertId, expert);
  if (member instanceof Error) return member;
  const refusal =
    dayRefusal(
      'consultedOn',
      input.consultedOn,
      { day: youthCase.openedOn, what: 'the case opened' },
      today,
    ) ?? textRefusal('advice', input.advice, MAX_TEXT);
  if (refusal) return refusal;
  return {
    consultedOn: input.consultedOn,
    expertId: member.id,
    expertOrganisationId: member.organisationId,
    advice: input.advice.trim(),
  };
}

export interface DecisionInput {
  decidedOn: string;
  decidedById: string;
  route: YouthRoute;
  support: string;
  processDirectorId?: string | null;
}

export interface NewDecision {
  decision: {
    decidedOn: string;
    decidedById: string;
    organisationId: string;
    route: YouthRoute;
    support: string;
  };
  /** The case's route and procesregisseur after the decision. */
  caseChanges: {
    route: YouthRoute;
    processDirectorId: string | null;
    processDirectorOrganisationId: string | null;
  };
  /** A combined-regie agreement in force ends: there is no Jeugdwet procesregie left to combine. */
  endsCombinedRegie: boolean;
}

/**
 * A JET decision (JET-besluit, E36) on the support to deploy.
 *
 * - BR-Y2: only the JET decides: the deciding worker is a JET member and the caller's key belongs to
 *   that worker's organisation (the JET itself), otherwise `NotJetError`. The decision may be Jeugdwet
 *   support, or support from the sociale basis or the basis (Uitvoeringsplan §4.4); it sets the
 *   case's route.
 * - BR-Y4: on the Jeugdwet route a JET member is procesregisseur (`ProcessDirectorRequiredError`
 *   without one); a decision for the sociale basis or the basis names none and ends the procesregie
 *   (and a combined-regie agreement) of an earlier Jeugdwet decision.
 */
export function recordDecision(
  youthCase: CaseState,
  input: DecisionInput,
  caller: Pick<Caller, 'organisationId'>,
  decider: WorkerFacts | null,
  director: WorkerFacts | null,
  today: string,
):
  | NewDecision
  | NotFoundError
  | ValidationError
  | YouthCaseClosedError
  | NotJetError
  | ProcessDirectorRequiredError {
  const closed = closedRefusal(youthCase);
  if (closed) return closed;
  if (!decider) return new NotFoundError('Worker', input.decidedById);
  if (decider.role !== JET_MEMBER_ROLE || !decider.organisationId)
    return new NotJetError('decidedById', `worker "${input.decidedById}" is no JET member`);
  if (decider.organisationId !== caller.organisationId)
    return new NotJetError(
      'decidedById',
      `this key belongs to "${caller.organisationId}", not to the deciding JET ("${decider.organisationId}")`,
    );
  const refusal =
    dayRefusal('decidedOn', input.decidedOn, { day: youthCase.openedOn, what: 'the case opened' }, today) ??
    textRefusal('support', input.support, MAX_TEXT);
  if (refusal) return refusal;
  const decision = {
    decidedOn: input.decidedOn,
    decidedById: decider.id,
    organisationId: decider.organisationId,
    route: input.route,
    support: input.support.trim(),
  };
  if (input.route !== 'JEUGDWET') {
    if (input.processDirectorId)
      return new ValidationError(
        'processDirectorId',
        'A procesregisseur directs Jeugdwet support only: name none for the sociale basis or the basis',
      );
    return {
      decision,
      caseChanges: { route: input.route, processDirectorId: null, processDirectorOrganisationId: null },
      endsCombinedRegie: youthCase.route === 'JEUGDWET',
    };
  }
  if (!input.processDirectorId) return new ProcessDirectorRequiredError(youthCase.id);
  const member = jetMember('processDirectorId', input.processDirectorId, director);
  if (member instanceof Error) return member;
  return {
    decision,
    caseChanges: {
      route: 'JEUGDWET',
      processDirectorId: member.id,
      processDirectorOrganisationId: member.organisationId,
    },
    endsCombinedRegie: false,
  };
}

/**
 * Appointing another procesregisseur on a Jeugdwet case (BR-Y2, BR-Y4): the JET appoints one of its
 * members — the caller's key belongs to the new director's organisation — on an open case the JET has
 * put on the Jeugdwet route.
 */
export function appointProcessDirector(
  youthCase: CaseState,
  workerId: string,
  caller: Pick<Caller, 'organisationId'>,
  worker: WorkerFacts | null,
): { processDirectorId: string; processDirectorOrganisationId: string } | Error {
  const closed = closedRefusal(youthCase);
  if (closed) return closed;
  if (youthCase.route !== 'JEUGDWET')
    return new NotJeugdwetCaseError(youthCase.id, 'only Jeugdwet support has a procesregisseur');
  const member = jetMember('workerId', workerId, worker);
  if (member instanceof Error) return member;
  if (member.organisationId !== caller.organisationId)
    return new NotJetError(
      'workerId',
      `this key belongs to "${caller.organisationId}", not to the JET of the procesregisseur ("${member.organisationId}")`,
    );
  return { processDirectorId: member.id, processDirectorOrganisationId: member.organisationId };
}
