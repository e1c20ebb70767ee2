import type { Count, WmoAnswer } from './answers.ts';
import { averageFigure, countFigure, isHidden, per10000Figure, present, shareFigure } from './figures.ts';
import { labelOf } from './labels.ts';
import type { Figure } from './model.ts';
import { locatedCells, type Places } from './places.ts';

/** The sum of published counts: hidden when any part is (a sum would reveal nothing else). */
export function sumOf(counts: Count[]): Count {
  if (counts.some(isHidden)) return { value: null, secret: true, rounded: false, suppressed: false };
  return {
    value: counts.reduce((sum, count) => sum + count.value!, 0),
    secret: false,
    rounded: counts.some((count) => count.rounded),
    suppressed: false,
  };
}

/** The Wmo table's figures: one answer of CouncilWmo. */
export function wmoFigures(answer: WmoAnswer, places: Places): Figure[] {
  const cells = locatedCells(
    places,
    answer.clientStatisticsSeries,
    (answer.areas ?? []).map((area) => ({ id: area.id, series: area.clientStatisticsSeries })),
  );
  return cells.flatMap(({ cell, at }) => {
    const forms = sumOf(cell.deliveryForms.map((form) => form.clients));
    return present([
      ...cell.clientsByPillar.flatMap(({ pillar, clients }) => [
        countFigure('wmo.clienten-per-pijler', labelOf('pillar', pillar), at, clients),
        per10000Figure('wmo.clienten-per-pijler-per-10000', labelOf('pillar', pillar), at, clients),
      ]),
      ...cell.clientsByProvision.flatMap(({ provisionType, clients }) => [
        countFigure('wmo.clienten-per-voorziening', labelOf('provisionType', provisionType), at, clients),
        per10000Figure(
          'wmo.clienten-per-voorziening-per-10000',
          labelOf('provisionType', provisionType),
          at,
          clients,
        ),
      ]),
      ...cell.deliveryForms.flatMap(({ form, clients }) => [
        countFigure('wmo.leveringsvorm', labelOf('deliveryForm', form), at, clients),
        shareFigure('wmo.aandeel-leveringsvorm', labelOf('deliveryForm', form), at, clients, forms),
      ]),
      ...cell.requestsByOutcome.map(({ outcome, requests }) =>
        countFigure('wmo.aanvragen-per-uitkomst', labelOf('requestOutcome', outcome), at, requests),
      ),
      countFigure('wmo.verwijzingen', null, at, cell.referrals),
      ...(cell.decisions ?? []).map(({ outcome, decisions }) =>
        countFigure('wmo.beschikkingen-per-uitkomst', labelOf('decisionOutcome', outcome), at, decisions),
      ),
      averageFigure('wmo.wachttijd', null, at, cell.waitingTime.averageDays, cell.waitingTime.measured),
      countFigure('wmo.wachttijd-gemeten', null, at, cell.waitingTime.measured),
      countFigure('wmo.toewijzingen-niet-gestart', null, at, cell.referralsNotStarted),
      ...cell.engagementsEndedByReason.map(({ reason, engagements }) =>
        countFigure('wmo.beeindigingen-per-reden', labelOf('endReason', reason), at, engagements),
      ),
      ...cell.complaintsByStatus.map(({ status, complaints }) =>
        countFigure('wmo.klachten-per-status', labelOf('complaintStatus', status), at, complaints),
      ),
      ...cell.complaints.map(({ level, complaints }) =>
        countFigure('wmo.klachten-per-trede', labelOf('complaintLevel', level), at, complaints),
      ),
      ...(cell.objectionsByOutcome ?? []).map(({ outcome, objections }) =>
        countFigure('wmo.bezwaren-per-uitkomst', labelOf('objectionOutcome', outcome), at, objections),
      ),
      ...cell.transition.map(({ status, clients }) =>
        countFigure('wmo.transitie', labelOf('transitionStatus', status), at, clients),
      ),
      ...cell.housingLinks.map(({ status, links }) =>
        countFigure('wmo.woonkoppelingen', labelOf('housingLinkStatus', status), at, links),
      ),
    ]);
  });
}
