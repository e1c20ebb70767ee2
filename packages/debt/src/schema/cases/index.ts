/**
 * The debt cases part of the debt subgraph: schuldhulptrajecten with their phases and the Wgs four-week
 * norm, referrals to third parties, guardianship advice and volunteers; the entities of other subgraphs
 * it extends; statistics and the caseload clients asks for. The order of these imports is the order of
 * the root fields in schema.graphql.
 */
import './enums.ts';
import './errors.ts';
import './debt-case.ts';
import './events.ts';
import './entities.ts';
import './household-facts.ts';
import './statistics-series.ts';
import './caseload.ts';

export { clientsOfCase } from './debt-case.ts';
export { DebtNorm, DebtPhase, DebtSeverity } from './enums.ts';
/** For the signals and delivery parts: add fields to the case with `builder.objectField(DebtCase, …)`. */
export { DebtCase } from './ref.ts';
export { AreaRef, ClientRef, HouseholdRef, OrganisationRef, ref, WorkerRef } from './refs.ts';
