import type { CouncilReport, Indicator } from '../model.ts';
import { type ChartPart, type ChartSpec, chartOf, type LotsMember, lotsChart } from './charts.ts';
import { DOMAINS } from './domains.ts';
import { escapeHtml } from './escape.ts';
import { figuresOf, type Grid, gridOf } from './grid.ts';
import { tableHtml } from './table.ts';

/** The contents list and one section per domain, each indicator with its description, chart and table. */

export const anchorOf = (indicator: Indicator) => `i-${indicator.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** Chart sizes in CSS pixels: fixed, so headless rendering and print get the same picture. */
export const CHART_WIDTH = 760;
export const CHART_HEIGHT = 300;

export function contentsHtml(report: CouncilReport): string {
  const items = DOMAINS.map(({ domain, title }) => {
    const indicators = report.indicators.filter((i) => i.domain === domain);
    const sub = indicators.length
      ? `<ol>${indicators.map((i) => `<li><a href="#${anchorOf(i)}">${escapeHtml(i.name)}</a></li>`).join('')}</ol>`
      : '';
    return `<li><a href="#d-${domain}">${escapeHtml(title)}</a>${sub}</li>`;
  });
  return `<nav class="toc" aria-label="Inhoud"><h2>Inhoud</h2><ol>${items.join('')}</ol></nav>`;
}

function chartHtml(part: ChartPart): string {
  const note =
    part.secret > 0
      ? `<p class="chart-note">${part.secret === 1 ? 'Eén waarde is' : `${part.secret} waarden zijn`} geheim ` +
        `(CBS-regel voor kleine aantallen) en ${part.secret === 1 ? 'ontbreekt' : 'ontbreken'} in de grafiek; ` +
        'de tabel toont ‘geheim’.</p>'
      : '';
  return (
    `<figure class="chart"><canvas id="${part.spec.canvasId}" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" ` +
    `role="img" aria-label="${escapeHtml(part.caption)}"></canvas>` +
    `<figcaption>${escapeHtml(part.caption)}</figcaption>${note}</figure>`
  );
}

function gridFor(indicator: Indicator, report: CouncilReport): Grid {
  return gridOf(figuresOf(report.figures, indicator.id), figuresOf(report.previousFigures, indicator.id));
}

/**
 * The chart an indicator gets. The `lots` indicators of a domain (lumpsum, realisation) share one
 * chart, drawn at the first that has figures; the others point to it.
 */
function chartFor(
  indicator: Indicator,
  grid: Grid,
  report: CouncilReport,
  canvasId: string,
): ChartPart | string | null {
  if (indicator.chart !== 'lots') return chartOf(indicator, grid, canvasId);
  const members: LotsMember[] = report.indicators
    .filter((i) => i.domain === indicator.domain && i.chart === 'lots')
    .map((i) => ({ indicator: i, grid: i.id === indicator.id ? grid : gridFor(i, report) }))
    .filter((m) => m.grid.periods.length > 0);
  const first = members[0]?.indicator;
  if (!first) return null;
  if (first.id === indicator.id) return lotsChart(members, canvasId);
  return (
    `<p class="chart-ref">De grafiek bij <a href="#${anchorOf(first)}">${escapeHtml(first.name)}</a> ` +
    'zet deze bedragen per perceel ernaast.</p>'
  );
}

function indicatorHtml(indicator: Indicator, report: CouncilReport, charts: ChartSpec[]): string {
  const grid = gridFor(indicator, report);
  const meta: [string, string][] = [
    ['Definitie', indicator.definition],
    ['Bron', indicator.source],
    ['Wettelijke basis', indicator.legalBasis],
    ['Eenheid', indicator.unit.label],
  ];
  const dl = meta.map(([term, value]) => `<dt>${term}</dt><dd>${escapeHtml(value)}</dd>`).join('');
  const notes = indicator.notes.length
    ? `<ul class="notes">${indicator.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>`
    : '';
  let body = '<p class="empty">Geen cijfers voor deze periode.</p>';
  if (grid.periods.length > 0) {
    const chart = chartFor(indicator, grid, report, `chart-${charts.length + 1}`);
    let chartPart = '';
    if (typeof chart === 'string') chartPart = chart;
    else if (chart) {
      charts.push(chart.spec);
      chartPart = chartHtml(chart);
    }
    body = chartPart + tableHtml(indicator, grid);
  }
  return (
    `<article class="indicator" id="${anchorOf(indicator)}"><h3>${escapeHtml(indicator.name)}</h3>` +
    `<dl class="meta">${dl}</dl>${notes}${body}</article>`
  );
}

/** The domain sections; pushes the chart of each indicator that has one onto `charts`. */
export function sectionsHtml(report: CouncilReport, charts: ChartSpec[]): string {
  return DOMAINS.map(({ domain, title }) => {
    const indicators = report.indicators.filter((i) => i.domain === domain);
    const body = indicators.length
      ? indicators.map((i) => indicatorHtml(i, report, charts)).join('')
      : '<p class="empty">Geen indicatoren in deze rapportage.</p>';
    return `<section class="domain" id="d-${domain}"><h2>${escapeHtml(title)}</h2>${body}</section>`;
  }).join('');
}
