import type { DebtAnswer } from './answers.ts';
import { type At, countFigure, exactFigure, present, secretFigure, shareFigure } from './figures.ts';
import { labelOf } from './labels.ts';
import type { Figure } from './model.ts';
import { locatedCells, type Places } from './places.ts';

/**
 * How long ended referrals of a kind ran. The graph gives no average when none ended or when the
 * number that ended is secret; without personal-data that number is under the CBS rule (zero
 * included), so no average is secret, and with it no average is nothing to report.
 */
function durationFigure(group: string, at: At, averageDays: number | null, exact: boolean): Figure | null {
  if (averageDays !== null) return exactFigure('schulden.verwijzingsduur', group, at, averageDays);
  return exact ? null : secretFigure('schulden.verwijzingsduur', group, at);
}

/** The debt table's figures: one answer of CouncilDebt; `exact` when the key holds personal-data. */
export function debtFigures(answer: DebtAnswer, places: Places, exact: boolean): Figure[] {
  const cells = locatedCells(
    places,
    answer.debtStatisticsSeries,
    (answer.areas ?? []).map((area) => ({ id: area.id, series: area.debtStatisticsSeries })),
  );
  return cells.flatMap(({ cell, at }) =>
    present([
      ...cell.casesByPhase.map(({ phase, cases }) =>
        countFigure('schulden.zaken-per-fase', labelOf('debtPhase', phase), at, cases),
      ),
      countFigure('schulden.vierwekennorm', 'Gehaald', at, cell.withinFourWeeks),
      countFigure('schulden.vierwekennorm', 'Beoordeeld', at, cell.fourWeekNormCases),
      countFigure('schulden.vierwekennorm', 'Nog binnen termijn', at, cell.stillInsideFourWeeks),
      shareFigure('schulden.aandeel-vierwekennorm', null, at, cell.withinFourWeeks, cell.fourWeekNormCases),
      countFigure('schulden.drie-werkdagennorm', 'Gehaald', at, cell.crisesWithinThreeWorkingDays),
      countFigure('schulden.drie-werkdagennorm', 'Beoordeeld', at, cell.crisesDecided),
      countFigure('schulden.drie-werkdagennorm', 'Nog binnen termijn', at, cell.crisesPending),
      shareFigure(
        'schulden.aandeel-drie-werkdagennorm',
        null,
        at,
        cell.crisesWithinThreeWorkingDays,
        cell.crisesDecided,
      ),
      ...cell.signalsByKind.flatMap(({ kind, signals, reached }) => [
        countFigure(
          'schulden.signalen-per-soort',
          `${labelOf('debtSignalKind', kind)}: ontvangen`,
          at,
          signals,
        ),
        countFigure(
          'schulden.signalen-per-soort',
          `${labelOf('debtSignalKind', kind)}: bereikt`,
          at,
          reached,
        ),
      ]),
      ...cell.referralsByKind.flatMap(({ kind, referrals, averageDays }) => [
        countFigure('schulden.verwijzingen-per-soort', labelOf('debtReferralKind', kind), at, referrals),
        durationFigure(labelOf('debtReferralKind', kind), at, averageDays, exact),
      ]),
      ...cell.outflowByReason.map(({ reason, cases }) =>
        countFigure('schulden.uitstroom-per-reden', labelOf('debtOutflowReason', reason), at, cases),
      ),
    ]),
  );
}
