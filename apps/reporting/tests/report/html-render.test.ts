import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../src/report/html/charts.ts';
import { gridOf } from '../../src/report/html/grid.ts';
import { renderHtml } from '../../src/report/html/render.ts';
import { tableHtml } from '../../src/report/html/table.ts';
import type { CouncilReport, Figure, Indicator } from '../../src/report/model.ts';
import { councilReport, INDICATORS, LOTS, MUNICIPALITY } from './html-fixture.ts';

const PERSONS = { kind: 'count', label: 'personen' } as const;

const indicator: Indicator = {
  id: 'test.personen',
  domain: 'wmo',
  name: 'Personen',
  definition: 'Personen.',
  source: 'Test',
  legalBasis: 'Test',
  unit: PERSONS,
  notes: [],
  groupLabel: null,
  chart: 'trend',
};

function cell(period: string, area: string, value: number | null, extra: Partial<Figure> = {}): Figure {
  return {
    indicatorId: indicator.id,
    group: null,
    period,
    area,
    value,
    secret: value === null,
    rounded: false,
    unit: PERSONS,
    ...extra,
  };
}

function chartsOf(html: string): ChartSpec[] {
  const json = /<script type="application\/json" id="report-charts">([^<]*)<\/script>/.exec(html)?.[1];
  if (json === undefined) throw new Error('no chart data in the report');
  return JSON.parse(json) as ChartSpec[];
}

function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
}

describe('the tables', () => {
  it('shows a secret cell as geheim, never as 0, even when a zero came with it', () => {
    const html = tableHtml(
      indicator,
      gridOf(
        [
          cell('2021-K1', MUNICIPALITY, 1235),
          cell('2021-K1', 'Grou', null),
          cell('2021-K2', MUNICIPALITY, 1240),
          cell('2021-K2', 'Grou', 0, { secret: true }),
        ],
        [],
      ),
    );
    expect(html.match(/<td class="secret"[^>]*>geheim<\/td>/g)).toHaveLength(2);
    expect(html).not.toMatch(/>0<\/td>/);
    expect(html).toContain('>1.235</td>');
    expect(html).toContain('<em>geheim</em>: minder dan 8');
  });

  it('marks a rounded value with a footnote, and only then has the footnote', () => {
    const rounded = tableHtml(indicator, gridOf([cell('2021', MUNICIPALITY, 35, { rounded: true })], []));
    expect(rounded).toContain('35<sup class="mark">*</sup></td>');
    expect(rounded).toContain('Afgerond op een veelvoud van vijf');
    const exact = tableHtml(indicator, gridOf([cell('2021', MUNICIPALITY, 33)], []));
    expect(exact).not.toContain('class="mark"');
    expect(exact).not.toContain('Afgerond');
  });

  it("puts the previous year's value beside this year's, per area", () => {
    const html = tableHtml(
      indicator,
      gridOf(
        [cell('2021-K1', MUNICIPALITY, 1500), cell('2021-K1', 'Grou', 40)],
        [cell('2020-K1', MUNICIPALITY, 1400), cell('2020-K1', 'Grou', null)],
      ),
    );
    expect(html).toContain('<th scope="col" colspan="2">Grou</th>');
    expect(html).toContain(
      '<td>1.500</td><td class="prev">1.400</td><td>40</td><td class="prev secret" title="Geheim volgens de CBS-regel voor kleine aantallen">geheim</td>',
    );
  });
});

describe('the report', () => {
  it('has the cover, a contents list and a section per domain in Dutch', () => {
    const html = renderHtml(councilReport());
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<h1>Sociaal domein Leeuwarden — raadsrapportage</h1>');
    expect(html).toContain(
      '<dd>1 januari 2021 t/m 31 december 2021 (per kwartaal, voor de gemeente en per gebied)</dd>',
    );
    expect(html).toContain('<dd>met 1 januari 2020 t/m 31 december 2020</dd>');
    expect(html).toContain('<dd>29 november 2026 om 13:30</dd>');
    expect(html).toContain('regel van het CBS voor kleine aantallen');
    for (const title of ['Wmo', 'Financiën', 'Buurt- en dorpskamers', 'Jeugd', 'Schuldhulpverlening'])
      expect(html).toContain(`<h2>${title}</h2>`);
    for (const i of INDICATORS) expect(html).toContain(`<a href="#i-${i.id.replaceAll('.', '-')}">`);
  });

  it('says so when a domain has no indicators yet', () => {
    const html = renderHtml(councilReport({ indicators: INDICATORS.filter((i) => i.domain !== 'jeugd') }));
    expect(html).toContain('<h2>Jeugd</h2><p class="empty">Geen indicatoren in deze rapportage.</p>');
  });

  it('carries the NIET VOOR PUBLICATIE banner exactly when the key holds personal data', () => {
    const open = renderHtml(councilReport({ personalData: true }));
    expect(open).toContain('<strong>NIET VOOR PUBLICATIE</strong>');
    expect(open).toContain('<div class="print-mark">NIET VOOR PUBLICATIE</div>');
    expect(renderHtml(councilReport({ personalData: false }))).not.toContain('NIET VOOR PUBLICATIE');
  });

  it('carries the synthetic-data notice exactly when a figure rests on synthetic data', () => {
    expect(renderHtml(councilReport({ synthetic: true }))).toContain('Synthetische gegevens');
    expect(renderHtml(councilReport({ synthetic: false }))).not.toContain('Synthetische gegevens');
  });

  it('inlines Chart.js and every style, and refers to nothing outside the file', () => {
    const html = renderHtml(councilReport());
    const scripts = inlineScripts(html);
    expect(scripts).toHaveLength(2);
    expect(scripts[0]).toContain('Chart.js v4');
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]*\s(src|href)=/i);
    expect(html).not.toMatch(/@import|url\(/);
  });

  it('allows only its own scripts and style by hash, and no fetching at all', () => {
    const html = renderHtml(councilReport());
    const csp = (
      /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? ''
    ).replaceAll('&#39;', "'");
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('connect-src');
    expect(csp).not.toContain('unsafe-inline');
    for (const script of inlineScripts(html)) expect(csp).toContain(hash(script));
    expect(csp).toContain(hash(/<style>([\s\S]*?)<\/style>/.exec(html)![1]!));
  });

  it('keeps a `</script>` in a name from ending the data early', () => {
    const hostile = '</script><script>alert(1)</script>';
    const report = councilReport();
    const tampered: CouncilReport = {
      ...report,
      figures: report.figures.map((f) => (f.group === 'Basis' ? { ...f, group: hostile } : f)),
    };
    const html = renderHtml(tampered);
    expect(html.match(/<\/script>/g)).toHaveLength(3);
    expect(html).not.toContain('<script>alert(1)');
    expect(chartsOf(html).flatMap((c) => c.datasets.map((d) => d.label))).toContain(hostile);
  });

  it('charts every indicator that has a chart, with secret cells as gaps and a note under the chart', () => {
    const html = renderHtml(councilReport());
    const charts = chartsOf(html);
    // The two lots indicators share one chart.
    expect(charts).toHaveLength(INDICATORS.filter((i) => i.chart).length - 1);
    expect(html.match(/<canvas /g)).toHaveLength(charts.length);

    const crisis = charts[charts.length - 1]!;
    expect(crisis.labels).toEqual(['2021-K1', '2021-K2', '2021-K3', '2021-K4']);
    expect(crisis.datasets.map((d) => d.data)).toEqual([
      [null, 75, 80.5, 100],
      [100, 100, 100, 100],
    ]);
    expect(crisis.datasets[1]!.line).toBe(true);
    expect(html).toContain(
      'Eén waarde is geheim (CBS-regel voor kleine aantallen) en ontbreekt in de grafiek',
    );

    const allSecret = councilReport();
    allSecret.figures = allSecret.figures.map((f) =>
      f.indicatorId === 'schulden.aandeel-drie-werkdagennorm' ? { ...f, value: null, secret: true } : f,
    );
    expect(renderHtml(allSecret)).toContain(
      '4 waarden zijn geheim (CBS-regel voor kleine aantallen) en ontbreken in de grafiek',
    );
  });

  it('sets lumpsum and realisation per lot side by side in one chart, each over the whole year', () => {
    const html = renderHtml(councilReport());
    const charts = chartsOf(html);
    const lots = charts.filter((c) => c.labels.includes('Basisondersteuning'));
    expect(lots).toHaveLength(1);
    expect(lots[0]!.labels).toEqual(LOTS);
    expect(lots[0]!.datasets.map((d) => d.label)).toEqual([
      'Lumpsum per perceel (2021)',
      'Realisatie per perceel (2021-K1 t/m 2021-K4 opgeteld)',
    ]);
    expect(lots[0]!.datasets[0]!.data[0]).toBe(1_234_567.89);
    // Four quarters of 295.062,50 × 1,1 plus 0, 100, 200 and 300.
    expect(lots[0]!.datasets[1]!.data[0]).toBeCloseTo(4 * 295_062.5 * 1.1 + 600, 2);
    expect(html).toContain('<td>€\u00a01.234.567,89</td>');
    expect(html).toContain('De grafiek bij <a href="#i-fin-lumpsum-per-perceel">Lumpsum per perceel</a>');
  });

  it('draws a trend as lines, and as bars when the report has one period', () => {
    const quarters = chartsOf(renderHtml(councilReport()));
    expect(quarters[0]!.type).toBe('line');
    const report = councilReport({ grain: null });
    const whole = renderHtml({ ...report, figures: report.figures.filter((f) => f.period === '2021-K4') });
    expect(chartsOf(whole)[0]!.type).toBe('bar');
  });

  it('draws areas side by side, with the municipality only as the yardstick of a rate', () => {
    const charts = chartsOf(renderHtml(councilReport()));
    const visits = charts.find((c) => c.datasets[0]?.label === 'Bezoeken aan buurt- en dorpskamers')!;
    expect(visits.labels).toEqual(['Binnenstad', 'Heechterp-Schieringen', 'Grou']);
    const rate = charts.find((c) => c.datasets[0]?.label === 'Cliënten per 10.000 inwoners')!;
    expect(rate.labels).toEqual([MUNICIPALITY, 'Binnenstad', 'Heechterp-Schieringen', 'Grou']);
    expect(rate.datasets[0]!.data.every((v) => v !== null && v > 0)).toBe(true);
  });
});
