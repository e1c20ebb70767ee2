import type { Figure, Indicator } from '../model.ts';
import { escapeHtml } from './escape.ts';
import { formatValue } from './format.ts';
import type { Grid } from './grid.ts';
import { type Dimension, layoutOf, valuesOf } from './table-layout.ts';

/**
 * An indicator's table, laid out by `layoutOf` (areas across while they fit), with beside each value
 * the same cell a year earlier when the report compares. A secret cell reads
 * "geheim", never 0; a rounded value carries a footnote mark.
 */

export const SECRET_TEXT = 'geheim';
export const ROUNDED_MARK = '*';

const SECRET_TITLE = 'Geheim volgens de CBS-regel voor kleine aantallen';

function cellHtml(figure: Figure | undefined, indicator: Indicator, className: string): string {
  const classes = (extra: string) => {
    const names = [className, extra].filter(Boolean).join(' ');
    return names ? ` class="${names}"` : '';
  };
  if (!figure) return `<td${classes('missing')} title="Geen cijfer">–</td>`;
  if (figure.secret || figure.value === null)
    return `<td${classes('secret')} title="${SECRET_TITLE}">${SECRET_TEXT}</td>`;
  const mark = figure.rounded ? `<sup class="mark">${ROUNDED_MARK}</sup>` : '';
  return `<td${classes('')}>${escapeHtml(formatValue(figure.value, indicator.unit.kind))}${mark}</td>`;
}

type Point = Record<Dimension, string | null>;

function headerOf(dimension: Dimension, indicator: Indicator): string {
  if (dimension === 'group') return capitalised(indicator.groupLabel ?? 'groep');
  return dimension === 'area' ? 'Gebied' : 'Periode';
}

/** Every combination of the row dimensions' values, outer dimension slowest. */
function rowPoints(grid: Grid, rows: Dimension[]): Partial<Point>[] {
  return rows.reduce<Partial<Point>[]>(
    (points, dimension) =>
      points.flatMap((point) => valuesOf(grid, dimension).map((value) => ({ ...point, [dimension]: value }))),
    [{}],
  );
}

export function tableHtml(indicator: Indicator, grid: Grid): string {
  const layout = layoutOf(grid);
  const compare = grid.hasPrevious;
  const single: Point = {
    group: grid.groups[0] ?? null,
    area: grid.areas[0] ?? '',
    period: grid.periods[0] ?? '',
  };
  const columns = valuesOf(grid, layout.column);

  const span = compare ? ' rowspan="2"' : '';
  const leading = layout.rows.map((d) => `<th scope="col"${span}>${escapeHtml(headerOf(d, indicator))}</th>`);
  const head1 = columns.map(
    (value) =>
      `<th scope="col"${compare ? ' colspan="2"' : ''}>${escapeHtml(value ?? indicator.unit.label)}</th>`,
  );
  const head2 = compare
    ? `<tr>${columns.map(() => '<th scope="col">cijfer</th><th scope="col" class="prev">jaar eerder</th>').join('')}</tr>`
    : '';

  const used: Figure[] = [];
  const points = rowPoints(grid, layout.rows);
  const body = points.map((point, index) => {
    const previousPoint = points[index - 1];
    const headers = layout.rows.map((dimension, depth) => {
      const text = escapeHtml(point[dimension] ?? '');
      if (depth === layout.rows.length - 1) return `<th scope="row">${text}</th>`;
      // An outer dimension's value spans the rows of the dimensions inside it.
      const starts =
        !previousPoint || layout.rows.slice(0, depth + 1).some((d) => previousPoint[d] !== point[d]);
      if (!starts) return '';
      const rowspan = layout.rows.slice(depth + 1).reduce((n, d) => n * valuesOf(grid, d).length, 1);
      return `<th scope="rowgroup" rowspan="${rowspan}">${text}</th>`;
    });
    const cells = columns.map((value) => {
      const at: Point = { ...single, ...point, [layout.column]: value };
      const figure = grid.cell(at.group, at.period ?? '', at.area ?? '');
      const previous = compare ? grid.previous(at.group, at.period ?? '', at.area ?? '') : undefined;
      for (const f of [figure, previous]) if (f) used.push(f);
      return cellHtml(figure, indicator, '') + (compare ? cellHtml(previous, indicator, 'prev') : '');
    });
    return `<tr>${headers.join('')}${cells.join('')}</tr>`;
  });

  const fixed = layout.fixed.map((d) => single[d]).filter((v): v is string => !!v);
  const caption = fixed.length ? `<caption>${escapeHtml(fixed.join(', '))}</caption>` : '';
  const table =
    `<table class="figures">${caption}<thead><tr>${leading.join('')}${head1.join('')}</tr>${head2}</thead>` +
    `<tbody>${body.join('')}</tbody></table>`;
  return `<div class="table-wrap">${table}</div>${footnotes(used)}`;
}

function footnotes(used: Figure[]): string {
  const notes: string[] = [];
  if (used.some((f) => !f.secret && f.value !== null && f.rounded))
    notes.push(
      `<sup class="mark">${ROUNDED_MARK}</sup> Afgerond op een veelvoud van vijf, of berekend uit zulke afgeronde aantallen (CBS-regel).`,
    );
  if (used.some((f) => f.secret || f.value === null))
    notes.push(
      `<em>${SECRET_TEXT}</em>: minder dan 8 personen of zaken, of berekend uit zo’n aantal; het cijfer wordt niet gepubliceerd (en is geen 0).`,
    );
  return notes.length ? `<p class="footnote">${notes.join('<br>')}</p>` : '';
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
