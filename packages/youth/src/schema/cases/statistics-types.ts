import type { PublishedCount as Count } from '@mienskip/kit/rules';
import { cellRows, type StatisticsGrid, type StatisticsSource } from '@mienskip/kit/schema';
import { everyGroup, YOUTH_STATISTICS_CATALOGUE } from '../../domain/statistics.ts';
import * as grouped from '../../store/statistics.ts';
import { builder, PublishedCount } from '../builder.ts';
import { LightSupportGoal, YouthCloseReason, YouthRoute } from './enums.ts';
import { AreaRef, ref } from './refs.ts';

/** One cell of a youth statistics table, counted over the cases the key may see (BR-Y10). */
export type YouthStatisticsSource = StatisticsSource<grouped.CountedCases>;

async function countOf(
  s: YouthStatisticsSource,
  statistic: string,
  query: (cases: grouped.CountedCases, grid: StatisticsGrid) => PromiseLike<grouped.CountRow[]>,
): Promise<Count> {
  const [row] = await cellRows(s, statistic, query);
  return s.publish(row?.n ?? 0);
}

const RouteCount = builder.objectRef<{ route: string; cases: Count }>('YouthRouteCount').implement({
  description: 'Youth cases open during the period, by their route now.',
  fields: (t) => ({
    route: t.field({ type: YouthRoute, description: 'The route.', resolve: (r) => r.route as never }),
    cases: t.field({ type: PublishedCount, description: 'Cases.', resolve: (r) => r.cases }),
  }),
});

const DecisionRouteCount = builder
  .objectRef<{ route: string; decisions: Count }>('JetDecisionRouteCount')
  .implement({
    description: 'JET decisions taken in the period, by the route decided.',
    fields: (t) => ({
      route: t.field({
        type: YouthRoute,
        description: 'The route decided.',
        resolve: (r) => r.route as never,
      }),
      decisions: t.field({ type: PublishedCount, description: 'Decisions.', resolve: (r) => r.decisions }),
    }),
  });

const GoalCount = builder.objectRef<{ goal: string; cases: Count }>('LightSupportGoalCount').implement({
  description: 'Cases with light parenting support running in the period for one goal.',
  fields: (t) => ({
    goal: t.field({ type: LightSupportGoal, description: 'The goal.', resolve: (r) => r.goal as never }),
    cases: t.field({ type: PublishedCount, description: 'Cases.', resolve: (r) => r.cases }),
  }),
});

const CloseReasonCount = builder
  .objectRef<{ reason: string; cases: Count }>('YouthCloseReasonCount')
  .implement({
    description: 'Youth cases closed in the period for one reden beëindiging (CBS Beleidsinformatie Jeugd).',
    fields: (t) => ({
      reason: t.field({
        type: YouthCloseReason,
        description: 'Reden beëindiging.',
        resolve: (r) => r.reason as never,
      }),
      cases: t.field({ type: PublishedCount, description: 'Cases closed.', resolve: (r) => r.cases }),
    }),
  });

export const YouthStatistics = builder.objectRef<YouthStatisticsSource>('YouthStatistics').implement({
  description:
    'Youth figures the council asks for (youth cases by route; CBS Beleidsinformatie Jeugd) for one period and ' +
    'the whole municipality or one area, aggregated in SQL over the cases the key may see. Without the ' +
    'personal-data scope every count follows the CBS rule for small numbers (0–7 secret, otherwise rounded to ' +
    'fives). Every list names every group, zero included; no list publishes a total of its parts.',
  fields: (t) => ({
    from: t.field({
      type: 'Date',
      description: 'First day of the period.',
      resolve: (s) => s.cell.period.from,
    }),
    to: t.field({ type: 'Date', description: 'Last day of the period.', resolve: (s) => s.cell.period.to }),
    area: t.field({
      type: AreaRef,
      nullable: true,
      description:
        'The area counted (a case counts in its household’s area when it opened); null for the whole municipality.',
      resolve: (s) => ref(s.cell.areaId),
    }),
    casesByRoute: t.field({
      type: [RouteCount],
      description: 'Cases open at some time in the period, by their route now: every route listed.',
      resolve: async (s) =>
        everyGroup(
          YOUTH_STATISTICS_CATALOGUE.routes,
          await cellRows(s, 'casesByRoute', grouped.casesByRoute),
        ).map((r) => ({ route: r.key, cases: s.publish(r.n) })),
    }),
    lightSupportByGoal: t.field({
      type: [GoalCount],
      description:
        'Cases with lichte opvoedondersteuning running in the period, per goal (a support with several goals counts ' +
        'for each): every goal listed.',
      resolve: async (s) =>
        everyGroup(
          YOUTH_STATISTICS_CATALOGUE.goals,
          await cellRows(s, 'lightSupportByGoal', grouped.lightSupportByGoal),
        ).map((r) => ({ goal: r.key, cases: s.publish(r.n) })),
    }),
    consultations: t.field({
      type: PublishedCount,
      description: 'JET consultations held in the period.',
      resolve: (s) => countOf(s, 'consultations', grouped.consultations),
    }),
    decisionsByRoute: t.field({
      type: [DecisionRouteCount],
      description: 'JET decisions taken in the period, by the route decided: every route listed.',
      resolve: async (s) =>
        everyGroup(
          YOUTH_STATISTICS_CATALOGUE.routes,
          await cellRows(s, 'decisionsByRoute', grouped.decisionsByRoute),
        ).map((r) => ({ route: r.key, decisions: s.publish(r.n) })),
    }),
    referrals: t.field({
      type: PublishedCount,
      description: 'Referrals to youth-care providers made in the period.',
      resolve: (s) => countOf(s, 'referrals', grouped.referrals),
    }),
    casesClosedByReason: t.field({
      type: [CloseReasonCount],
      description:
        'Cases closed in the period, by reden beëindiging (CBS Beleidsinformatie Jeugd, BR-Y18): every reason listed.',
      resolve: async (s) =>
        everyGroup(
          YOUTH_STATISTICS_CATALOGUE.closeReasons,
          await cellRows(s, 'casesClosedByReason', grouped.casesClosedByReason),
        ).map((r) => ({ reason: r.key, cases: s.publish(r.n) })),
    }),
  }),
});
