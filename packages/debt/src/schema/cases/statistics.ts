import { cellRows, type StatisticsSource } from '@mienskip/kit/schema';
import {
  DEBT_STATISTICS_CATALOGUE,
  everyGroup,
  type NormTally,
  publishedAverage,
  tallyCrisisNorms,
} from '../../domain/statistics.ts';
import { dutchGeneralHolidays } from '../../store/holidays.ts';
import {
  casesByPhase,
  fourWeekNorms,
  outflowByReason,
  referralsByKind,
  type StatisticsReader,
} from '../../store/statistics-cases.ts';
import { crisesByDays, signalsByKind } from '../../store/statistics-signals.ts';
import { builder, PublishedCount } from '../builder.ts';
import { AreaRef, ref } from './refs.ts';
import { OutflowCount, PhaseCount, ReferralCount, SignalCount } from './statistics-types.ts';

/**
 * One cell of a debt statistics table (BR-DB16, BR-DB49): a period and an area (null: the whole
 * municipality), read as the key may see it (BR-DB9) and published as it may see it (the CBS rule
 * per cell). Every field answers all cells of the cell's grid with one grouped statement.
 */
type DebtStatisticsCell = StatisticsSource<StatisticsReader>;

const ZERO: NormTally = { met: 0, missed: 0, pending: 0 };

async function fourWeeks(s: DebtStatisticsCell): Promise<NormTally> {
  const [row] = await cellRows(s, 'fourWeekNorms', fourWeekNorms);
  return row ?? ZERO;
}

/** The crisis norm of the cell: its crises' days from one statement, decided by the rule (BR-DB21). */
async function crises(s: DebtStatisticsCell): Promise<NormTally> {
  const rows = await cellRows(s, 'crisesByDays', crisesByDays);
  const { periods } = s.cell.grid;
  // A term reported late in the table's last year, or still running today, runs into the next year.
  const holidays = dutchGeneralHolidays(
    Number(periods[0]!.from.slice(0, 4)),
    Math.max(Number(periods.at(-1)!.to.slice(0, 4)), Number(s.reader.today.slice(0, 4))) + 1,
  );
  return tallyCrisisNorms(rows, s.reader.today, holidays);
}

const SHARES =
  'Shares are for the reader to compute from the published (rounded) counts; none is published, so that no share ' +
  'can reveal a small number.';

export const DebtStatistics = builder.objectRef<DebtStatisticsCell>('DebtStatistics').implement({
  description:
    'Debt-assistance figures the council asks for (debt cases by phase, the Wgs norms, signals, referrals, outflow), ' +
    'for one period and the whole municipality or one area, aggregated over the cases and signals the key may see. ' +
    'Without the personal-data scope every count follows the CBS rule for small numbers (0–7 secret, otherwise ' +
    `rounded to fives), in every period and area apart. Every list names every group, zero included. ${SHARES}`,
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
        'The area counted (wijk, dorp or gebied): a case, its referrals and crises count for the area of its ' +
        'household when it was registered, a signal for the area of its household. Null: the whole municipality.',
      resolve: (s) => ref(s.cell.areaId),
    }),
    casesByPhase: t.field({
      type: [PhaseCount],
      description:
        'Cases running at some time in the period (registered by its end, not flowed out before its start), by the ' +
        'phase they were in at its end (OUTFLOW: flowed out in the period): every phase listed.',
      resolve: async (s) => {
        const rows = await cellRows(s, 'casesByPhase', casesByPhase);
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
      resolve: async (s) => s.publish((await fourWeeks(s)).met),
    }),
    fourWeekNormCases: t.field({
      type: PublishedCount,
      description:
        'Wgs four-week norm, denominator: cases registered in the period whose norm is decided (MET or MISSED: a first ' +
        'conversation after 28 days, or 28 days passed without one). Cases still inside their 28 days are apart ' +
        '(`stillInsideFourWeeks`).',
      resolve: async (s) => {
        const { met, missed } = await fourWeeks(s);
        return s.publish(met + missed);
      },
    }),
    stillInsideFourWeeks: t.field({
      type: PublishedCount,
      description:
        'Cases registered in the period still inside their 28 days without a first conversation (PENDING): neither ' +
        'met nor missed yet.',
      resolve: async (s) => s.publish((await fourWeeks(s)).pending),
    }),
    crisesWithinThreeWorkingDays: t.field({
      type: PublishedCount,
      description:
        'Wgs crisis norm, numerator: crises reported in the period (dreigende woningontruiming, afsluiting van ' +
        'nutsvoorzieningen, opzegging zorgverzekering) whose first conversation came within 3 werkdagen (weekends and ' +
        `the general holidays of the Algemene termijnenwet not counted). The denominator is \`crisesDecided\`. ${SHARES}`,
      resolve: async (s) => s.publish((await crises(s)).met),
    }),
    crisesDecided: t.field({
      type: PublishedCount,
      description:
        'Wgs crisis norm, denominator: crises reported in the period whose norm is decided (met or missed).',
      resolve: async (s) => {
        const { met, missed } = await crises(s);
        return s.publish(met + missed);
      },
    }),
    crisesPending: t.field({
      type: PublishedCount,
      description:
        'Crises reported in the period still inside their 3 working days without a first conversation.',
      resolve: async (s) => s.publish((await crises(s)).pending),
    }),
    signalsByKind: t.field({
      type: [SignalCount],
      description:
        'Signals received in the period (vroeg- and laatsignalering), by kind, with those whose resident was reached: ' +
        'both kinds listed. Counts the signals the key may see, of households in the area asked.',
      resolve: async (s) => {
        const rows = await cellRows(s, 'signalsByKind', signalsByKind);
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
        const rows = await cellRows(s, 'referralsByKind', referralsByKind);
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
        const rows = await cellRows(s, 'outflowByReason', outflowByReason);
        return everyGroup(DEBT_STATISTICS_CATALOGUE.outflowReasons, rows).map((r) => ({
          reason: r.key,
          cases: s.publish(r.n),
        }));
      },
    }),
  }),
});
