import { DomainError, ValidationError } from '@mienskip/kit/rules';
import type { SignalOutcome } from './codes.ts';

/**
 * The typed refusals of signals, outreach and crises (BR-DB20–BR-DB38). Rules return them (see
 * `unlessRefused`); `schema/signals/errors.ts` registers each as a GraphQL object, so that a refused
 * mutation answers with one in its payload and changes nothing.
 */

/** Throws a refusal a rule returned; otherwise answers what the rule decided. */
export function unlessRefused<Decided>(decided: Decided): Exclude<Decided, DomainError> {
  if (decided instanceof DomainError) throw decided;
  return decided as Exclude<Decided, DomainError>;
}

/** A date breaks a rule of order: before the day it may not precede, or in the future. */
export class SignalDateError extends ValidationError {
  override name = 'SignalDateError';
  constructor(
    field: string,
    message: string,
    /** The earliest day allowed, when the date came too early. */
    readonly notBefore: string | null,
    /** The latest day allowed (today), when the date lies in the future. */
    readonly notAfter: string | null,
  ) {
    super(field, message);
  }
}

/** BR-DB25: only the municipality and the main provider of the basisondersteuning handle signals. */
export class NotSignalHandlerError extends DomainError {
  override name = 'NotSignalHandlerError';
  constructor(readonly organisationId: string) {
    super(
      `Organisation "${organisationId}" does not handle debt signals: the basisondersteuning does the outreach (signalering), registered by it or by the municipality`,
    );
  }
}

/** BR-DB28: a closed signal (its outcome given) changes no more. */
export class DebtSignalClosedError extends DomainError {
  override name = 'DebtSignalClosedError';
  constructor(
    readonly signalId: string,
    readonly closedOn: string,
    readonly outcome: SignalOutcome,
  ) {
    super(`Signal "${signalId}" was closed on ${closedOn} with outcome ${outcome}; it changes no more`);
  }
}

/** BR-DB29: the outcome given does not fit what the outreach did (no attempt, none reached, …). */
export class SignalOutcomeMismatchError extends DomainError {
  override name = 'SignalOutcomeMismatchError';
  constructor(
    readonly outcome: SignalOutcome,
    /** What the outcome needs: NO_ATTEMPT, AN_ATTEMPT, NONE_REACHED or REACHED. */
    readonly requires: 'NO_ATTEMPT' | 'AN_ATTEMPT' | 'NONE_REACHED' | 'REACHED',
    readonly attempts: number,
    readonly reached: boolean,
  ) {
    super(
      `Outcome ${outcome} needs ${
        {
          NO_ATTEMPT: 'a signal never picked up (no contact attempt)',
          AN_ATTEMPT: 'a signal picked up (at least one contact attempt)',
          NONE_REACHED: 'contact attempts of which none reached the resident',
          REACHED: 'a contact attempt that reached the resident',
        }[requires]
      }; the signal has ${attempts} attempt(s)${reached ? ', one reached' : ', none reached'}`,
    );
  }
}

/** BR-DB30: a signal leads to at most one debt case. */
export class SignalAlreadyLinkedError extends DomainError {
  override name = 'SignalAlreadyLinkedError';
  constructor(
    readonly signalId: string,
    readonly caseId: string,
  ) {
    super(`Signal "${signalId}" already led to debt case "${caseId}"`);
  }
}

/** BR-DB30: a signal leads only to a case of its own client. */
export class SignalOfOtherClientError extends DomainError {
  override name = 'SignalOfOtherClientError';
  constructor(readonly signalId: string) {
    super(`Signal "${signalId}" is about a client who is not one of the case's clients`);
  }
}

/** BR-DB33: a crisis is reported on an open case only. */
export class CrisisOnClosedCaseError extends DomainError {
  override name = 'CrisisOnClosedCaseError';
  constructor(
    readonly caseId: string,
    readonly outflowOn: string,
  ) {
    super(`Debt case "${caseId}" ended (uitstroom) on ${outflowOn}: a new crisis opens a new case`);
  }
}

/** BR-DB34/BR-DB35: the step was recorded already (a crisis has one first conversation and is handled once). */
export class CrisisStepRecordedError extends DomainError {
  override name = 'CrisisStepRecordedError';
  constructor(
    readonly crisisId: string,
    /** FIRST_CONVERSATION or HANDLED. */
    readonly step: 'FIRST_CONVERSATION' | 'HANDLED',
    readonly on: string,
  ) {
    super(
      `Crisis "${crisisId}" already has its ${step === 'HANDLED' ? 'handling' : 'first conversation'} (on ${on}); it is set once`,
    );
  }
}

/** BR-DB35: a crisis is handled only after its first conversation. */
export class CrisisWithoutConversationError extends DomainError {
  override name = 'CrisisWithoutConversationError';
  constructor(readonly crisisId: string) {
    super(`Crisis "${crisisId}" has no first conversation yet: record it before the crisis is handled`);
  }
}
