import { addStatisticsEntries } from '@mienskip/kit/schema';
import { today } from '../../store/clock.ts';
import { builder, StatisticsGrain } from '../builder.ts';
import { AreaRef } from './refs.ts';
import { DebtStatistics } from './statistics.ts';

const PERIOD_RULES =
  'Without the personal-data scope the period is whole calendar months (`from` the first day of a month, `to` the ' +
  'last day of a month), otherwise BAD_USER_INPUT; at most ten years and at most 120 periods.';

/**
 * Where debt statistics are asked (BR-DB16, BR-DB49): one period and area (`debtStatistics`), a
 * table by period for the municipality (`debtStatisticsSeries`) or for an area
 * (`Area.debtStatisticsSeries`). A table reads the cases the key may see (BR-DB9) against one today.
 */
addStatisticsEntries(builder, {
  type: DebtStatistics,
  area: AreaRef,
  grain: StatisticsGrain,
  reader: (context) => ({ db: context.db, caller: context.caller, today: today() }),
  cell: {
    name: 'debtStatistics',
    description:
      'Debt-assistance statistics for a period, optionally one area (BR-DB16): cases by phase, the Wgs four-week and ' +
      'three-working-day norms, signals, referrals by kind, outflow by reason. Needs only the statistics scope; counts ' +
      'the cases the key may see. Without the personal-data scope the period is whole calendar months (`from` the first ' +
      'day of a month, `to` the last day of a month), otherwise BAD_USER_INPUT; at most ten years. Null when debt is ' +
      'unavailable; see errors.',
    areaId: 'Only cases of households in this area (as it was when the case was registered).',
  },
  series: {
    name: 'debtStatisticsSeries',
    description:
      'Debt-assistance statistics of the whole municipality as a table (BR-DB49): one element per calendar month, ' +
      'quarter or year of the period in order (the first and last cut to the period), or one for the whole period ' +
      `without a grain; each as \`debtStatistics\` answers for its period. Needs the statistics scope. ${PERIOD_RULES} ` +
      'Null when debt is unavailable; see errors.',
  },
  areaSeries: {
    description:
      'Debt-assistance statistics of this area as a table (BR-DB49): one element per calendar month, quarter or year ' +
      'of the period in order, or one without a grain; each as `debtStatistics(areaId)` answers for its period. Needs ' +
      `the statistics scope. ${PERIOD_RULES} Null when refused or debt is unavailable.`,
  },
});
