import {
  type PublishedCount as Count,
  publishCountFor,
  statisticsPeriodRefusalFor,
} from '@mienskip/kit/rules';
import type { SubgraphContext } from '@mienskip/kit/server';
import { and, count, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { GraphQLError } from 'graphql';
import { debtCases, debtCrises, debtReferrals, debtSignals, outreachAttempts } from '../../db/tables.ts';
import { crisisNorm } from '../../domain/crisis.ts';
import { FOUR_WEEKS_DAYS } from '../../domain/norms.ts';
import {
  checkPeriod,
  DEBT_STATISTICS_CATALOGUE,
  everyGroup,
  publishedAverage,
} from '../../domain/statistics.ts';
import { phaseSql } from '../../store/cases.ts';
import { today } from '../../store/clock.ts';
import { dutchGeneralHolidays } from '../../store/holidays.ts';
import { visibleCases, visibleSignals } from '../../store/visibility.ts';
import { builder, PublishedCount, STATISTICS } from '../builder.ts';
import { DebtSignalKind } from '../signals/enums.ts';
import { DebtOutflowReason, DebtPhase, DebtReferralKind } from './enums.ts';

interface Scope {
  from: string;
  to: string;
  today: string;
  areaId: string | null;
  /** Cases counted: visible to the key, in the area asked. */
  caseIn: (caseId: AnyPgColumn) => SQL | undefined;
  publish: (exact: number | string) => Count;
  context: SubgraphContext;
  /** Each asked once per operation, however many of its fields are selected. */
  fourWeeks: () => Promise<{ met: number; missed: number; pending: number }>;
  crises: () => Promise<{ met: number; missed: number; pending: number }>;
}

const between = (column: AnyPgColumn, s: Pick<Scope, 'from' | 'to'>) =>
  and(gte(column, s.from), lte(column, s.to));

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | null = null;
  return () => {
    promise ??= load();
    return promise;
  };
}

const PhaseCount = builder.objectRef<{ phase: string; cases: Count }>('DebtPhaseCount').implement({
  description: 'Debt cases running at some time in the period, by the phase they were in at its end.',
  fields: (t) => ({
    phase: t.field({ type: DebtPhase, description: 'The phase.', resolve: (r) => r.phase as never }),
    cases: t.field({ type: PublishedCount, description: 'Cases.', resolve: (r) => r.cases }),
  }),
});

const OutflowCount = builder.objectRef<{ reason: string; cases: Count }>('DebtOutflowReasonCount').implement({
  description: 'Debt cases that flowed out in the period, by uitstroomreden (DDAS).',
  fields: (t) => ({
    reason: t.field({
      type: DebtOutflowReason,
      description: 'The reason.',
      resolve: (r) => r.reason as never,
    }),
    cases: t.field({ type: PublishedCount, description: 'Cases.', resolve: (r) => r.cases }),
  }),
});

const ReferralCount = builder
  .objectRef<{ kind: string; referrals: Count; averageDays: number | null }>('DebtReferralKindCount')
  .implement({
    description: 'Referrals to third parties started in the period, by kind.',
    fields: (t) => ({
      kind: t.field({ type: DebtReferralKind, description: 'The kind.', resolve: (r) => r.kind as never }),
      referrals: t.field({
        type: PublishedCount,
        description: 'Referrals started.',
        resolve: (r) => r.referrals,
      }),
      averageDays: t.int({
        nullable: true,
        description:
          'How long those of them that have ended ran, on average, in whole days ("voor zolang dit nodig is"). Null ' +
          'when none ended, or when the number that ended is secret under the CBS rule (0–7) for this key.',
        resolve: (r) => r.averageDays,
      }),
    }),
  });

const SignalCount = builder
  .objectRef<{ kind: string; signals: Count; reached: Count }>('DebtSignalKindCount')
  .implement({
    description: 'Signals received in the period, by kind: vroegsignalering (VROEG) or a late signal (LAAT).',
    fields: (t) => ({
      kind: t.field({
        type: DebtSignalKind,
        description:
          'VROEG (vroegsignaal, beginnende schulden) or LAAT (laatsignaal, problematische schulden).',
        resolve: (r) => r.kind as never,
      }),
      signals: t.field({ type: PublishedCount, description: 'Signals received.', resolve: (r) => r.signals }),
      reached: t.field({
        type: PublishedCount,
        description: 'Of them, those whose resident was reached by an outreach attempt (bereikt).',
        resolve: (r) => r.reached,
      }),
    }),
  });

const SHARES =
  'Shares are for the reader to compute from the published (rounded) counts; none is published, so that no share ' +
  'can reveal a small number.';

const DebtStatistics = builder.objectRef<Scope>('DebtStatistics').implement({
  description:
    'Debt-assistance figures the council asks for (debt cases by phase, the Wgs norms, signals, referrals, outflow), ' +
    'aggregated over the cases and signals the key may see. Without the personal-data scope every count follows the ' +
    `CBS rule for small numbers (0–7 secret, otherwise rounded to fives). Every list names every group, zero included. ${SHARES}`,
  fields: (t) => ({
    from: t.field({ type: 'Date', description: 'First day of the period.', resolve: (s) => s.from }),
    to: t.field({ type: 'Date', description: 'Last day of the period.', resolve: (s) => s.to }),
    casesByPhase: t.field({
      type: [PhaseCount],
      description:
        'Cases running at some time in the period (registered by its end, not flowed out before its start), by the ' +
        'phase they were in at its end (OUTFLOW: flowed out in the period): every phase listed.',
      resolve: async (s) => {
        const phase = phaseSql(s.to);
        const rows = await s.context.db
          .select({ key: sql<string>`${phase}`, n: count() })
          .from(debtCases)
          .where(
            and(
              lte(debtCases.registeredOn, s.to),
              sql`(${debtCases.outflowOn} is null or ${debtCases.outflowOn} >= ${s.from}::date)`,
              s.caseIn(debtCases.id),
            ),
          )
          // By position: the phase's day is a parameter, which PostgreSQL would not match twice.
          .groupBy(sql`1`);
        return everyGroup(DEBT_STATISTICS_CATALOGUE.phases, rows).map((r) => ({
          phase: r.key,
          cases: s.publish(r.n),
        }));
      },
    }),
    withinFourWeeks: t.field({
      type: PublishedCount,
      description:
        'Wgs four-week norm, numerator: cases registered in the period whose first conversation came within 28 days ' +
        `(MET). The denominator is \`fourWeekNormCases\`. ${SHARES}`,
      resolve: async (s) => s.publish((await s.fourWeeks()).met),
    }),
    fourWeekNormCases: t.field({
      type: PublishedCount,
      description:
        'Wgs four-week norm, denominator: cases registered in the period whose norm is decided (MET or MISSED: a first ' +
        'conversation after 28 days, or 28 days passed without one). Cases still inside their 28 days are apart ' +
        '(`stillInsideFourWeeks`).',
      resolve: async (s) => {
        const { met, missed } = await s.fourWeeks();
        return s.publish(met + missed);
      },
    }),
    stillInsideFourWeeks: t.field({
      type: PublishedCount,
      description:
        'Cases registered in the period still inside their 28 days without a first conversation (PENDING): neither ' +
        'met nor missed yet.',
      resolve: async (s) => s.publish((await s.fourWeeks()).pending),
    }),
    crisesWithinThreeWorkingDays: t.field({
      type: PublishedCount,
      description:
        'Wgs crisis norm, numerator: crises reported in the period (dreigende woningontruiming, afsluiting van ' +
        'nutsvoorzieningen, opzegging zorgverzekering) whose first conversation came within 3 werkdagen (weekends and ' +
        `the general holidays of the Algemene termijnenwet not counted). The denominator is \`crisesDecided\`. ${SHARES}`,
      resolve: async (s) => s.publish((await s.crises()).met),
    }),
    crisesDecided: t.field({
      type: PublishedCount,
      description:
        'Wgs crisis norm, denominator: crises reported in the period whose norm is decided (met or missed).',
      resolve: async (s) => {
        const { met, missed } = await s.crises();
        return s.publish(met + missed);
      },
    }),
    crisesPending: t.field({
      type: PublishedCount,
      description:
        'Crises reported in the period still inside their 3 working days without a first conversation.',
      resolve: async (s) => s.publish((await s.crises()).pending),
    }),
    signalsByKind: t.field({
      type: [SignalCount],
      description:
        'Signals received in the period (vroeg- and laatsignalering), by kind, with those whose resident was reached: ' +
        'both kinds listed. Counts the signals the key may see, of households in the area asked.',
      resolve: async (s) => {
        const reached = sql`exists (select 1 from ${outreachAttempts} where ${outreachAttempts.signalId} = ${debtSignals.id} and ${outreachAttempts.reached})`;
        const rows = await s.context.db
          .select({
            key: debtSignals.kind,
            n: count(),
            reached: sql<number>`count(*) filter (where ${reached})`.mapWith(Number),
          })
          .from(debtSignals)
          .where(
            and(
              between(debtSignals.receivedOn, s),
              visibleSignals(s.context.caller),
              s.areaId ? sql`${debtSignals.areaId} = ${s.areaId}` : undefined,
            ),
          )
          .groupBy(debtSignals.kind);
        const reachedOf = new Map(rows.map((r) => [r.key, r.reached]));
        return everyGroup(DEBT_STATISTICS_CATALOGUE.signalKinds, rows).map((r) => ({
          kind: r.key,
          signals: s.publish(r.n),
          reached: s.publish(reachedOf.get(r.key) ?? 0),
        }));
      },
    }),
    referralsByKind: t.field({
      type: [ReferralCount],
      description:
        'Referrals to third parties started in the period, by kind, with how long the ended ones ran on average: every ' +
        'kind listed.',
      resolve: async (s) => {
        const rows = await s.context.db
          .select({
            key: debtReferrals.kind,
            n: count(),
            ended: sql<number>`count(${debtReferrals.endedOn})`.mapWith(Number),
            average: sql<
              number | null
            >`avg(${debtReferrals.endedOn} - ${debtReferrals.startedOn}) filter (where ${debtReferrals.endedOn} is not null)`.mapWith(
              (value) => (value === null ? null : Number(value)),
            ),
          })
          .from(debtReferrals)
          .where(and(between(debtReferrals.startedOn, s), s.caseIn(debtReferrals.caseId)))
          .groupBy(debtReferrals.kind);
        const byKind = new Map(rows.map((r) => [r.key, r]));
        return everyGroup(DEBT_STATISTICS_CATALOGUE.referralKinds, rows).map((r) => {
          const row = byKind.get(r.key);
          const ended = s.publish(row?.ended ?? 0);
          return {
            kind: r.key,
            referrals: s.publish(r.n),
            averageDays: publishedAverage(row?.ended ? row.average : null, ended.secret),
          };
        });
      },
    }),
    outflowByReason: t.field({
      type: [OutflowCount],
      description: 'Cases that flowed out in the period, by uitstroomreden (DDAS): every reason listed.',
      resolve: async (s) => {
        const rows = await s.context.db
          .select({ key: sql<string>`${debtCases.outflowReason}`, n: count() })
          .from(debtCases)
          .where(and(between(debtCases.outflowOn, s), s.caseIn(debtCases.id)))
          .groupBy(debtCases.outflowReason);
        return everyGroup(DEBT_STATISTICS_CATALOGUE.outflowReasons, rows).map((r) => ({
          reason: r.key,
          cases: s.publish(r.n),
        }));
      },
    }),
  }),
});

builder.queryField('debtStatistics', (t) =>
  t.field({
    type: DebtStatistics,
    nullable: true,
    description:
      'Debt-assistance statistics for a period, optionally one area (BR-DB16): cases by phase, the Wgs four-week and ' +
      'three-working-day norms, signals, referrals by kind, outflow by reason. Needs only the statistics scope; counts ' +
      'the cases the key may see. Without the personal-data scope the period is whole calendar months (`from` the first ' +
      'day of a month, `to` the last day of a month), otherwise BAD_USER_INPUT; at most ten years. Null when debt is ' +
      'unavailable; see errors.',
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
        description: 'Only cases of households in this area (as it was when the case was registered).',
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
      const now = today();
      const caseIn = (caseId: AnyPgColumn) =>
        and(
          visibleCases(context.caller, caseId),
          areaId
            ? inArray(
                caseId,
                context.db
                  .select({ id: debtCases.id })
                  .from(debtCases)
                  .where(sql`${debtCases.areaId} = ${areaId}`),
              )
            : undefined,
        );
      const period = { from: args.from, to: args.to };
      return {
        ...period,
        today: now,
        areaId,
        caseIn,
        publish: (exact: number | string) => publishCountFor(context.caller, exact),
        context,
        // The same three outcomes as `fourWeekNorm` (domain/norms.ts), counted in SQL.
        fourWeeks: once(async () => {
          const days = sql`(coalesce(${debtCases.intakeOn}, ${now}::date) - ${debtCases.registeredOn})`;
          const [row] = await context.db
            .select({
              met: sql<number>`count(*) filter (where ${debtCases.intakeOn} is not null and ${days} <= ${FOUR_WEEKS_DAYS})`.mapWith(
                Number,
              ),
              missed: sql<number>`count(*) filter (where ${days} > ${FOUR_WEEKS_DAYS})`.mapWith(Number),
              pending:
                sql<number>`count(*) filter (where ${debtCases.intakeOn} is null and ${days} <= ${FOUR_WEEKS_DAYS})`.mapWith(
                  Number,
                ),
            })
            .from(debtCases)
            .where(and(between(debtCases.registeredOn, period), caseIn(debtCases.id)));
          return row!;
        }),
        // F2's `crisisNorm` decides each crisis; the crises of the period are read in one statement.
        crises: once(async () => {
          const rows = await context.db
            .select({
              reportedOn: debtCrises.reportedOn,
              firstConversationOn: debtCrises.firstConversationOn,
            })
            .from(debtCrises)
            .where(and(between(debtCrises.reportedOn, period), caseIn(debtCrises.caseId)));
          const holidays = dutchGeneralHolidays(
            Number(args.from.slice(0, 4)),
            Math.max(Number(args.to.slice(0, 4)), Number(now.slice(0, 4))) + 1,
          );
          const tally = { met: 0, missed: 0, pending: 0 };
          for (const crisis of rows) {
            const norm = crisisNorm(crisis.reportedOn, crisis.firstConversationOn, now, holidays);
            tally[norm === 'MET' ? 'met' : norm === 'MISSED' ? 'missed' : 'pending'] += 1;
          }
          return tally;
        }),
      };
    },
  }),
);
