import type { DebtCaseState } from '../../src/domain/cases.ts';

export const TODAY = '2022-12-31';

/** A case registered on 2022-01-03 and nothing since, held by the basis. */
export function registered(changes: Partial<DebtCaseState> = {}): DebtCaseState {
  return {
    id: 'debt-case-1',
    openedByOrganisationId: 'org-amaryllis',
    severity: null,
    complexity: null,
    registeredOn: '2022-01-03',
    intakeOn: null,
    stabilisationOn: null,
    solutionOn: null,
    solutionKind: null,
    aftercareOn: null,
    aftercareOutcome: null,
    outflowOn: null,
    outflowReason: null,
    ...changes,
  };
}

/** A case in stabilisation since 2022-02-01, assessed problematic. */
export function stabilising(changes: Partial<DebtCaseState> = {}): DebtCaseState {
  return registered({
    intakeOn: '2022-01-20',
    stabilisationOn: '2022-02-01',
    severity: 'PROBLEMATISCH',
    complexity: 'PROBLEMATIC',
    ...changes,
  });
}
