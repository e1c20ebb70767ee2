import type { YouthAnswer } from './answers.ts';
import { countFigure } from './figures.ts';
import { labelOf } from './labels.ts';
import type { Figure } from './model.ts';
import { locatedCells, type Places } from './places.ts';

/** The youth table's figures: one answer of CouncilYouth. */
export function youthFigures(answer: YouthAnswer, places: Places): Figure[] {
  const cells = locatedCells(
    places,
    answer.youthStatisticsSeries,
    (answer.areas ?? []).map((area) => ({ id: area.id, series: area.youthStatisticsSeries })),
  );
  return cells.flatMap(({ cell, at }) => [
    ...cell.casesByRoute.map(({ route, cases }) =>
      countFigure('jeugd.casussen-per-route', labelOf('youthRoute', route), at, cases),
    ),
    ...cell.lightSupportByGoal.map(({ goal, cases }) =>
      countFigure('jeugd.lichte-opvoedondersteuning-per-doel', labelOf('lightSupportGoal', goal), at, cases),
    ),
    countFigure('jeugd.jet-consultaties', null, at, cell.consultations),
    ...cell.decisionsByRoute.map(({ route, decisions }) =>
      countFigure('jeugd.besluiten-per-route', labelOf('youthRoute', route), at, decisions),
    ),
    countFigure('jeugd.verwijzingen', null, at, cell.referrals),
    ...cell.casesClosedByReason.map(({ reason, cases }) =>
      countFigure('jeugd.afgesloten-per-reden', labelOf('youthCloseReason', reason), at, cases),
    ),
  ]);
}
