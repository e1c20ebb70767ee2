import type { Caller } from '@mienskip/kit/rules';
import { NotCaseHolderError } from './errors.ts';
import type { SafetyCase } from './safety/case.ts';
import { partiesOf } from './safety/tasks.ts';

type CallerFacts = Pick<Caller, 'organisationId' | 'organisationKind'>;

/**
 * BR-Y17: who adds an organisation to a case, which then sees it (BR-Y10). A referral to youth care
 * (`referToYouthCare`) and a GI cooperation (`startGiCooperation`) only by the municipality, the case's
 * basis (the organisation that opened it) or its JET (the process director's organisation, or one that
 * consulted or decided as JET) — the parties of BR-YS4 (`partiesOf`). A provider the case was referred
 * to, or a GI, sees the case but adds no one to it. Undefined when the caller may.
 */
export function caseHolderRefusal(
  caller: CallerFacts,
  youthCase: Pick<SafetyCase, 'id' | 'openedByOrganisationId' | 'jetOrganisationIds'>,
  action: string,
): NotCaseHolderError | undefined {
  if (partiesOf(caller, youthCase).length > 0) return undefined;
  return new NotCaseHolderError(youthCase.id, caller.organisationId, action);
}

/**
 * BR-Y17 for light parenting support: started by the municipality, or by the organisation of the basis
 * worker who gives it (the caller names its own worker), never by naming another organisation's worker.
 * Undefined when the caller may (or when the worker is unknown: that is the rule's `NotFoundError`).
 */
export function lightSupportGiverRefusal(
  caller: CallerFacts,
  caseId: string,
  worker: { organisationId: string | null } | null,
): NotCaseHolderError | undefined {
  if (caller.organisationKind === 'MUNICIPALITY' || worker === null) return undefined;
  if (worker.organisationId === caller.organisationId) return undefined;
  return new NotCaseHolderError(
    caseId,
    caller.organisationId,
    "start light parenting support by another organisation's worker",
  );
}
