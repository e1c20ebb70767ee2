/**
 * The youth cases part of the youth subgraph: cases, the JET's consultations and decisions, referrals to
 * youth care, combined regie and light parenting support; the entities of other subgraphs it extends;
 * statistics and the caseload clients asks for. The order of these imports is the order of the root
 * fields in schema.graphql.
 */
import './enums.ts';
import './errors.ts';
import './youth-case.ts';
import './jet.ts';
import './referral.ts';
import './combined-regie.ts';
import './light-support.ts';
import './entities.ts';
import './statistics.ts';
import './caseload.ts';

/** For the child-safety part: add fields to the case with `builder.objectField(YouthCase, …)`. */
export { YouthCase } from './ref.ts';
export { ClientRef, HouseholdRef, OrganisationRef, ref, WorkerRef } from './refs.ts';
export { childrenOfCase } from './youth-case.ts';
