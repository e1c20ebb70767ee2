import { ValidationError } from '@mienskip/kit/rules';
import type { LifeDomain, RequestChannel, RequestOutcome, RequestSource, SupportKind } from './codes.ts';
import { debtSignalRefusal, movedKindRefusal } from './debt-handover.ts';
import {
  type DebtHelpMovedError,
  type DebtSignalMovedError,
  type LightParentingSupportMovedError,
  RuleViolationError,
} from './errors.ts';

/** A question or signal as it is recorded. */
export interface RequestInput {
  clientId: string;
  receivedOn?: string | null;
  roomId?: string | null;
  channel: RequestChannel;
  source?: RequestSource | null;
  lifeDomains: readonly LifeDomain[];
  urgent?: boolean | null;
}

/** A support request to insert. */
export interface NewRequest {
  clientId: string;
  receivedOn: string;
  roomId: string | null;
  channel: RequestChannel;
  source: RequestSource;
  lifeDomains: LifeDomain[];
  urgent: boolean;
}

/**
 * A request received (P1): at least one life domain, and a walk-in names its room; never a debt
 * signal, which the debt subgraph registers (BR-CL18).
 */
export function recordRequest(
  input: RequestInput,
  today: string,
): DebtSignalMovedError | ValidationError | NewRequest {
  const moved = debtSignalRefusal(input.channel);
  if (moved) return moved;
  if (input.lifeDomains.length === 0)
    return new ValidationError('lifeDomains', 'Name at least one life domain');
  if (input.channel === 'WALK_IN_ROOM' && !input.roomId) {
    return new ValidationError('roomId', 'A walk-in request names the room');
  }
  return {
    clientId: input.clientId,
    receivedOn: input.receivedOn ?? today,
    roomId: input.roomId || null,
    channel: input.channel,
    source: input.source ?? 'RESIDENT_SELF',
    lifeDomains: [...new Set(input.lifeDomains)],
    urgent: input.urgent ?? false,
  };
}

/** The assessment to write on a request. */
export interface Assessment {
  outcome: RequestOutcome;
  assessedByWorkerId: string;
  assessedOn: string;
}

/**
 * Assessing a request (P1): once, not before it came in. Who may assess (a professional, BR-A2; for
 * a referral to aanvullend a basis worker, BR-A3) is `requestAssessor` in caseworkers.ts.
 */
export function assessRequest(
  request: { receivedOn: string; outcome: RequestOutcome | null },
  input: { workerId: string; outcome: RequestOutcome; assessedOn?: string | null },
  today: string,
): RuleViolationError | { assessment: Assessment } {
  if (request.outcome) return new RuleViolationError('id', 'The request has already been assessed');
  const assessedOn = input.assessedOn ?? today;
  if (assessedOn < request.receivedOn)
    return new RuleViolationError('assessedOn', 'Assessed before it was received');
  return {
    assessment: { outcome: input.outcome, assessedByWorkerId: input.workerId, assessedOn },
  };
}

/** A verwijzing as a basis worker issues it. */
export interface ReferralInput {
  clientId: string;
  workerId: string;
  kind: SupportKind;
  supportRequestId?: string | null;
  issuedOn?: string | null;
  residentRequestedDecision?: boolean | null;
}

/** A verwijzing to insert. */
export interface NewReferral {
  clientId: string;
  issuedByWorkerId: string;
  issuedOn: string;
  kind: SupportKind;
  supportRequestId: string | null;
  residentRequestedDecision: boolean;
}

/**
 * A verwijzing to aanvullend (BR-A3; the caller checks that a basis worker issues it), resting on a
 * request about the same client when it names one (`request`, null when it names none); never to
 * light parenting support, which is youth's (BR-CL16), or to debt help, which is debt's (BR-CL17).
 */
export function issueReferral(
  input: ReferralInput,
  request: { clientId: string } | null,
  today: string,
): RuleViolationError | LightParentingSupportMovedError | DebtHelpMovedError | NewReferral {
  const moved = movedKindRefusal(input.kind);
  if (moved) return moved;
  if (request && request.clientId !== input.clientId)
    return new RuleViolationError('supportRequestId', 'The request is about another client');
  return {
    clientId: input.clientId,
    issuedByWorkerId: input.workerId,
    issuedOn: input.issuedOn ?? today,
    kind: input.kind,
    supportRequestId: input.supportRequestId || null,
    residentRequestedDecision: input.residentRequestedDecision ?? false,
  };
}
