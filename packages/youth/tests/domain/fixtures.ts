import type { CaseState, HouseholdFacts, WorkerFacts } from '../../src/domain/facts.ts';

export const TODAY = '2022-06-30';

export const HOUSEHOLD: HouseholdFacts = {
  id: 'household-1',
  areaId: 'area-noord',
  members: [
    { clientId: 'client-parent', role: 'PARENT' },
    { clientId: 'client-child-1', role: 'YOUNG_PERSON' },
    { clientId: 'client-child-2', role: 'YOUNG_PERSON' },
  ],
  wmoRegievoerderId: 'worker-00013',
};

export const JET_MEMBER: WorkerFacts = {
  id: 'worker-00009',
  role: 'JET_LID',
  presenceRole: 'JET',
  organisationId: 'org-jet',
};
export const OTHER_JET_MEMBER: WorkerFacts = { ...JET_MEMBER, id: 'worker-00018' };
export const BASIS_WORKER: WorkerFacts = {
  id: 'worker-00013',
  role: 'SOCIAAL_WERKER',
  presenceRole: 'BASIS',
  organisationId: 'org-amaryllis',
};
export const VOLUNTEER: WorkerFacts = {
  id: 'worker-00014',
  role: 'VRIJWILLIGER',
  presenceRole: 'VRIJWILLIGER',
  organisationId: 'org-vol',
};

export function aCase(changes: Partial<CaseState> = {}): CaseState {
  return {
    id: 'youth-case-1',
    householdId: HOUSEHOLD.id,
    route: 'BASIS',
    openedOn: '2022-01-10',
    closedOn: null,
    processDirectorId: null,
    ...changes,
  };
}

export const JEUGDWET_CASE = aCase({ route: 'JEUGDWET', processDirectorId: JET_MEMBER.id });
