import { stringify } from 'csv-stringify/sync';
import { indicatorOf } from './indicators.ts';
import type { CouncilReport, Figure } from './model.ts';
import { inCatalogueOrder, indicatorLabel } from './presentation.ts';

export const CSV_COLUMNS = ['indicator', 'period', 'area', 'value', 'secret', 'rounded', 'unit'] as const;

function row(figure: Figure): Record<(typeof CSV_COLUMNS)[number], string> {
  return {
    indicator: indicatorLabel(indicatorOf(figure.indicatorId), figure.group),
    period: figure.period,
    area: figure.area,
    // Empty when secret: never a 0 in its place.
    value: figure.value === null ? '' : String(figure.value),
    secret: String(figure.secret),
    rounded: String(figure.rounded),
    unit: figure.unit.label,
  };
}

/**
 * The report as one tidy table: a row per indicator, group, period and area, the previous year's
 * period (when compared) after the asked one.
 */
export function renderCsv(report: CouncilReport): string {
  const figures = [...inCatalogueOrder(report.figures), ...inCatalogueOrder(report.previousFigures)];
  return stringify(figures.map(row), { header: true, columns: [...CSV_COLUMNS] });
}
