import {
  type PublishedCount as Count,
  publishCountFor,
  statisticsPeriodRefusalFor,
} from '@mienskip/kit/rules';
import { contextLoader } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';
import { and, avg, count, countDistinct, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { GraphQLError } from 'graphql';
import {
  clients,
  complaints,
  decisions,
  engagements,
  households,
  objections,
  referrals,
  supportRequests,
  transitionInterviews,
} from '../db/tables.ts';
import { checkPeriod, everyGroup, STATISTICS_CATALOGUE } from '../domain/statistics.ts';
import { TRANSITION_STATUSES } from '../domain/transition.ts';
import { readVisibility } from '../lookups/caseloads.ts';
import { ownRows, visibleClients } from '../store/scoping.ts';
import { between, countedClients, type Period, runningIn } from '../store/statistics.ts';
import { transitionCondition } from '../store/transition.ts';
import { builder, PublishedCount, STATISTICS } from './builder.ts';
import {
  ComplaintLevel,
  DecisionOutcome,
  DeliveryForm,
  Pillar,
  RequestOutcome,
  SupportKind,
  TransitionStatus,
} from './enums.ts';
import { AreaRef } from './refs.ts';

interface Scope extends Period {
  /** Residents counted: in the area asked, and visible to the key. */
  clientIn: (clientId: AnyPgColumn) => SQL | undefined;
  /** Rows of one organisation (engagements, complaints): a key of another than the municipality counts its own. */
  own: (organisationId: AnyPgColumn) => SQL | undefined;
  /** A count as the caller may see it: exact, or under the CBS rule for small numbers. */
  publish: (exact: number | string) => Count;
  context: SubgraphContext;
}

const PillarKindCount = builder
  .objectRef<{ pillar: string; kind: string; clients: Count }>('PillarKindCount')
  .implement({
    description: 'Residents with support of one kind in one pillar during the period.',
    fields: (t) => ({
      pillar: t.field({
        type: Pillar,
        description: 'Ondersteuningspijler.',
        resolve: (r) => r.pillar as never,
      }),
      kind: t.field({
        type: SupportKind,
        description: 'Ondersteuningssoort.',
        resolve: (r) => r.kind as never,
      }),
      clients: t.field({ type: PublishedCount, description: 'Residents.', resolve: (r) => r.clients }),
    }),
  });

const DeliveryFormCount = builder.objectRef<{ form: string; clients: Count }>('DeliveryFormCount').implement({
  description: 'Residents with maatwerk in one delivery form (ZIN or PGB) during the period.',
  fields: (t) => ({
    form: t.field({ type: DeliveryForm, description: 'ZIN or PGB.', resolve: (r) => r.form as never }),
    clients: t.field({ type: PublishedCount, description: 'Residents.', resolve: (r) => r.clients }),
  }),
});

const OutcomeCount = builder
  .objectRef<{ outcome: string | null; requests: Count }>('RequestOutcomeCount')
  .implement({
    description: 'Support requests received in the period, by assessment outcome.',
    fields: (t) => ({
      outcome: t.field({
        type: RequestOutcome,
        nullable: true,
        description: 'The outcome; null for requests not yet assessed.',
        resolve: (r) => r.outcome as never,
      }),
      requests: t.field({ type: PublishedCount, description: 'Requests.', resolve: (r) => r.requests }),
    }),
  });

const DecisionCount = builder
  .objectRef<{ outcome: string; decisions: Count }>('DecisionOutcomeCount')
  .implement({
    description: 'Beschikkingen issued in the period, by outcome.',
    fields: (t) => ({
      outcome: t.field({
        type: DecisionOutcome,
        description: 'Granted or refused.',
        resolve: (r) => r.outcome as never,
      }),
      decisions: t.field({ type: PublishedCount, description: 'Decisions.', resolve: (r) => r.decisions }),
    }),
  });

const TransitionCount = builder
  .objectRef<{ status: string; clients: Count }>('TransitionStatusCount')
  .implement({
    description:
      'Residents with a transition interview in one state as it stood on the last day of the period (an interview ' +
      'held after that day counts as not yet held; planning and handover carry no date and count as recorded).',
    fields: (t) => ({
      status: t.field({
        type: TransitionStatus,
        description: 'The state.',
        resolve: (r) => r.status as never,
      }),
      clients: t.field({ type: PublishedCount, description: 'Residents.', resolve: (r) => r.clients }),
    }),
  });

const ComplaintCount = builder
  .objectRef<{ level: string; complaints: Count }>('ComplaintLevelCount')
  .implement({
    description: 'Complaints raised in the period, by the rung they are at now.',
    fields: (t) => ({
      level: t.field({ type: ComplaintLevel, description: 'The rung.', resolve: (r) => r.level as never }),
      complaints: t.field({ type: PublishedCount, description: 'Complaints.', resolve: (r) => r.complaints }),
    }),
  });

const WaitingTime = builder
  .objectRef<{ measured: Count; averageDays: number | null }>('WaitingTime')
  .implement({
    description: 'Wachttijd: days from the referral to the start of the aanvullend engagement it led to.',
    fields: (t) => ({
      measured: t.field({
        type: PublishedCount,
        description: 'Engagements measured (started in the period).',
        resolve: (w) => w.measured,
      }),
      averageDays: t.float({
        nullable: true,
        description: 'Average days; null when the number measured is secret under the CBS rule.',
        resolve: (w) => w.averageDays,
      }),
    }),
  });

const ClientStatistics = builder.objectRef<Scope>('ClientStatistics').implement({
  description:
    'Figures the council asks for (per period and area), aggregated in SQL. Without the personal-data scope ' +
    'every count follows the CBS rule for small numbers. Every list names every group of its catalogue, also ' +
    'when nothing was counted in it (zero is published under the rule like any count, so it is secret without ' +
    'personal-data): every pillar × kind the engagement rules allow, both delivery forms, every request outcome ' +
    'and not yet assessed, both decision outcomes, every complaint rung, every transition state that is ' +
    'returned. No list publishes a total of its parts; a group recorded before a rule forbade it is listed ' +
    'after the catalogue.',
  fields: (t) => ({
    from: t.field({ type: 'Date', description: 'First day of the period.', resolve: (s) => s.from }),
    to: t.field({ type: 'Date', description: 'Last day of the period.', resolve: (s) => s.to }),
    clientsByPillarAndKind: t.field({
      type: [PillarKindCount],
      description:
        'Residents with support running in the period, per pillar and kind: every pair the engagement rules allow ' +
        '(participation in the sociale basis and the basis only, personal care and youth work in the basis only, ' +
        'household help and short stay in aanvullend only), zero included. Light parenting support and debt help ' +
        'are not counted here: the youth and debt subgraphs record them.',
      resolve: async (s) => {
        const rows = await s.context.db
          .select({
            pillar: engagements.pillar,
            kind: engagements.kind,
            n: countDistinct(engagements.clientId),
          })
          .from(engagements)
          .where(and(runningIn(s), s.clientIn(engagements.clientId), s.own(engagements.organisationId)))
          .groupBy(engagements.pillar, engagements.kind);
        return everyGroup(STATISTICS_CATALOGUE.pillarKinds, rows).map((r) => ({
          pillar: r.pillar,
          kind: r.kind,
          clients: s.publish(r.n),
        }));
      },
    }),
    deliveryForms: t.field({
      type: [DeliveryFormCount],
      description: 'ZIN/PGB: residents with maatwerk running in the period, per delivery form.',
      resolve: async (s) => {
        const rows = await s.context.db
          .select({ form: engagements.deliveryForm, n: countDistinct(engagements.clientId) })
          .from(engagements)
          .where(
            and(
              runningIn(s),
              eq(engagements.provisionType, 'MAATWERK'),
              s.clientIn(engagements.clientId),
              s.own(engagements.organisationId),
            ),
          )
          .groupBy(engagements.deliveryForm);
        return everyGroup(STATISTICS_CATALOGUE.deliveryForms, rows).map((r) => ({
          form: r.form,
          clients: s.publish(r.n),
        }));
      },
    }),
    requestsByOutcome: t.field({
      type: [OutcomeCount],
      description:
        'Support requests received in the period, by outcome: every outcome and null (not yet assessed).',
      resolve: async (s) => {
        const rows = await s.context.db
          .select({ outcome: supportRequests.outcome, n: count() })
          .from(supportRequests)
          .where(and(between(supportRequests.receivedOn, s), s.clientIn(supportRequests.clientId)))
          .groupBy(supportRequests.outcome);
        return everyGroup(STATISTICS_CATALOGUE.requestOutcomes, rows).map((r) => ({
          outcome: r.outcome,
          requests: s.publish(r.n),
        }));
      },
    }),
    referrals: t.field({
      type: PublishedCount,
      description: 'Referrals to aanvullende ondersteuning issued in the period.',
      resolve: async (s) => {
        const [row] = await s.context.db
          .select({ n: count() })
          .from(referrals)
          .where(and(between(referrals.issuedOn, s), s.clientIn(referrals.clientId)));
        return s.publish(row!.n);
      },
    }),
    decisions: t.field({
      type: [DecisionCount],
      nullable: true,
      // Beschikkingen are the municipality's: a provider does not learn how many its clients got.
      authScopes: { municipal: true },
      description: 'Beschikkingen issued in the period, by outcome; municipal keys only.',
      resolve: async (s) => {
        const rows = await s.context.db
          .select({ outcome: decisions.outcome, n: count() })
          .from(decisions)
          .where(and(between(decisions.issuedOn, s), s.clientIn(decisions.clientId)))
          .groupBy(decisions.outcome);
        return everyGroup(STATISTICS_CATALOGUE.decisionOutcomes, rows).map((r) => ({
          outcome: r.outcome,
          decisions: s.publish(r.n),
        }));
      },
    }),
    objections: t.field({
      type: PublishedCount,
      nullable: true,
      authScopes: { municipal: true },
      description: 'Bezwaren filed in the period; municipal keys only.',
      resolve: async (s) => {
        const [row] = await s.context.db
          .select({ n: count() })
          .from(objections)
          .innerJoin(decisions, eq(decisions.id, objections.decisionId))
          .where(and(between(objections.filedOn, s), s.clientIn(decisions.clientId)));
        return s.publish(row!.n);
      },
    }),
    complaints: t.field({
      type: [ComplaintCount],
      description: 'Klachten raised in the period, by the rung they are at now.',
      resolve: async (s) => {
        const rows = await s.context.db
          .select({ level: complaints.level, n: count() })
          .from(complaints)
          .where(
            and(
              between(complaints.raisedOn, s),
              s.clientIn(complaints.clientId),
              s.own(complaints.organisationId),
            ),
          )
          .groupBy(complaints.level);
        return everyGroup(STATISTICS_CATALOGUE.complaintLevels, rows).map((r) => ({
          level: r.level,
          complaints: s.publish(r.n),
        }));
      },
    }),
    transition: t.field({
      type: [TransitionCount],
      description:
        'Transition progress on the last day of the period: residents per state of their interview.',
      resolve: async (s) => {
        const [row] = await s.context.db
          .select(
            Object.fromEntries(
              TRANSITION_STATUSES.map((status) => [
                status,
                sql<number>`count(*) filter (where ${transitionCondition(status, s.to)})`.mapWith(Number),
              ]),
            ) as unknown as Record<(typeof TRANSITION_STATUSES)[number], SQL<number>>,
          )
          .from(transitionInterviews)
          .where(s.clientIn(transitionInterviews.clientId));
        return STATISTICS_CATALOGUE.transitionStatuses.map(({ status }) => ({
          status,
          clients: s.publish(row?.[status] ?? 0),
        }));
      },
    }),
    waitingTime: t.field({
      type: WaitingTime,
      description: 'From referral to start, for aanvullend engagements that started in the period.',
      resolve: async (s) => {
        const [row] = await s.context.db
          .select({ n: count(), average: avg(sql`${engagements.startedOn} - ${referrals.issuedOn}`) })
          .from(engagements)
          .innerJoin(referrals, eq(referrals.id, engagements.referralId))
          .where(
            and(
              between(engagements.startedOn, s),
              s.clientIn(engagements.clientId),
              s.own(engagements.organisationId),
            ),
          );
        const measured = s.publish(row!.n);
        const average = row!.average === null ? null : Math.round(Number(row!.average) * 10) / 10;
        return { measured, averageDays: measured.secret ? null : average };
      },
    }),
  }),
});

builder.queryField('clientStatistics', (t) =>
  t.field({
    type: ClientStatistics,
    nullable: true,
    description:
      'Statistics of the social domain for a period, optionally one area: pillars and kinds, ZIN/PGB, requests, ' +
      'referrals, decisions, objections, complaints, transition progress and waiting time. A provider key counts its ' +
      "own clients, and of engagements and complaints only its own organisation's. Without the personal-data " +
      'scope the period is whole calendar months (`from` the first day of a month, `to` the last day of a month: ' +
      'a month, a quarter, a year or a run of months), otherwise BAD_USER_INPUT, so that subtracting overlapping ' +
      'periods cannot single out a few days. Null when clients is unavailable; see errors.',
    authScopes: STATISTICS,
    args: {
      from: t.arg({
        type: 'Date',
        required: true,
        description: 'First day (without personal-data the first day of a month).',
      }),
      to: t.arg({
        type: 'Date',
        required: true,
        description:
          'Last day (at most ten years after the first; without personal-data the last day of a month).',
      }),
      areaId: t.arg.id({ description: 'Only households in this area.' }),
    },
    resolve: async (_root, args, context) => {
      const refusal =
        checkPeriod(args.from, args.to) ?? statisticsPeriodRefusalFor(context.caller, args.from, args.to);
      if (refusal)
        throw new GraphQLError(refusal.message, {
          extensions: { code: 'BAD_USER_INPUT', field: refusal.field },
        });
      return {
        from: args.from,
        to: args.to,
        clientIn: countedClients(context.db, await readVisibility(context), args.areaId ?? null),
        own: (organisationId: AnyPgColumn) => ownRows(context.caller, organisationId),
        publish: (exact: number | string) => publishCountFor(context.caller, exact),
        context,
      };
    },
  }),
);

interface AreaCounts {
  households: number;
  clients: number;
}

/** Households and residents per area, one grouped query for every area asked. */
const countsOf = contextLoader<SubgraphContext, string, AreaCounts>(async (ids, context) => {
  const visible = visibleClients(await readVisibility(context));
  const rows = await context.db
    .select({
      areaId: households.areaId,
      households: countDistinct(households.id),
      clients: count(clients.id),
    })
    .from(households)
    .innerJoin(clients, eq(clients.householdId, households.id))
    .where(and(inArray(households.areaId, [...ids]), visible))
    .groupBy(households.areaId);
  const byArea = new Map(rows.map((row) => [row.areaId, row]));
  return ids.map((id) => byArea.get(id) ?? { households: 0, clients: 0 });
});

const AREA_COUNTS = { anyScope: ['clients:read', 'statistics'] } as const;

builder.objectFields(AreaRef, (t) => ({
  householdCount: t.field({
    type: PublishedCount,
    nullable: true,
    description: 'Households known to the social domain in this area (CBS rule without personal-data).',
    authScopes: AREA_COUNTS,
    resolve: async (area, _a, context) =>
      publishCountFor(context.caller, (await countsOf(context).load(area.id)).households),
  }),
  clientCount: t.field({
    type: PublishedCount,
    nullable: true,
    description: 'Residents known to the social domain in this area (CBS rule without personal-data).',
    authScopes: AREA_COUNTS,
    resolve: async (area, _a, context) =>
      publishCountFor(context.caller, (await countsOf(context).load(area.id)).clients),
  }),
}));
