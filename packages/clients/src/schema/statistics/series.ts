import { addStatisticsEntries } from '@mienskip/kit/schema';
import { readVisibility } from '../../lookups/caseloads.ts';
import { countingFor } from '../../store/statistics.ts';
import { builder, StatisticsGrain } from '../builder.ts';
import { AreaRef } from '../refs.ts';
import { ClientStatistics } from './client-statistics.ts';

const WHOLE_MONTHS =
  'Without the personal-data scope the period is whole calendar months (`from` the first day of a month, `to` ' +
  'the last day of a month: a month, a quarter, a year or a run of months), otherwise BAD_USER_INPUT, so that ' +
  'subtracting overlapping periods cannot single out a few days.';
const SCOPING =
  'A provider key counts only the residents it sees, those with an engagement at it (BR-KT2): all their requests, ' +
  "referrals and referrals not started (BR-CL22) and transition interviews, but only its own organisation's " +
  'engagements, complaints and housing links; decisions and bezwaren are for municipal keys only.';

/** `clientStatistics`, `clientStatisticsSeries` and `Area.clientStatisticsSeries` (BR-CL19). */
addStatisticsEntries(builder, {
  type: ClientStatistics,
  area: AreaRef,
  grain: StatisticsGrain,
  // The key's sight is read once for a whole table.
  reader: async (context) => countingFor(context.db, await readVisibility(context), context.caller),
  cell: {
    name: 'clientStatistics',
    description:
      'Statistics of the social domain for a period, optionally one area: pillars and kinds, provision types, ' +
      'ZIN/PGB, requests, referrals, decisions, objections, complaints, transition progress, housing links and ' +
      `waiting time. ${SCOPING} ${WHOLE_MONTHS} Null when clients is unavailable; see errors.`,
    areaId: 'Only households in this area.',
  },
  series: {
    name: 'clientStatisticsSeries',
    description:
      'A table of `ClientStatistics` for the whole municipality: one element per calendar month, quarter or ' +
      'year of the period (the first and last cut to it), in order; without a grain one element for the ' +
      `period. Each figure is one query for the whole table. At most 120 periods. ${SCOPING} ${WHOLE_MONTHS} ` +
      'Null when clients is unavailable; see errors.',
  },
  areaSeries: {
    description:
      "A table of `ClientStatistics` for this area's households, one element per period as " +
      '`Query.clientStatisticsSeries`; the areas of one request share its queries (one per figure for all ' +
      `areas and periods). ${SCOPING} ${WHOLE_MONTHS} Null when clients is unavailable; see errors.`,
  },
});
