import { DomainError, ValidationError } from '@mienskip/kit/rules';

/**
 * The typed refusals of the youth domain. Rules return them (see `unlessRefused`); the schema registers
 * each as a GraphQL object (`schema/cases/errors.ts`), so that a refused mutation answers with one in
 * its payload and changes nothing.
 */

/** A rule of the youth domain refuses the change; `field` names the input that breaks it. */
export class YouthRuleViolationError extends ValidationError {
  override name = 'YouthRuleViolationError';
}

/**
 * BR-Y2: only the JET decides on Jeugdwet support (Uitvoeringsplan §4.4). A decision, or an appointment
 * of a process director, by a key that is not the deciding JET member's own organisation, or by a worker
 * who is no JET member.
 */
export class NotJetError extends DomainError {
  override name = 'NotJetError';
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(`Only the JET decides on Jeugdwet support: ${reason}`);
  }
}

/** A worker who must be a JET member (JET_LID in locations) is not one: the outreach youth expert, the procesregisseur. */
export class NotJetMemberError extends ValidationError {
  override name = 'NotJetMemberError';
  constructor(
    field: string,
    readonly workerId: string,
  ) {
    super(field, `Worker "${workerId}" is no member of the Jeugd Expert Team (JET_LID)`);
  }
}

/** BR-Y4: a Jeugdwet case has a procesregisseur, a JET member. */
export class ProcessDirectorRequiredError extends DomainError {
  override name = 'ProcessDirectorRequiredError';
  readonly field = 'processDirectorId';
  constructor(readonly caseId: string) {
    super(
      `Youth case "${caseId}" would be on the Jeugdwet route without a process director: the JET is ` +
        'procesregisseur of Jeugdwet support; name a JET member',
    );
  }
}

/** BR-Y2: the Jeugdwet route is reached only through a JET decision, never by opening a case. */
export class JetDecisionRequiredError extends DomainError {
  override name = 'JetDecisionRequiredError';
  readonly field = 'route';
  constructor() {
    super('A youth case reaches the Jeugdwet route only through a JET decision (recordJetDecision)');
  }
}

/**
 * BR-Y12: what needs the Jeugdwet route (a referral to youth care, combined regie, a process director)
 * on a case the JET has not put on it.
 */
export class NotJeugdwetCaseError extends DomainError {
  override name = 'NotJeugdwetCaseError';
  constructor(
    readonly caseId: string,
    what: string,
  ) {
    super(`Youth case "${caseId}" is not on the Jeugdwet route (decided by the JET): ${what}`);
  }
}

/** R-004-13: the basis refers to youth care only after consulting the JET's youth professional. */
export class ReferralWithoutConsultationError extends DomainError {
  override name = 'ReferralWithoutConsultationError';
  readonly field = 'referredOn';
  constructor(
    readonly caseId: string,
    readonly referredOn: string,
  ) {
    super(
      `Youth case "${caseId}" has no JET consultation on or before ${referredOn}: a referral to youth care ` +
        'follows a consultation of the JET (R-004-13)',
    );
  }
}

/** BR-Y6: combined regie needs the household's Wmo regievoerder, and the household has none now. */
export class NoWmoRegievoerderError extends DomainError {
  override name = 'NoWmoRegievoerderError';
  constructor(readonly householdId: string) {
    super(
      `Household "${householdId}" has no Wmo regievoerder now: there is no Wmo regie to combine with the ` +
        'Jeugdwet procesregie',
    );
  }
}

/** BR-Y13: a closed case, or an ended support, changes no more. */
export class YouthCaseClosedError extends DomainError {
  override name = 'YouthCaseClosedError';
  constructor(
    readonly caseId: string,
    readonly closedOn: string,
  ) {
    super(`Youth case "${caseId}" was closed on ${closedOn}: it changes no more`);
  }
}

/**
 * BR-Y16: a youth case is opened by the basis (the main provider of the basisondersteuning), the JET or
 * another municipal team, or the municipality; no other organisation opens one (it would make the
 * household and its children visible to itself).
 */
export class NotCaseOpenerError extends DomainError {
  override name = 'NotCaseOpenerError';
  constructor(readonly organisationId: string) {
    super(
      `Organisation "${organisationId}" does not open youth cases: the basisondersteuning, the JET (a municipal ` +
        'team) or the municipality does',
    );
  }
}

/** BR-Y1: a child of a youth case is a young person (YOUNG_PERSON) of the case's household. */
export class ChildNotInHouseholdError extends ValidationError {
  override name = 'ChildNotInHouseholdError';
  constructor(
    readonly childId: string,
    readonly householdId: string,
  ) {
    super('childIds', `Client "${childId}" is no young person (jeugdige) of household "${householdId}"`);
  }
}

/** BR-Y5: light parenting support is given by the basis: the worker is a basis worker (presence role BASIS). */
export class NotBasisWorkerError extends ValidationError {
  override name = 'NotBasisWorkerError';
  constructor(readonly workerId: string) {
    super('workerId', `Worker "${workerId}" is no worker of the basisondersteuning`);
  }
}

/** BR-Y12: a referral to youth care goes to a provider (an organisation of kind PROVIDER in budget). */
export class NotYouthCareProviderError extends ValidationError {
  override name = 'NotYouthCareProviderError';
  constructor(readonly organisationId: string) {
    super('organisationId', `Organisation "${organisationId}" is no provider of youth care (kind PROVIDER)`);
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

/**
 * BR-Y17: adding an organisation to a case makes the case visible to it, so only a holder of the case
 * does: a referral to youth care or a GI cooperation by the municipality, the case's basis or its JET;
 * light parenting support by the municipality or the organisation of the basis worker who gives it.
 */
export class NotCaseHolderError extends DomainError {
  override name = 'NotCaseHolderError';
  constructor(
    readonly caseId: string,
    readonly organisationId: string,
    readonly action: string,
  ) {
    super(
      `Organisation "${organisationId}" may not ${action} on youth case "${caseId}": that makes the case visible ` +
        'to another organisation, which only the municipality or a holder of the case (its basis, its JET) does',
    );
  }
}
