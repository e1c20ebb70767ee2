import type { Grid } from './grid.ts';

/**
 * Which of an indicator's dimensions runs across its table and which run down. Areas across reads
 * best, then groups, then periods, but only while the value columns (doubled when the year before
 * stands beside them) fit on a printed page; otherwise the shortest dimension goes across.
 */

export type Dimension = 'group' | 'area' | 'period';

export interface Layout {
  column: Dimension;
  /** Outer to inner, each with more than one value (at least one dimension). */
  rows: Dimension[];
  /** Dimensions with a single value, not across: named in the caption instead. */
  fixed: Dimension[];
}

/** Value columns a printed A4 page holds with the row headers beside them. */
export const MAX_VALUE_COLUMNS = 6;
/** Groups with longer names (lots, savings measures) read better down than as narrow columns. */
export const MAX_GROUP_HEADER = 24;

const PREFERENCE: Dimension[] = ['area', 'group', 'period'];
const ROW_ORDER: Dimension[] = ['group', 'area', 'period'];

export function valuesOf(grid: Grid, dimension: Dimension): (string | null)[] {
  if (dimension === 'group') return grid.groups;
  return dimension === 'area' ? grid.areas : grid.periods;
}

export function layoutOf(grid: Grid): Layout {
  const count = (d: Dimension) => valuesOf(grid, d).length;
  const perValue = grid.hasPrevious ? 2 : 1;
  // A single period across is fine (one column, `2021`); a single area or group says nothing there.
  const short = grid.groups.every((g) => (g ?? '').length <= MAX_GROUP_HEADER);
  const fits = (d: Dimension) =>
    (count(d) >= 2 || d === 'period') && count(d) * perValue <= MAX_VALUE_COLUMNS && (d !== 'group' || short);
  const varying = PREFERENCE.filter((d) => count(d) >= 2);
  const shortest = [...varying].sort((a, b) => count(a) - count(b))[0];
  const column = PREFERENCE.find(fits) ?? shortest ?? 'period';
  const others = ROW_ORDER.filter((d) => d !== column);
  const rows = others.filter((d) => count(d) >= 2);
  if (rows.length === 0) rows.push(column === 'period' ? 'area' : 'period');
  return { column, rows, fixed: others.filter((d) => !rows.includes(d)) };
}
