import type { FinanceAnswer } from './answers.ts';
import { type At, exactFigure, present } from './figures.ts';
import { labelOf } from './labels.ts';
import type { Figure } from './model.ts';
import { periodLabel } from './period.ts';
import type { Places } from './places.ts';

/**
 * The finance table's figures: one answer of CouncilFinance, for the municipality only (a lumpsum is
 * per lot and year). The lumpsum and the year's difference come from the series by year, the
 * realisation from the series by the report's grain, the savings plan is the year's.
 */
export function financeFigures(answer: FinanceAnswer, places: Places): Figure[] {
  const at = (span: { from: string; to: string }): At => ({
    period: periodLabel(span),
    area: places.municipality.area,
    population: null,
  });
  const years = (answer.years ?? []).flatMap((year) =>
    year.lots.flatMap((lot) => [
      exactFigure('fin.lumpsum-per-perceel', labelOf('lot', lot.lot), at(year), lot.lumpsum),
      exactFigure('fin.verschil-per-perceel', labelOf('lot', lot.lot), at(year), lot.difference),
    ]),
  );
  const periods = (answer.periods ?? []).flatMap((period) =>
    period.lots.flatMap((lot) => [
      exactFigure('fin.realisatie-per-perceel', labelOf('lot', lot.lot), at(period), lot.realised),
      exactFigure('fin.realisatie-tot-datum', labelOf('lot', lot.lot), at(period), lot.realisedToDate),
    ]),
  );
  const plan = answer.savingsPlan;
  const savings = plan
    ? (() => {
        const year = { period: String(plan.year), area: places.municipality.area, population: null };
        return [
          exactFigure('fin.besparingen', 'Taakstelling', year, plan.target),
          exactFigure('fin.besparingen', 'Gepland totaal', year, plan.plannedTotal),
          exactFigure('fin.besparingen', 'Gerealiseerd totaal', year, plan.realisedTotal),
          exactFigure(
            'fin.besparingen',
            'Gerealiseerd ten opzichte van taakstelling',
            year,
            plan.realisedVersusTarget,
          ),
          exactFigure('fin.besparingen', 'Risicoreserve', year, plan.reserve),
          ...[...plan.measures]
            .sort((a, b) => a.position - b.position)
            .flatMap((measure) => [
              exactFigure(
                'fin.besparingsmaatregelen',
                `${measure.position}. ${labelOf('savingsMeasure', measure.title)}: gepland`,
                year,
                measure.planned,
              ),
              exactFigure(
                'fin.besparingsmaatregelen',
                `${measure.position}. ${labelOf('savingsMeasure', measure.title)}: gerealiseerd`,
                year,
                measure.realised,
              ),
            ]),
        ];
      })()
    : [];
  return present([...years, ...periods, ...savings]);
}

/** Whether any amount rests on synthetic data (a seeded realisation, say). */
export function financeSynthetic(answer: FinanceAnswer): boolean {
  return (
    (answer.years ?? []).some((year) => year.lots.some((lot) => lot.provenance === 'SYNTHETIC')) ||
    (answer.savingsPlan?.measures ?? []).some((measure) => measure.provenance === 'SYNTHETIC')
  );
}
