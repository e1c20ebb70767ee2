import { DomainError, ValidationError } from '@mienskip/kit/rules';
import type { RegieDomain } from './codes.ts';

/**
 * The typed refusals of the clients domain. Rules return them (see `unlessRefused`); the schema registers
 * each as a GraphQL object, so that a refused mutation answers with one in its payload.
 */

/** A rule of the domain refused the change; `field` names the input that breaks it. */
export class RuleViolationError extends ValidationError {
  override name = 'RuleViolationError';
}

/** How a refusal names a regie domain. */
const REGIE_DOMAIN_NAMES: Record<RegieDomain, string> = {
  WMO: 'Wmo',
  JEUGDWET: 'Jeugdwet',
  WERK_PARTICIPATIE: 'work and participation',
};

/** One household, one regievoerder per domain (BR-R1, BR-R2). */
export class CoordinatorAlreadyAssignedError extends DomainError {
  override name = 'CoordinatorAlreadyAssignedError';
  constructor(
    readonly householdId: string,
    readonly workerId: string,
    domain: RegieDomain = 'WMO',
  ) {
    super(
      `Household "${householdId}" already has an active ${REGIE_DOMAIN_NAMES[domain]} regievoerder (${workerId}): ` +
        'one household, one regievoerder. Reassign instead.',
    );
  }
}

/**
 * Where Jeugdwet procesregie lives now (BR-CL15): the youth subgraph owns it as the process director
 * of a youth case. Also the deprecation reason of `RegieDomain.JEUGDWET`.
 */
export const JEUGDWET_REGIE_MOVED =
  'Jeugdwet procesregie is the process director of a youth case ' +
  '(youth subgraph: YouthCase.processDirector, recordJetDecision/appointProcessDirector)';

/**
 * Where light parenting support lives now (BR-CL16): the youth subgraph owns it. Also the
 * deprecation reason of `SupportKind.LICHTE_OPVOEDONDERSTEUNING`.
 */
export const LIGHT_PARENTING_SUPPORT_MOVED =
  'Light parenting support (lichte opvoedondersteuning) is recorded by the youth subgraph ' +
  '(youth subgraph: startLightParentingSupport)';

/** Jeugdwet procesregie is no regie of clients any more (BR-CL15): nothing was changed. */
export class JeugdwetRegieMovedError extends ValidationError {
  override name = 'JeugdwetRegieMovedError';
  constructor(field = 'domain') {
    super(field, JEUGDWET_REGIE_MOVED);
  }
}

/** Light parenting support is no support kind of clients any more (BR-CL16): nothing was changed. */
export class LightParentingSupportMovedError extends ValidationError {
  override name = 'LightParentingSupportMovedError';
  constructor(field = 'kind') {
    super(field, LIGHT_PARENTING_SUPPORT_MOVED);
  }
}

/**
 * Where debt help lives now (BR-CL17): a debt case (schuldhulptraject) of the debt subgraph is the one
 * record of debt help. Also the deprecation reason of `SupportKind.SCHULDHULPVERLENING`.
 */
export const DEBT_HELP_MOVED =
  'Debt help (schuldhulpverlening) is recorded as a debt case by the debt subgraph ' +
  '(debt subgraph: openDebtCase)';

/**
 * Where a debt signal lives now (BR-CL18): the debt subgraph registers the signals of vroeg- and
 * laatsignalering. Also the deprecation reason of `RequestChannel.DEBT_SIGNAL`.
 */
export const DEBT_SIGNAL_MOVED =
  'A debt signal (vroeg- or laatsignalering) is registered by the debt subgraph ' +
  '(debt subgraph: registerDebtSignal)';

/** Debt help is no support kind of clients any more (BR-CL17): nothing was changed. */
export class DebtHelpMovedError extends ValidationError {
  override name = 'DebtHelpMovedError';
  constructor(field = 'kind') {
    super(field, DEBT_HELP_MOVED);
  }
}

/** A debt signal is no support request of clients any more (BR-CL18): nothing was changed. */
export class DebtSignalMovedError extends ValidationError {
  override name = 'DebtSignalMovedError';
  constructor(field = 'channel') {
    super(field, DEBT_SIGNAL_MOVED);
  }
}

/** One household, one plan (BR-K3). */
export class ActivePlanExistsError extends DomainError {
  override name = 'ActivePlanExistsError';
  constructor(
    readonly householdId: string,
    readonly planId: string,
  ) {
    super(
      `Household "${householdId}" already has an active support plan (${planId}): one household, one plan`,
    );
  }
}

/** A BSN belongs to one resident. */
export class DuplicateBsnError extends ValidationError {
  override name = 'DuplicateBsnError';
}

/**
 * The change a rule allowed. A rule returns either the change to write or the typed error that
 * refuses it; the refusal is thrown here, and the mutation's payload answers with it.
 */
export function unlessRefused<Decided>(decided: Decided): Exclude<Decided, DomainError> {
  if (decided instanceof DomainError) throw decided;
  return decided as Exclude<Decided, DomainError>;
}
