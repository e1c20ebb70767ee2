import { addProvenanceField } from './builder.ts';
import { Complaint } from './complaint.ts';
import { Decision, Objection } from './decision.ts';
import { SupportEngagement } from './engagement.ts';
import { Client, Household } from './entities.ts';
import { CoordinatorAssignment, SupportPlan } from './household.ts';
import { HousingLink } from './housing.ts';
import { Referral, SupportRequest } from './request.ts';
import { TransitionInterview } from './transition.ts';

/**
 * `provenance` on every clients type that holds seeded rows (issue 12, point 9). The clients seed is
 * wholly invented: every resident, household and case it writes is SYNTHETIC; what is written through
 * the API is RECORDED; a seeded row changed through the API stays SYNTHETIC. No clients row is SOURCE.
 */
const seeded = (what: string, extra = '') =>
  `Where this ${what} comes from: SYNTHETIC when the seed invented it (no real resident or case; ` +
  `a seeded ${what} changed through the API stays SYNTHETIC), RECORDED when it was written through the ` +
  `API.${extra ? ` ${extra}` : ''} No ${what} is SOURCE.`;

addProvenanceField(
  Client,
  seeded('resident', 'Seeded residents, their names and BSNs (test range) are invented.'),
);
addProvenanceField(Household, seeded('household'));
addProvenanceField(SupportPlan, seeded('plan'));
addProvenanceField(CoordinatorAssignment, seeded('regie assignment'));
addProvenanceField(SupportEngagement, seeded('engagement'));
addProvenanceField(SupportRequest, seeded('request'));
addProvenanceField(Referral, seeded('referral'));
addProvenanceField(Decision, seeded('decision'));
addProvenanceField(Objection, seeded('objection'));
addProvenanceField(Complaint, seeded('complaint'));
addProvenanceField(
  TransitionInterview,
  seeded(
    'interview',
    'Seeded interviews follow the sources’ totals (all held by November 2020) but are invented one by one.',
  ),
);
addProvenanceField(
  HousingLink,
  seeded(
    'housing link',
    'The seeded links are sized by the sources’ figures (125 clients with housing tied to the provider, 99 solved, 26 open, at the default scale) but each link is invented.',
  ),
);
