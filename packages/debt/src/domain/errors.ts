import { DomainError, ValidationError } from '@mienskip/kit/rules';
import type { DebtPhase } from './codes.ts';

/**
 * The typed refusals of the debt domain. Rules return them (see `unlessRefused`); the schema registers
 * each as a GraphQL object (`schema/cases/errors.ts`), so that a refused mutation answers with one in
 * its payload and changes nothing.
 */

/** BR-DB1: a client has at most one open debt case; names the case that is open. */
export class OpenDebtCaseExistsError extends DomainError {
  override name = 'OpenDebtCaseExistsError';
  readonly field = 'clientIds';
  constructor(
    readonly clientId: string,
    readonly caseId: string | null,
  ) {
    super(
      caseId
        ? `Client "${clientId}" already has an open debt case ("${caseId}"): one open case per client`
        : `Client "${clientId}" already has an open debt case: one open case per client`,
    );
  }
}

/** BR-DB2: a case is for one client or two jointly liable partners. */
export class TooManyDebtorsError extends ValidationError {
  override name = 'TooManyDebtorsError';
  constructor(readonly count: number) {
    super(
      'clientIds',
      `A debt case is for one client or two jointly liable partners of one household, not ${count}`,
    );
  }
}

/** BR-DB2: two clients of one case are members of one household, as clients knows it now. */
export class DebtorsNotOneHouseholdError extends ValidationError {
  override name = 'DebtorsNotOneHouseholdError';
  constructor(readonly clientIds: readonly string[]) {
    super('clientIds', `Clients ${clientIds.map((id) => `"${id}"`).join(' and ')} are not of one household`);
  }
}

/**
 * BR-DB3: a debt case is registered by the basisondersteuning (the main provider of its lot in budget),
 * a municipal team or the municipality.
 */
export class NotDebtCaseOpenerError extends DomainError {
  override name = 'NotDebtCaseOpenerError';
  constructor(readonly organisationId: string) {
    super(
      `Organisation "${organisationId}" does not register debt cases: the basisondersteuning, a municipal team ` +
        'or the municipality does',
    );
  }
}

/**
 * BR-DB4: regie, guidance and aftercare stay with the basis. A third party a case was referred to sees
 * it and changes only its own referral; the case itself is changed by the organisation that
 * registered it or the municipality.
 */
export class DebtCaseNotHeldError extends DomainError {
  override name = 'DebtCaseNotHeldError';
  constructor(
    readonly caseId: string,
    readonly organisationId: string,
  ) {
    super(
      `Organisation "${organisationId}" does not hold debt case "${caseId}": the organisation that registered ` +
        'it (the basis) or the municipality changes it',
    );
  }
}

/** BR-DB5: a case moves forward only. */
export class DebtPhaseBackwardsError extends DomainError {
  override name = 'DebtPhaseBackwardsError';
  readonly field = 'phase';
  constructor(
    readonly caseId: string,
    readonly phase: DebtPhase,
    readonly currentPhase: DebtPhase,
  ) {
    super(`Debt case "${caseId}" is in phase ${currentPhase}: it cannot move to ${phase}, only forward`);
  }
}

/** BR-DB6: the intake comes before stabilisation, stabilisation before a solution; only the solution may be skipped. */
export class DebtPhaseSkippedError extends DomainError {
  override name = 'DebtPhaseSkippedError';
  readonly field = 'phase';
  constructor(
    readonly caseId: string,
    readonly phase: DebtPhase,
    readonly missingPhase: DebtPhase,
  ) {
    super(`Debt case "${caseId}" cannot reach ${phase} without ${missingPhase} first`);
  }
}

/** BR-DB8: a case that flowed out (uitstroom) changes no more. */
export class DebtCaseClosedError extends DomainError {
  override name = 'DebtCaseClosedError';
  constructor(
    readonly caseId: string,
    readonly outflowOn: string,
  ) {
    super(`Debt case "${caseId}" flowed out on ${outflowOn}: it changes no more`);
  }
}

/** BR-DB11: a case flows out only when no referral runs on it any more. */
export class DebtReferralOpenError extends DomainError {
  override name = 'DebtReferralOpenError';
  constructor(
    readonly caseId: string,
    readonly referralIds: readonly string[],
  ) {
    super(
      `Debt case "${caseId}" still has ${referralIds.length} running referral(s): end them (endDebtReferral) before ` +
        'the case flows out',
    );
  }
}

/** BR-DB10: a referral goes to a third party: an organisation of budget, not the basis, not the municipality. */
export class NotDebtThirdPartyError extends ValidationError {
  override name = 'NotDebtThirdPartyError';
  constructor(
    readonly organisationId: string,
    reason: string,
  ) {
    super(
      'organisationId',
      `Organisation "${organisationId}" is no third party of debt assistance: ${reason}`,
    );
  }
}

/** BR-DB12: a simple, non-problematic case is handled by the basis itself, not by curative debt help. */
export class SimpleDebtCaseError extends DomainError {
  override name = 'SimpleDebtCaseError';
  readonly field = 'kind';
  constructor(readonly caseId: string) {
    super(
      `Debt case "${caseId}" was assessed SIMPLE: the basis handles relatively simple, non-problematic debts ` +
        'itself, without curative debt help',
    );
  }
}

/** BR-DB7: severity and complexity are assessed at the intake, and so after the first conversation. */
export class DebtIntakeRequiredError extends DomainError {
  override name = 'DebtIntakeRequiredError';
  constructor(
    readonly caseId: string,
    what: string,
  ) {
    super(`Debt case "${caseId}" has had no first conversation (intake) yet: ${what}`);
  }
}

/** BR-DB11: a referral that ended changes no more. */
export class DebtReferralEndedError extends DomainError {
  override name = 'DebtReferralEndedError';
  constructor(
    readonly referralId: string,
    readonly endedOn: string,
  ) {
    super(`Debt referral "${referralId}" ended on ${endedOn}: it changes no more`);
  }
}

/** BR-DB14: a volunteer on a case is a volunteer (VRIJWILLIGER in locations). */
export class NotDebtVolunteerError extends ValidationError {
  override name = 'NotDebtVolunteerError';
  constructor(readonly workerId: string) {
    super('workerId', `Worker "${workerId}" is no volunteer (VRIJWILLIGER)`);
  }
}

/**
 * The change a rule allowed. A rule returns either the change to write or the typed error that
 * refuses it; the refusal is thrown here, and the mutation's payload answers with it.
 */
export function unlessRefused<Decided>(decided: Decided): Exclude<Decided, DomainError> {
  if (decided instanceof DomainError) throw decided;
  return decided as Exclude<Decided, DomainError>;
}
