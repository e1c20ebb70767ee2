/**
 * Facts other subgraphs own, as the youth rules need them. The store asks the owners for them
 * (`store/lookups.ts`, before a transaction opens); the rules never ask anyone.
 */

/** A household as clients knows it: its area, its members and their roles, its Wmo regievoerder now. */
export interface HouseholdFacts {
  id: string;
  /** The household's area (locations' `Area`), null when clients gave none. */
  areaId: string | null;
  members: readonly { clientId: string; role: string }[];
  /** The worker who holds Wmo regie now (clients' `Household.coordinator`), or null. */
  wmoRegievoerderId: string | null;
}

/** A worker as locations knows it. */
export interface WorkerFacts {
  id: string;
  /** `JET_LID`, `SOCIAAL_WERKER`, `VRIJWILLIGER`, … */
  role: string;
  /** `JET`, `BASIS`, `SOCIALE_BASIS`, … */
  presenceRole: string;
  organisationId: string | null;
}

/** An organisation as budget knows it. */
export interface OrganisationFacts {
  id: string;
  /** `PROVIDER`, `PARTNER`, `MUNICIPALITY`, … */
  kind: string;
  /** The lots it is main provider of now (`BASISONDERSTEUNING`, …); absent when not asked. */
  mainLots?: readonly string[];
}

/** The lot of the basisondersteuning in budget. */
export const BASIS_LOT = 'BASISONDERSTEUNING';

/** The role locations gives members of the Jeugd Expert Team. */
export const JET_MEMBER_ROLE = 'JET_LID';
/** The presence role locations gives workers of the basisondersteuning. */
export const BASIS_PRESENCE_ROLE = 'BASIS';
/** The role clients gives a household's children. */
export const YOUNG_PERSON_ROLE = 'YOUNG_PERSON';

/** A youth case as the rules see it (the stored row's relevant part). */
export interface CaseState {
  id: string;
  householdId: string;
  route: 'SOCIALE_BASIS' | 'BASIS' | 'JEUGDWET';
  openedOn: string;
  closedOn: string | null;
  processDirectorId: string | null;
}
