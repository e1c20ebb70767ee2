import { DomainError, ValidationError } from '@mienskip/kit/rules';
import { builder, ErrorInterface } from './builder.ts';

/** A rule of the domain refused the change; `field` names the input that breaks it. */
export class RuleViolationError extends ValidationError {
  override name = 'RuleViolationError';
}

builder.objectType(RuleViolationError, {
  name: 'RuleViolationError',
  description:
    'A rule of the social domain (e.g. PGB only for maatwerk) refuses the change; nothing changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The input field that breaks the rule.' }),
  }),
});

export class CoordinatorAlreadyAssignedError extends DomainError {
  override name = 'CoordinatorAlreadyAssignedError';
  constructor(
    readonly householdId: string,
    readonly workerId: string,
  ) {
    super(
      `Household "${householdId}" already has an active Wmo regievoerder (${workerId}): one household, one ` +
        'regievoerder. Reassign instead.',
    );
  }
}

builder.objectType(CoordinatorAlreadyAssignedError, {
  name: 'CoordinatorAlreadyAssignedError',
  description:
    'One household, one plan, one regievoerder (BR-K3): the household already has an active coordinator in ' +
    'this domain. Use `reassignCoordinator` to hand over.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    householdId: t.exposeID('householdId', { description: 'The household.' }),
    currentWorkerId: t.exposeID('workerId', { description: 'The worker who holds regie now.' }),
  }),
});

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

builder.objectType(ActivePlanExistsError, {
  name: 'ActivePlanExistsError',
  description: 'One household, one plan (BR-K3): close or update the active ondersteuningsplan instead.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    householdId: t.exposeID('householdId', { description: 'The household.' }),
    planId: t.exposeID('planId', { description: 'The active plan.' }),
  }),
});

/** PostgreSQL's unique_violation, from pg or PGlite, possibly wrapped by drizzle. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e = error as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return true;
  }
  return false;
}
