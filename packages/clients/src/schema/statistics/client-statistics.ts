import type { StatisticsSource } from '@mienskip/kit/schema';
import type { Counting } from '../../store/statistics.ts';
import { builder } from '../builder.ts';
import { AreaRef, ref } from '../refs.ts';

/** One cell of a statistics table, counted as the key may see it (`Counting`). */
export type ClientStatisticsSource = StatisticsSource<Counting>;

/** One cell of a statistics table; its figures are added by `fields-*.ts`. */
export const ClientStatistics = builder.objectRef<ClientStatisticsSource>('ClientStatistics').implement({
  description:
    'Figures the council asks for, for one period and the whole municipality or one area, aggregated in SQL ' +
    '(a table of them, `clientStatisticsSeries`, costs one query per figure whatever its number of periods and ' +
    'areas). A resident counts for the area of their household. Without the personal-data scope every count ' +
    'follows the CBS rule for small numbers. Every list names every group of its catalogue, also when nothing ' +
    'was counted in it (zero is published under the rule like any count, so it is secret without personal-data): ' +
    'every pillar × kind the engagement rules allow, every pillar, both provision types, both delivery forms, ' +
    'every request outcome and not yet assessed, every end reason, both decision outcomes, every objection ' +
    'outcome and not yet decided, every complaint rung and status, every transition state that is returned, ' +
    'both housing link statuses. No list publishes a total of its parts; a group recorded before a rule forbade ' +
    'it is listed after the catalogue.',
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
      description: 'The area counted (the households in it); null for the whole municipality.',
      resolve: (s) => ref(s.cell.areaId),
    }),
  }),
});
