import { describe, expect, it } from 'vitest';
import { buildReport, comparableFigures, type ReportAnswers } from '../../src/report/build.ts';
import { INDICATORS } from '../../src/report/indicators.ts';
import type { Figure } from '../../src/report/model.ts';
import { answers2021, emptyAnswers, PERSONAL_REFERENCE, REFERENCE } from './fixtures.ts';

const PERIOD = { from: '2021-01-01', to: '2021-12-31' };
const PREVIOUS = { from: '2020-01-01', to: '2020-12-31' };

function report(answers: Partial<ReportAnswers> = {}) {
  return buildReport({
    period: PERIOD,
    previousPeriod: PREVIOUS,
    grain: 'QUARTER',
    byArea: true,
    generatedAt: new Date('2026-01-15T08:00:00Z'),
    answers: { reference: REFERENCE, current: answers2021(), previous: emptyAnswers(), ...answers },
  });
}

const find = (figures: Figure[], indicatorId: string, group: string | null, period: string, area: string) =>
  figures.find(
    (f) => f.indicatorId === indicatorId && f.group === group && f.period === period && f.area === area,
  );

describe('the council report built from the operations’ answers', () => {
  it('labels periods 2021-K1 … 2021-K4 (and the lumpsum’s year 2021), areas by name, the municipality as Gemeente Leeuwarden', () => {
    const { figures } = report();
    const pillar = figures.filter((f) => f.indicatorId === 'wmo.clienten-per-pijler' && f.group === 'Basis');
    expect(pillar.map((f) => `${f.period} ${f.area}`)).toEqual([
      '2021-K1 Gemeente Leeuwarden',
      '2021-K2 Gemeente Leeuwarden',
      '2021-K3 Gemeente Leeuwarden',
      '2021-K4 Gemeente Leeuwarden',
      '2021-K1 Noord',
      '2021-K2 Noord',
      '2021-K3 Noord',
      '2021-K4 Noord',
      '2021-K1 Stiens',
      '2021-K2 Stiens',
      '2021-K3 Stiens',
      '2021-K4 Stiens',
    ]);
    const lumpsum = figures.filter((f) => f.indicatorId === 'fin.lumpsum-per-perceel');
    expect(new Set(lumpsum.map((f) => `${f.period} ${f.area}`))).toEqual(
      new Set(['2021 Gemeente Leeuwarden']),
    );
  });

  it('computes figures per 10,000 inhabitants from the published, rounded count', () => {
    const { figures } = report();
    // 1,235 (rounded to fives) of 125,000 inhabitants: 98.8 per 10,000, and marked rounded.
    expect(
      find(figures, 'wmo.clienten-per-pijler-per-10000', 'Basis', '2021-K1', 'Gemeente Leeuwarden'),
    ).toMatchObject({ value: 98.8, secret: false, rounded: true, unit: { kind: 'per10000' } });
    // Noord: 125 of 12,500.
    expect(find(figures, 'wmo.clienten-per-pijler-per-10000', 'Basis', '2021-K1', 'Noord')?.value).toBe(100);
    // The BBV indicator: maatwerk per 10,000.
    expect(
      find(
        figures,
        'wmo.clienten-per-voorziening-per-10000',
        'Maatwerkvoorziening',
        '2021-K2',
        'Gemeente Leeuwarden',
      )?.value,
    ).toBe(48);
  });

  it('gives no figure per 10,000 for an area without a population', () => {
    const { figures } = report();
    expect(find(figures, 'wmo.clienten-per-pijler', 'Basis', '2021-K1', 'Stiens')).toBeDefined();
    expect(find(figures, 'wmo.clienten-per-pijler-per-10000', 'Basis', '2021-K1', 'Stiens')).toBeUndefined();
  });

  it('keeps a secret count secret, and any figure computed from it: null, never 0', () => {
    const { figures } = report();
    expect(find(figures, 'wmo.clienten-per-pijler', 'Aanvullend', '2021-K1', 'Noord')).toMatchObject({
      value: null,
      secret: true,
      rounded: false,
    });
    expect(
      find(figures, 'wmo.clienten-per-pijler-per-10000', 'Aanvullend', '2021-K1', 'Noord'),
    ).toMatchObject({
      value: null,
      secret: true,
    });
    // Noord's PGB is secret: both shares of ZIN/PGB are secret (their whole is).
    for (const group of ['Zorg in natura', 'Pgb'])
      expect(find(figures, 'wmo.aandeel-leveringsvorm', group, '2021-K3', 'Noord')).toMatchObject({
        value: null,
        secret: true,
      });
    // An average over a secret number measured is secret.
    expect(find(figures, 'wmo.wachttijd', null, '2021-K1', 'Noord')).toMatchObject({
      value: null,
      secret: true,
    });
    // A suppressed count (complementary suppression) is secret in the report too.
    expect(find(figures, 'schulden.zaken-per-fase', 'Uitstroom', '2021-K1', 'Noord')).toMatchObject({
      value: null,
      secret: true,
    });
    // The three-working-day share with a secret numerator.
    expect(
      find(figures, 'schulden.aandeel-drie-werkdagennorm', null, '2021-K1', 'Gemeente Leeuwarden'),
    ).toMatchObject({
      value: null,
      secret: true,
    });
    expect(figures.filter((f) => f.secret).every((f) => f.value === null)).toBe(true);
  });

  it('computes shares from the published counts: ZIN/PGB and the four-week norm', () => {
    const { figures } = report();
    expect(find(figures, 'wmo.aandeel-leveringsvorm', 'Pgb', '2021-K1', 'Gemeente Leeuwarden')).toMatchObject(
      {
        value: 25,
        rounded: true,
        unit: { kind: 'share', label: 'procent' },
      },
    );
    expect(find(figures, 'schulden.aandeel-vierwekennorm', null, '2021-K4', 'Noord')?.value).toBe(90);
    expect(find(figures, 'wmo.wachttijd', null, '2021-K1', 'Gemeente Leeuwarden')?.value).toBe(12.3);
  });

  it('reports lumpsum, realisation and the savings plan as exact euro amounts, not per area', () => {
    const { figures } = report();
    expect(
      find(figures, 'fin.lumpsum-per-perceel', 'Basisondersteuning', '2021', 'Gemeente Leeuwarden'),
    ).toMatchObject({
      value: 18_773_284,
      secret: false,
      rounded: false,
      unit: { kind: 'euro' },
    });
    expect(
      find(figures, 'fin.realisatie-tot-datum', 'Basisondersteuning', '2021-K3', 'Gemeente Leeuwarden')
        ?.value,
    ).toBe(750000.75);
    expect(
      figures.filter((f) => f.indicatorId.startsWith('fin.')).every((f) => f.area === 'Gemeente Leeuwarden'),
    ).toBe(true);
    expect(
      find(figures, 'fin.besparingsmaatregelen', '2. Afschaling 2019: gepland', '2021', 'Gemeente Leeuwarden')
        ?.value,
    ).toBe(650000);
    // The plan's measures in the Uitvoeringsplan's Dutch, whatever the graph's title.
    expect(
      find(
        figures,
        'fin.besparingsmaatregelen',
        '3. Besparing op hulp bij het huishouden: gepland',
        '2021',
        'Gemeente Leeuwarden',
      )?.value,
    ).toBe(200000);
    // A measure without a known realisation has no realised line (not a 0).
    expect(
      find(
        figures,
        'fin.besparingsmaatregelen',
        '2. Afschaling 2019: gerealiseerd',
        '2021',
        'Gemeente Leeuwarden',
      ),
    ).toBeUndefined();
  });

  it('reports rooms per area, with coverage as hours and shares of open hours', () => {
    const { figures } = report();
    expect(find(figures, 'kamers.openingsuren', null, '2021-K1', 'Noord')?.value).toBe(160);
    expect(find(figures, 'kamers.dekking', 'Ontvangst', '2021-K1', 'Noord')?.value).toBe(90);
    expect(find(figures, 'kamers.dekking', 'Basis', '2021-K1', 'Noord')?.value).toBe(84.4);
    expect(figures.some((f) => f.indicatorId.startsWith('kamers.') && f.area === 'Gemeente Leeuwarden')).toBe(
      false,
    );
  });

  it('leaves out what the key may not read (decisions for a non-municipal key) instead of reporting 0', () => {
    const current = answers2021();
    for (const cell of current.wmo.clientStatisticsSeries!) cell.decisions = null;
    const { figures } = report({ current });
    expect(
      figures.some(
        (f) => f.indicatorId === 'wmo.beschikkingen-per-uitkomst' && f.area === 'Gemeente Leeuwarden',
      ),
    ).toBe(false);
  });

  it('refers every figure to an indicator of the catalogue, with the indicator’s unit', () => {
    const { figures, indicators } = report();
    const byId = new Map(indicators.map((i) => [i.id, i]));
    for (const figure of figures) expect(figure.unit).toEqual(byId.get(figure.indicatorId)?.unit);
    expect(indicators).toEqual(INDICATORS);
  });

  it('compares with the previous year only where that year has data', () => {
    const empty = report();
    expect(empty.previous).toBeNull();
    expect(empty.previousFigures).toEqual([]);
    const before = answers2021();
    const withData = report({ previous: before });
    expect(withData.previous).toEqual(PREVIOUS);
    // Every indicator that has data this year has it the year before too (the same answers).
    expect(withData.previousFigures).toEqual(comparableFigures(withData.figures));
    expect(withData.previousFigures.length).toBeGreaterThan(withData.figures.length / 2);
    expect(comparableFigures([])).toEqual([]);
  });

  it('compares an indicator only when it had data the year before, not one recorded only since', () => {
    const before = answers2021();
    // The year before knew no youth cases: every youth figure is zero then.
    const cells = [
      ...before.youth.youthStatisticsSeries!,
      ...(before.youth.areas ?? []).flatMap((area) => area.youthStatisticsSeries ?? []),
    ];
    for (const cell of cells)
      for (const route of cell.casesByRoute)
        route.cases = { value: 0, secret: true, rounded: false, suppressed: false };
    const { previous, previousFigures } = report({ previous: before });
    expect(previous).toEqual(PREVIOUS);
    const compared = new Set(previousFigures.map((f) => f.indicatorId));
    expect(compared.has('jeugd.casussen-per-route')).toBe(false);
    expect(compared.has('wmo.clienten-per-pijler')).toBe(true);
  });

  it('marks a key with personal-data (not for publication) and the synthetic population', () => {
    expect(report().personalData).toBe(false);
    expect(report({ reference: PERSONAL_REFERENCE }).personalData).toBe(true);
    expect(report()).toMatchObject({
      synthetic: true,
      organisation: 'Gemeente Leeuwarden',
      grain: 'QUARTER',
      byArea: true,
      generatedAt: '2026-01-15T08:00:00.000Z',
    });
  });

  it('with personal-data, a referral kind without an average has no duration figure; without, it is secret', () => {
    const secretDuration = (r: ReturnType<typeof report>) =>
      find(r.figures, 'schulden.verwijzingsduur', 'Beschermingsbewind', '2021-K1', 'Gemeente Leeuwarden');
    expect(secretDuration(report())).toMatchObject({ value: null, secret: true });
    expect(secretDuration(report({ reference: PERSONAL_REFERENCE }))).toBeUndefined();
  });
});
