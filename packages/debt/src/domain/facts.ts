/**
 * Facts other subgraphs own, as the debt rules need them. The store asks the owners for them
 * (`store/lookups.ts`, before a transaction opens); the rules never ask anyone.
 */

/** A client as clients knows it: the household it belongs to now. */
export interface ClientFacts {
  id: string;
  householdId: string | null;
}

/** A household as clients knows it: its area and members. */
export interface HouseholdFacts {
  id: string;
  /** The household's area (locations' `Area`), null when clients gave none. */
  areaId: string | null;
  members: readonly { clientId: string; role: string }[];
}

/** A worker as locations knows it. */
export interface WorkerFacts {
  id: string;
  /** `VRIJWILLIGER`, `SOCIAAL_WERKER`, … */
  role: string;
  organisationId: string | null;
}

/** An organisation as budget knows it. */
export interface OrganisationFacts {
  id: string;
  /** `PROVIDER`, `PARTNER`, `MUNICIPALITY`, `MUNICIPAL_TEAM`, `VOLUNTEER_ORGANISATION`. */
  kind: string;
  /** The lots it is main provider of now (`BASISONDERSTEUNING`, …). */
  mainLots: readonly string[];
}

/** The lot of the basisondersteuning in budget: its main provider does debt assistance (§4.3). */
export const BASIS_LOT = 'BASISONDERSTEUNING';
/** The role locations gives volunteers. */
export const VOLUNTEER_ROLE = 'VRIJWILLIGER';
