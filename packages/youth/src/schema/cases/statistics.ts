import { addStatisticsEntries } from '@mienskip/kit/schema';
import { visibleCases } from '../../store/visibility.ts';
import { builder, StatisticsGrain } from '../builder.ts';
import { AreaRef } from './refs.ts';
import { YouthStatistics } from './statistics-types.ts';

const PERIOD_RULES =
  'Without the personal-data scope the period is whole calendar months (`from` the first day of a month, `to` the ' +
  'last day of a month), otherwise BAD_USER_INPUT; at most ten years';

/** `youthStatistics`, `youthStatisticsSeries` and `Area.youthStatisticsSeries`, over the cases the key may see (BR-Y10). */
addStatisticsEntries(builder, {
  type: YouthStatistics,
  area: AreaRef,
  grain: StatisticsGrain,
  reader: (context) => ({ db: context.db, visible: visibleCases(context.caller) }),
  cell: {
    name: 'youthStatistics',
    description:
      'Youth statistics for a period, optionally one area (BR-Y15): cases by route, light parenting support by goal, ' +
      'JET consultations, decisions by route, referrals to youth care, closed cases by reason. Needs only the ' +
      `statistics scope; counts the cases the key may see. ${PERIOD_RULES}. Null when youth is unavailable; see errors.`,
    areaId: 'Only cases of households in this area (as it was when the case opened).',
  },
  series: {
    name: 'youthStatisticsSeries',
    description:
      'Youth statistics for the whole municipality, one element per period of the grain in order (without a ' +
      'grain one element, the whole period), each as `youthStatistics` answers it; every statistic is one ' +
      `grouped query for all periods. Needs only the statistics scope. ${PERIOD_RULES}, and at most 120 periods.`,
  },
  areaSeries: {
    description:
      'Youth statistics for this area (a case counts in its household’s area when it opened), one element per ' +
      'period as `youthStatisticsSeries`; all areas asked in one request share one grouped query per statistic. ' +
      `Needs only the statistics scope. ${PERIOD_RULES}, and at most 120 periods.`,
  },
});
