import type { RegieDomain } from './codes.ts';
import {
  CoordinatorAlreadyAssignedError,
  type JeugdwetRegieMovedError,
  RuleViolationError,
} from './errors.ts';
import { regieDomainRefusal } from './youth-handover.ts';

/** A household's open regie assignment in one domain. */
export interface ActiveAssignment {
  id: string;
  workerId: string;
  startedOn: string;
}

/** An assignment to insert. */
export interface NewAssignment {
  householdId: string;
  workerId: string;
  /** The worker's organisation as its owner gave it: a municipal team sees where it holds regie (BR-KT4). */
  organisationId: string;
  domain: RegieDomain;
  startedOn: string;
}

/** The domain regie is about when none is named: the Wmo. */
export const DEFAULT_REGIE_DOMAIN: RegieDomain = 'WMO';

/** Of a household's assignments, the one that holds regie in `domain` now, if any. */
export function holderIn<A extends { domain: RegieDomain; endedOn: string | null }>(
  assignments: readonly A[],
  domain: RegieDomain,
): A | null {
  return assignments.find((a) => a.domain === domain && a.endedOn === null) ?? null;
}

/**
 * One household, one regievoerder (BR-R1): a first assignment in a domain where the household has
 * none. Work and participation (BR-R3) runs beside it with its own one. Jeugdwet procesregie is
 * refused: it is youth's (BR-CL15).
 */
export function assignCoordinator(
  active: ActiveAssignment | null,
  input: {
    householdId: string;
    workerId: string;
    organisationId: string;
    domain: RegieDomain;
    startedOn?: string | null;
  },
  today: string,
): CoordinatorAlreadyAssignedError | JeugdwetRegieMovedError | NewAssignment {
  const moved = regieDomainRefusal(input.domain);
  if (moved) return moved;
  if (active) return new CoordinatorAlreadyAssignedError(input.householdId, active.workerId, input.domain);
  return { ...input, startedOn: input.startedOn ?? today };
}

/** A handover: the active assignment ends on the handover date and the new one starts that day. */
export interface Handover {
  ends: { id: string; endedOn: string };
  starts: NewAssignment;
}

/**
 * A regie handover (BR-CL6): from the one who holds regie to another worker, not back in time;
 * never of Jeugdwet procesregie (BR-CL15).
 */
export function reassignCoordinator(
  active: ActiveAssignment | null,
  input: {
    householdId: string;
    workerId: string;
    organisationId: string;
    domain: RegieDomain;
    on?: string | null;
  },
  today: string,
): RuleViolationError | JeugdwetRegieMovedError | Handover {
  const moved = regieDomainRefusal(input.domain);
  if (moved) return moved;
  if (!active) {
    return new RuleViolationError('householdId', `The household has no active ${input.domain} regievoerder`);
  }
  if (active.workerId === input.workerId)
    return new RuleViolationError('workerId', 'This worker already holds regie');
  const on = input.on ?? today;
  if (on < active.startedOn) {
    return new RuleViolationError('on', 'The handover lies before the current assignment started');
  }
  const { householdId, workerId, organisationId, domain } = input;
  return {
    ends: { id: active.id, endedOn: on },
    starts: { householdId, workerId, organisationId, domain, startedOn: on },
  };
}
