import type { Figure, Indicator, UnitKind } from '../model.ts';
import { MUNICIPALITY } from './domains.ts';
import type { Grid } from './grid.ts';

/**
 * What each chart draws, computed here and inlined as JSON; the page's script only hands it to
 * Chart.js. A secret cell is null in the data, so Chart.js leaves a gap (never a zero bar).
 */

export interface ChartDataset {
  label: string;
  data: (number | null)[];
  color: string;
  /** Drawn as a line in a bar chart (the norm), or dashed (the year before). */
  line?: boolean;
  dashed?: boolean;
}

export interface ChartSpec {
  canvasId: string;
  type: 'line' | 'bar';
  unit: UnitKind;
  labels: string[];
  datasets: ChartDataset[];
  /** The value axis's top, for shares. */
  max?: number;
}

export interface ChartPart {
  spec: ChartSpec;
  /** Dutch: what the chart shows (area, period). */
  caption: string;
  /** How many plotted cells are secret and so missing from the chart. */
  secret: number;
}

/** The debt norms ask every case to meet them: the line the shares are read against. */
export const NORM_TARGET = 100;

// Okabe–Ito: tells the lines apart for colour-blind readers and in grey print.
const PALETTE = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#000000', '#f0e442'];
const PREVIOUS_COLOR = '#8c8c8c';
const NORM_COLOR = '#c0392b';

const colorAt = (index: number) => PALETTE[index % PALETTE.length]!;

function shownValue(figure: Figure | undefined): number | null {
  return figure && !figure.secret ? figure.value : null;
}

/** The area a single-area chart draws: the municipality when it is there. */
function mainArea(grid: Grid): string {
  return grid.areas.includes(MUNICIPALITY) ? MUNICIPALITY : (grid.areas[0] ?? MUNICIPALITY);
}

function groupLabel(group: string | null, indicator: Indicator): string {
  return group ?? indicator.name;
}

class Counter {
  secret = 0;
  take(figure: Figure | undefined): number | null {
    if (figure?.secret || (figure && figure.value === null)) this.secret += 1;
    return shownValue(figure);
  }
}

function trend(indicator: Indicator, grid: Grid, canvasId: string): ChartPart {
  const area = mainArea(grid);
  const count = new Counter();
  const datasets: ChartDataset[] = grid.groups.map((group, index) => ({
    label: groupLabel(group, indicator),
    data: grid.periods.map((period) => count.take(grid.cell(group, period, area))),
    color: colorAt(index),
  }));
  // Without a breakdown there is room for the year before as a dashed line beside it.
  if (grid.hasPrevious && grid.groups.length === 1) {
    const group = grid.groups[0] ?? null;
    datasets.push({
      label: 'Een jaar eerder',
      data: grid.periods.map((period) => count.take(grid.previous(group, period, area))),
      color: PREVIOUS_COLOR,
      dashed: true,
    });
  }
  return {
    // One period (a report over the whole period) is no line: bars show its values.
    spec: {
      canvasId,
      type: grid.periods.length > 1 ? 'line' : 'bar',
      unit: indicator.unit.kind,
      labels: grid.periods,
      datasets,
    },
    caption: `Verloop per periode, ${area}.`,
    secret: count.secret,
  };
}

function areas(indicator: Indicator, grid: Grid, canvasId: string): ChartPart {
  const period = grid.periods.at(-1) ?? '';
  // A total would dwarf its areas (the table has it); a rate or share of the whole is their yardstick.
  const relative = !['count', 'euro'].includes(indicator.unit.kind);
  const shown =
    grid.areas.length > 1 && !relative ? grid.areas.filter((a) => a !== MUNICIPALITY) : grid.areas;
  const count = new Counter();
  const datasets = grid.groups.map((group, index) => ({
    label: groupLabel(group, indicator),
    data: shown.map((area) => count.take(grid.cell(group, period, area))),
    color: colorAt(index),
  }));
  return {
    spec: { canvasId, type: 'bar', unit: indicator.unit.kind, labels: shown, datasets },
    caption: `Per gebied, periode ${period}.`,
    secret: count.secret,
  };
}

/** One indicator charted per lot: its grid, summed over its periods. */
export interface LotsMember {
  indicator: Indicator;
  grid: Grid;
}

function periodsText(periods: string[]): string {
  return periods.length > 1 ? `${periods[0]} t/m ${periods.at(-1)} opgeteld` : (periods[0] ?? '');
}

/**
 * Lumpsum versus realisation: the domain's `lots` indicators side by side, one bar per indicator per
 * lot. Each is summed over its own periods (the lumpsum is per year, the realisation per quarter), so
 * both cover the report's period; a lot with a secret part has no bar.
 */
export function lotsChart(members: LotsMember[], canvasId: string): ChartPart {
  const area = mainArea(members[0]!.grid);
  const lotNames = [...new Set(members.flatMap((m) => m.grid.groups.map((g) => g ?? m.indicator.name)))];
  const count = new Counter();
  const datasets = members.map(({ indicator, grid }, index) => ({
    label: `${indicator.name} (${periodsText(grid.periods)})`,
    data: lotNames.map((lot) => {
      const at = grid.groups.findIndex((g) => (g ?? indicator.name) === lot);
      if (at < 0) return null;
      const group = grid.groups[at] ?? null;
      const values = grid.periods.map((period) => count.take(grid.cell(group, period, area)));
      return values.some((v) => v === null) ? null : values.reduce<number>((sum, v) => sum + v!, 0);
    }),
    color: colorAt(index),
  }));
  return {
    spec: { canvasId, type: 'bar', unit: members[0]!.indicator.unit.kind, labels: lotNames, datasets },
    caption: `Per perceel, ${area}, over de periode van de rapportage.`,
    secret: count.secret,
  };
}

function norms(indicator: Indicator, grid: Grid, canvasId: string): ChartPart {
  const area = mainArea(grid);
  const count = new Counter();
  const datasets: ChartDataset[] = grid.groups.map((group, index) => ({
    label: groupLabel(group, indicator),
    data: grid.periods.map((period) => count.take(grid.cell(group, period, area))),
    color: colorAt(index),
  }));
  datasets.push({
    label: `Norm: ${NORM_TARGET}% binnen de termijn`,
    data: grid.periods.map(() => NORM_TARGET),
    color: NORM_COLOR,
    line: true,
    dashed: true,
  });
  return {
    spec: {
      canvasId,
      type: 'bar',
      unit: indicator.unit.kind,
      labels: grid.periods,
      datasets,
      max: NORM_TARGET,
    },
    caption: `Aandeel dat de norm haalt per periode, ${area}; de stippellijn is de norm.`,
    secret: count.secret,
  };
}

const BUILDERS = { trend, areas, norms } as const;

/**
 * The chart of an indicator by its `chart` kind, or null when it has none or no figures. `lots` spans
 * several indicators and is drawn by `lotsChart`.
 */
export function chartOf(indicator: Indicator, grid: Grid, canvasId: string): ChartPart | null {
  if (!indicator.chart || indicator.chart === 'lots' || grid.periods.length === 0) return null;
  return BUILDERS[indicator.chart](indicator, grid, canvasId);
}
