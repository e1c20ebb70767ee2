import {
  type PublishedCount as Count,
  publishCountFor,
  statisticsPeriodRefusalFor,
} from '@mienskip/kit/rules';
import type { SubgraphContext } from '@mienskip/kit/server';
import { and, count, gte, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { GraphQLError } from 'graphql';
import {
  jetConsultations,
  jetDecisions,
  lightParentingSupport,
  youthCases,
  youthReferrals,
} from '../../db/tables.ts';
import { checkPeriod, everyGroup, YOUTH_STATISTICS_CATALOGUE } from '../../domain/statistics.ts';
import { visibleCases } from '../../store/visibility.ts';
import { builder, PublishedCount, STATISTICS } from '../builder.ts';
import { LightSupportGoal, YouthRoute } from './enums.ts';

interface Scope {
  from: string;
  to: string;
  /** Cases counted: visible to the key, in the area asked. */
  caseIn: (caseId: AnyPgColumn) => SQL | undefined;
  publish: (exact: number | string) => Count;
  context: SubgraphContext;
}

const between = (column: AnyPgColumn, s: Scope) => and(gte(column, s.from), lte(column, s.to));
/** Runs in the period: started by its end, not ended before its start. */
const running = (start: AnyPgColumn, end: AnyPgColumn, s: Scope) =>
  and(lte(start, s.to), or(isNull(end), gte(end, s.from)));

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

const YouthStatistics = builder.objectRef<Scope>('YouthStatistics').implement({
  description:
    'Youth figures the council asks for (youth cases by route; CBS Beleidsinformatie Jeugd), aggregated in SQL over ' +
    'the cases the key may see. Without the personal-data scope every count follows the CBS rule for small numbers ' +
    '(0–7 secret, otherwise rounded to fives). Every list names every group, zero included; no list publishes a ' +
    'total of its parts.',
  fields: (t) => ({
    from: t.field({ type: 'Date', description: 'First day of the period.', resolve: (s) => s.from }),
    to: t.field({ type: 'Date', description: 'Last day of the period.', resolve: (s) => s.to }),
    casesByRoute: t.field({
      type: [RouteCount],
      description: 'Cases open at some time in the period, by their route now: every route listed.',
      resolve: async (s) => {
        const rows = await s.context.db
          .select({ key: youthCases.route, n: count() })
          .from(youthCases)
          .where(and(running(youthCases.openedOn, youthCases.closedOn, s), s.caseIn(youthCases.id)))
          .groupBy(youthCases.route);
        return everyGroup(YOUTH_STATISTICS_CATALOGUE.routes, rows).map((r) => ({
          route: r.key,
          cases: s.publish(r.n),
        }));
      },
    }),
    lightSupportByGoal: t.field({
      type: [GoalCount],
      description:
        'Cases with lichte opvoedondersteuning running in the period, per goal (a support with several goals counts ' +
        'for each): every goal listed.',
      resolve: async (s) => {
        const result = await s.context.db.execute<{ key: string; n: string }>(sql`
          select goal as key, count(distinct ${lightParentingSupport.caseId}) as n
          from ${lightParentingSupport} cross join lateral unnest(${lightParentingSupport.goals}) as goals(goal)
          where ${and(
            running(lightParentingSupport.startedOn, lightParentingSupport.endedOn, s),
            s.caseIn(lightParentingSupport.caseId),
          )}
          group by goal`);
        const rows = (
          Array.isArray(result) ? result : (result as { rows: { key: string; n: string }[] }).rows
        ) as {
          key: string;
          n: string;
        }[];
        return everyGroup(YOUTH_STATISTICS_CATALOGUE.goals, rows).map((r) => ({
          goal: r.key,
          cases: s.publish(r.n),
        }));
      },
    }),
    consultations: t.field({
      type: PublishedCount,
      description: 'JET consultations held in the period.',
      resolve: async (s) => {
        const [row] = await s.context.db
          .select({ n: count() })
          .from(jetConsultations)
          .where(and(between(jetConsultations.consultedOn, s), s.caseIn(jetConsultations.caseId)));
        return s.publish(row!.n);
      },
    }),
    decisionsByRoute: t.field({
      type: [DecisionRouteCount],
      description: 'JET decisions taken in the period, by the route decided: every route listed.',
      resolve: async (s) => {
        const rows = await s.context.db
          .select({ key: jetDecisions.route, n: count() })
          .from(jetDecisions)
          .where(and(between(jetDecisions.decidedOn, s), s.caseIn(jetDecisions.caseId)))
          .groupBy(jetDecisions.route);
        return everyGroup(YOUTH_STATISTICS_CATALOGUE.routes, rows).map((r) => ({
          route: r.key,
          decisions: s.publish(r.n),
        }));
      },
    }),
    referrals: t.field({
      type: PublishedCount,
      description: 'Referrals to youth-care providers made in the period.',
      resolve: async (s) => {
        const [row] = await s.context.db
          .select({ n: count() })
          .from(youthReferrals)
          .where(and(between(youthReferrals.referredOn, s), s.caseIn(youthReferrals.caseId)));
        return s.publish(row!.n);
      },
    }),
  }),
});

builder.queryField('youthStatistics', (t) =>
  t.field({
    type: YouthStatistics,
    nullable: true,
    description:
      'Youth statistics for a period, optionally one area (BR-Y15): cases by route, light parenting support by goal, ' +
      'JET consultations, decisions by route, referrals to youth care. Needs only the statistics scope; counts the ' +
      'cases the key may see. Without the personal-data scope the period is whole calendar months (`from` the first ' +
      'day of a month, `to` the last day of a month), otherwise BAD_USER_INPUT; at most ten years. Null when youth ' +
      'is unavailable; see errors.',
    authScopes: STATISTICS,
    args: {
      from: t.arg({
        type: 'Date',
        required: true,
        description: 'First day (without personal-data the first of a month).',
      }),
      to: t.arg({
        type: 'Date',
        required: true,
        description:
          'Last day (at most ten years after the first; without personal-data the last day of a month).',
      }),
      areaId: t.arg.id({
        description: 'Only cases of households in this area (as it was when the case opened).',
      }),
    },
    resolve: (_root, args, context) => {
      const refusal =
        checkPeriod(args.from, args.to) ?? statisticsPeriodRefusalFor(context.caller, args.from, args.to);
      if (refusal)
        throw new GraphQLError(refusal.message, {
          extensions: { code: 'BAD_USER_INPUT', field: refusal.field },
        });
      const areaId = args.areaId ? String(args.areaId) : null;
      return {
        from: args.from,
        to: args.to,
        caseIn: (caseId: AnyPgColumn) =>
          and(
            visibleCases(context.caller, caseId),
            areaId
              ? inArray(
                  caseId,
                  context.db
                    .select({ id: youthCases.id })
                    .from(youthCases)
                    .where(sql`${youthCases.areaId} = ${areaId}`),
                )
              : undefined,
          ),
        publish: (exact: number | string) => publishCountFor(context.caller, exact),
        context,
      };
    },
  }),
);
