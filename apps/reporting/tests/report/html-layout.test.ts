import { describe, expect, it } from 'vitest';
import { gridOf } from '../../src/report/html/grid.ts';
import { tableHtml } from '../../src/report/html/table.ts';
import { layoutOf } from '../../src/report/html/table-layout.ts';
import type { Figure, Indicator } from '../../src/report/model.ts';

const EURO = { kind: 'euro', label: 'euro' } as const;
const lots: Indicator = {
  id: 'fin.lumpsum-per-perceel',
  domain: 'financien',
  name: 'Lumpsum per perceel',
  definition: '',
  source: '',
  legalBasis: '',
  unit: EURO,
  notes: [],
  groupLabel: 'perceel',
  chart: 'lots',
};

function figures(groups: (string | null)[], periods: string[], areas: string[]): Figure[] {
  return groups.flatMap((group) =>
    periods.flatMap((period) =>
      areas.map((area) => ({
        indicatorId: lots.id,
        group,
        period,
        area,
        value: 10,
        secret: false,
        rounded: false,
        unit: EURO,
      })),
    ),
  );
}

const QUARTERS = ['2021-K1', '2021-K2', '2021-K3', '2021-K4'];
const FEW_AREAS = ['Gemeente Leeuwarden', 'Noord', 'Stiens'];
const MANY_AREAS = ['Gemeente Leeuwarden', ...Array.from({ length: 9 }, (_, i) => `Gebied ${i + 1}`)];
const LOTS = [
  'Basisondersteuning',
  'Thuisondersteuning en dagbesteding',
  'Hulp bij het huishouden',
  'Kortdurend verblijf',
];
const previous = (f: Figure[]) => f.map((x) => ({ ...x, period: x.period.replace('2021', '2020') }));

describe('the table layout', () => {
  it('puts the areas across while they fit, groups and periods down', () => {
    const f = figures(['Basis', 'Maatwerk'], QUARTERS, FEW_AREAS);
    expect(layoutOf(gridOf(f, []))).toEqual({ column: 'area', rows: ['group', 'period'], fixed: [] });
  });

  it('turns many areas down and the quarters across, with the year before beside them', () => {
    const f = figures([null], QUARTERS, MANY_AREAS);
    expect(layoutOf(gridOf(f, previous(f)))).toEqual({ column: 'period', rows: ['area'], fixed: ['group'] });
  });

  it('lists four lots of one year down, so a page holds the year before beside them', () => {
    const f = figures(LOTS, ['2021'], ['Gemeente Leeuwarden']);
    expect(layoutOf(gridOf(f, previous(f)))).toEqual({ column: 'period', rows: ['group'], fixed: ['area'] });
    // Without the year before they would fit across, but their names are too long for columns.
    expect(layoutOf(gridOf(f, []))).toEqual({ column: 'period', rows: ['group'], fixed: ['area'] });
    const short = figures(['Basis', 'Maatwerk', 'Aanvullend'], ['2021'], ['Gemeente Leeuwarden']);
    expect(layoutOf(gridOf(short, []))).toEqual({ column: 'group', rows: ['period'], fixed: ['area'] });

    const html = tableHtml(lots, gridOf(f, previous(f)));
    expect(html).toContain('<caption>Gemeente Leeuwarden</caption>');
    expect(html).toContain('<th scope="col" rowspan="2">Perceel</th><th scope="col" colspan="2">2021</th>');
    expect(html.match(/<tr><th scope="row">/g)).toHaveLength(LOTS.length);
  });

  it('spans an area over its quarters when areas and periods both go down', () => {
    const f = figures(['Basis', 'Maatwerk'], QUARTERS, MANY_AREAS);
    const grid = gridOf(f, previous(f));
    expect(layoutOf(grid)).toEqual({ column: 'group', rows: ['area', 'period'], fixed: [] });
    const html = tableHtml({ ...lots, groupLabel: 'pijler' }, grid);
    expect(html.match(/<th scope="rowgroup" rowspan="4">/g)).toHaveLength(MANY_AREAS.length);
    expect(html.match(/<tr>/g)).toHaveLength(2 + MANY_AREAS.length * QUARTERS.length);
    expect(html).toContain('<th scope="col" rowspan="2">Gebied</th><th scope="col" rowspan="2">Periode</th>');
  });
});
