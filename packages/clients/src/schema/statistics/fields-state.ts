import { cellRows } from '@mienskip/kit/schema';
import { STATISTICS_CATALOGUE } from '../../domain/statistics.ts';
import { housingLinkStates, transitionStates } from '../../store/statistics-state.ts';
import { builder } from '../builder.ts';
import { ClientStatistics } from './client-statistics.ts';
import { HousingLinkStatusCount, TransitionCount } from './types.ts';

/** States at the end of the period: the transition (partly as it stands now) and the housing links. */
builder.objectFields(ClientStatistics, (t) => ({
  transition: t.field({
    type: [TransitionCount],
    description:
      'Transition progress at the end of the period: residents per state of their interview. Only holding the ' +
      "interview is dated: it counts as held when held on or before the period's last day. Whether an interview " +
      'not held is planned (NOT_PLANNED, PLANNED) and how far the handover of a held one is (FOLLOW_UP_PENDING, ' +
      'HANDOVER_IN_PROGRESS, HANDED_OVER) carry no date, so they count as they stand now.',
    resolve: async (s) => {
      const [row] = await cellRows(s, 'transition', transitionStates);
      return STATISTICS_CATALOGUE.transitionStatuses.map(({ status }) => ({
        status,
        clients: s.publish(row?.[status] ?? 0),
      }));
    },
  }),
  housingLinks: t.field({
    type: [HousingLinkStatusCount],
    description:
      'Koppeling wonen en zorg: housing links with a care provider per status on the last day of the period, ' +
      'both listed — solved when untied on or before that day, open otherwise. A link has no opening date (the ' +
      "links are the old providers' arrangements, all there at the transition), so every link counts in every " +
      "period. A provider key counts its own organisation's links (BR-CL24).",
    resolve: async (s) => {
      const [row] = await cellRows(s, 'housingLinks', housingLinkStates);
      return STATISTICS_CATALOGUE.housingLinkStatuses.map(({ status }) => ({
        status,
        links: s.publish(row?.[status] ?? 0),
      }));
    },
  }),
}));
