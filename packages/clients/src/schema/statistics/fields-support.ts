import { cellRows } from '@mienskip/kit/schema';
import { endReasonCounted, everyGroup, STATISTICS_CATALOGUE } from '../../domain/statistics.ts';
import {
  engagementsEndedByReason,
  residentsByDeliveryForm,
  residentsByPillar,
  residentsByPillarAndKind,
  residentsByProvision,
  waitingTimes,
} from '../../store/statistics-support.ts';
import { builder } from '../builder.ts';
import { ClientStatistics } from './client-statistics.ts';
import {
  DeliveryFormCount,
  EndReasonCount,
  PillarCount,
  PillarKindCount,
  ProvisionTypeCount,
  WaitingTime,
} from './types.ts';

/** The support residents get: who had support running, what ended and how long the wait was. */
builder.objectFields(ClientStatistics, (t) => ({
  clientsByPillarAndKind: t.field({
    type: [PillarKindCount],
    description:
      'Residents with support running in the period, per pillar and kind: every pair the engagement rules allow ' +
      '(participation in the sociale basis and the basis only, personal care and youth work in the basis only, ' +
      'household help and short stay in aanvullend only), zero included. Light parenting support and debt help ' +
      'are not counted here: the youth and debt subgraphs record them.',
    resolve: async (s) =>
      everyGroup(
        STATISTICS_CATALOGUE.pillarKinds,
        await cellRows(s, 'pillarKinds', residentsByPillarAndKind),
      ).map((r) => ({ pillar: r.pillar, kind: r.kind, clients: s.publish(r.n) })),
  }),
  clientsByPillar: t.field({
    type: [PillarCount],
    description:
      'Residents with support running in the period (an engagement started on or before its last day and not ' +
      'ended before its first), per pillar, every pillar listed: klantaantallen in basis and aanvullend. A ' +
      'resident with support in two pillars counts in both, so the pillars do not add up to the residents ' +
      'supported (BR-CL20).',
    resolve: async (s) =>
      everyGroup(STATISTICS_CATALOGUE.pillars, await cellRows(s, 'pillars', residentsByPillar)).map((r) => ({
        pillar: r.pillar,
        clients: s.publish(r.n),
      })),
  }),
  clientsByProvision: t.field({
    type: [ProvisionTypeCount],
    description:
      'Residents with support running in the period, per provision type: ALGEMEEN (algemene voorziening) and ' +
      'MAATWERK (maatwerkvoorziening; per 10,000 inhabitants the BBV indicator), both listed; a resident with ' +
      'both counts in both (BR-CL20).',
    resolve: async (s) =>
      everyGroup(
        STATISTICS_CATALOGUE.provisionTypes,
        await cellRows(s, 'provisionTypes', residentsByProvision),
      ).map((r) => ({ provisionType: r.provisionType, clients: s.publish(r.n) })),
  }),
  deliveryForms: t.field({
    type: [DeliveryFormCount],
    description: 'ZIN/PGB: residents with maatwerk running in the period, per delivery form.',
    resolve: async (s) =>
      everyGroup(
        STATISTICS_CATALOGUE.deliveryForms,
        await cellRows(s, 'deliveryForms', residentsByDeliveryForm),
      ).map((r) => ({ form: r.form, clients: s.publish(r.n) })),
  }),
  engagementsEndedByReason: t.field({
    type: [EndReasonCount],
    description:
      'Engagements that ended in the period (their end date in it), per reason of ending as the stopbericht ' +
      'gave it, every reason listed; an end recorded without a reason counts as OTHER (BR-CL21).',
    resolve: async (s) => {
      const rows = await cellRows(s, 'endReasons', engagementsEndedByReason);
      const counted = rows.map((r) => ({ reason: endReasonCounted(r.reason), n: r.n }));
      return everyGroup(STATISTICS_CATALOGUE.endReasons, counted).map((r) => ({
        reason: r.reason,
        engagements: s.publish(r.n),
      }));
    },
  }),
  waitingTime: t.field({
    type: WaitingTime,
    description: 'From referral to start, for aanvullend engagements that started in the period.',
    resolve: async (s) => {
      const [row] = await cellRows(s, 'waitingTime', waitingTimes);
      const measured = s.publish(row?.n ?? 0);
      const average = row?.average == null ? null : Math.round(Number(row.average) * 10) / 10;
      return { measured, averageDays: measured.secret ? null : average };
    },
  }),
}));
