import { cellRows } from '@mienskip/kit/schema';
import { everyGroup, STATISTICS_CATALOGUE } from '../../domain/statistics.ts';
import {
  complaintsByLevelAndStatus,
  decisionsByOutcome,
  objectionsByOutcome,
  referralsIssued,
  referralsNotStarted,
  requestsByOutcome,
} from '../../store/statistics-process.ts';
import { builder, PublishedCount } from '../builder.ts';
import { ClientStatistics, type ClientStatisticsSource } from './client-statistics.ts';
import {
  ComplaintCount,
  ComplaintStatusCount,
  DecisionCount,
  ObjectionOutcomeCount,
  OutcomeCount,
} from './types.ts';

/** Bezwaren per outcome: one query for both `objections` and `objectionsByOutcome`. */
const objectionsOf = (s: ClientStatisticsSource) => cellRows(s, 'objections', objectionsByOutcome);
/** Klachten per rung and status: one query for both `complaints` and `complaintsByStatus`. */
const complaintsOf = (s: ClientStatisticsSource) => cellRows(s, 'complaints', complaintsByLevelAndStatus);
const total = (rows: readonly { n: number }[]) => rows.reduce((sum, row) => sum + Number(row.n), 0);

/** The steps of the process: requests, referrals, beschikkingen, bezwaren and klachten. */
builder.objectFields(ClientStatistics, (t) => ({
  requestsByOutcome: t.field({
    type: [OutcomeCount],
    description:
      'Support requests received in the period, by outcome: every outcome and null (not yet assessed).',
    resolve: async (s) =>
      everyGroup(STATISTICS_CATALOGUE.requestOutcomes, await cellRows(s, 'requests', requestsByOutcome)).map(
        (r) => ({ outcome: r.outcome, requests: s.publish(r.n) }),
      ),
  }),
  referrals: t.field({
    type: PublishedCount,
    description: 'Referrals to aanvullende ondersteuning issued in the period.',
    resolve: async (s) => s.publish(total(await cellRows(s, 'referrals', referralsIssued))),
  }),
  referralsNotStarted: t.field({
    type: PublishedCount,
    description:
      'Toewijzingen die niet tot een traject leiden: referrals to aanvullende ondersteuning issued in the period ' +
      'from which no engagement, of any provider, has been started by the day this is asked (so the figure of ' +
      'a past period only falls, as late starts come in). BR-CL22.',
    resolve: async (s) => s.publish(total(await cellRows(s, 'referralsNotStarted', referralsNotStarted))),
  }),
  decisions: t.field({
    type: [DecisionCount],
    nullable: true,
    // Beschikkingen are the municipality's: a provider does not learn how many its clients got.
    authScopes: { municipal: true },
    description: 'Beschikkingen issued in the period, by outcome; municipal keys only.',
    resolve: async (s) =>
      everyGroup(
        STATISTICS_CATALOGUE.decisionOutcomes,
        await cellRows(s, 'decisions', decisionsByOutcome),
      ).map((r) => ({ outcome: r.outcome, decisions: s.publish(r.n) })),
  }),
  objections: t.field({
    type: PublishedCount,
    nullable: true,
    authScopes: { municipal: true },
    description: 'Bezwaren filed in the period; municipal keys only.',
    resolve: async (s) => s.publish(total(await objectionsOf(s))),
  }),
  objectionsByOutcome: t.field({
    type: [ObjectionOutcomeCount],
    nullable: true,
    authScopes: { municipal: true },
    description:
      'Bezwaren filed in the period, by the beslissing op bezwaar they have now: every outcome and null (not ' +
      'decided yet); municipal keys only (BR-CL8, BR-CL23).',
    resolve: async (s) =>
      everyGroup(STATISTICS_CATALOGUE.objectionOutcomes, await objectionsOf(s)).map((r) => ({
        outcome: r.outcome,
        objections: s.publish(r.n),
      })),
  }),
  complaints: t.field({
    type: [ComplaintCount],
    description: 'Klachten raised in the period, by the rung they are at now.',
    resolve: async (s) => {
      const rows = (await complaintsOf(s)).map(({ level, n }) => ({ level, n }));
      return everyGroup(STATISTICS_CATALOGUE.complaintLevels, rows).map((r) => ({
        level: r.level,
        complaints: s.publish(r.n),
      }));
    },
  }),
  complaintsByStatus: t.field({
    type: [ComplaintStatusCount],
    description:
      'Klachten raised in the period, by the status they have now (open or resolved), both listed; a provider ' +
      "key counts its own organisation's (BR-CL23).",
    resolve: async (s) => {
      const rows = (await complaintsOf(s)).map(({ status, n }) => ({ status, n }));
      return everyGroup(STATISTICS_CATALOGUE.complaintStatuses, rows).map((r) => ({
        status: r.status,
        complaints: s.publish(r.n),
      }));
    },
  }),
}));
