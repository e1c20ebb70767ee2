import type { Figure, Indicator } from '../model.ts';
import { escapeHtml } from './escape.ts';
import { formatValue } from './format.ts';
import type { Grid } from './grid.ts';

/**
 * An indicator's table: periods down, areas across (or groups across when there is one area), and
 * beside each value the same cell a year earlier when the report compares. A secret cell reads
 * "geheim", never 0; a rounded value carries a footnote mark.
 */

export const SECRET_TEXT = 'geheim';
export const ROUNDED_MARK = '*';

const SECRET_TITLE = 'Geheim volgens de CBS-regel voor kleine aantallen';

interface Column {
  label: string;
  group: string | null;
  area: string;
}

interface Row {
  group: string | null;
  period: string;
}

/** Groups across while they fit; beyond that (the lots' series) they go down beside the periods. */
const MAX_GROUP_COLUMNS = 4;

function columnsAndRows(
  grid: Grid,
  indicator: Indicator,
): { columns: Column[]; rows: Row[]; groupRows: boolean } {
  const groupRows = () => grid.groups.flatMap((group) => grid.periods.map((period) => ({ group, period })));
  if (grid.areas.length > 1) {
    const columns = grid.areas.map((area) => ({ label: area, group: null, area }));
    return { columns, rows: groupRows(), groupRows: true };
  }
  const area = grid.areas[0] ?? '';
  if (grid.groups.length > MAX_GROUP_COLUMNS)
    return { columns: [{ label: area, group: null, area }], rows: groupRows(), groupRows: true };
  const columns = grid.groups.map((group) => ({ label: group ?? indicator.unit.label, group, area }));
  return { columns, rows: grid.periods.map((period) => ({ group: null, period })), groupRows: false };
}

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

export function tableHtml(indicator: Indicator, grid: Grid): string {
  const { columns, rows, groupRows } = columnsAndRows(grid, indicator);
  const withGroup = groupRows && grid.groups.some((g) => g !== null);
  const compare = grid.hasPrevious;
  const span = compare ? ' rowspan="2"' : '';
  const leading = [
    withGroup
      ? `<th scope="col"${span}>${escapeHtml(capitalised(indicator.groupLabel ?? 'groep'))}</th>`
      : '',
    `<th scope="col"${span}>Periode</th>`,
  ];
  const head1 = columns.map(
    (c) => `<th scope="col"${compare ? ' colspan="2"' : ''}>${escapeHtml(c.label)}</th>`,
  );
  const head2 = compare
    ? `<tr>${columns.map(() => '<th scope="col">cijfer</th><th scope="col" class="prev">jaar eerder</th>').join('')}</tr>`
    : '';

  const used: Figure[] = [];
  const body = rows.map((row, index) => {
    const groupCell =
      withGroup && (index === 0 || rows[index - 1]!.group !== row.group)
        ? `<th scope="rowgroup" rowspan="${grid.periods.length}">${escapeHtml(row.group ?? '')}</th>`
        : '';
    const cells = columns.map((c) => {
      const group = groupRows ? row.group : c.group;
      const figure = grid.cell(group, row.period, c.area);
      const previous = compare ? grid.previous(group, row.period, c.area) : undefined;
      for (const f of [figure, previous]) if (f) used.push(f);
      return cellHtml(figure, indicator, '') + (compare ? cellHtml(previous, indicator, 'prev') : '');
    });
    return `<tr>${groupCell}<th scope="row">${escapeHtml(row.period)}</th>${cells.join('')}</tr>`;
  });

  const caption = grid.areas.length > 1 ? '' : `<caption>${escapeHtml(grid.areas[0] ?? '')}</caption>`;
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
