import type { CouncilReport, Figure, Indicator, Unit } from '../../src/report/model.ts';

/**
 * A realistic council report for 2021 per quarter and area, compared with 2020: every domain, secret
 * and rounded cells, euro amounts per lot and shares against the debt norms. Values are made up but
 * shaped as the graph answers them (counts rounded to fives, secret below 8).
 */

export const MUNICIPALITY = 'Gemeente Leeuwarden';
export const AREAS = ['Binnenstad', 'Heechterp-Schieringen', 'Grou'];
export const QUARTERS = ['K1', 'K2', 'K3', 'K4'];

const PERSONS: Unit = { kind: 'count', label: 'personen' };
const PER_10000: Unit = { kind: 'per10000', label: 'per 10.000 inwoners' };
const EURO: Unit = { kind: 'euro', label: 'euro' };
const SHARE: Unit = { kind: 'share', label: 'procent' };
const DAYS: Unit = { kind: 'days', label: 'dagen' };
const VISITS: Unit = { kind: 'count', label: 'bezoeken' };
const CASES: Unit = { kind: 'count', label: 'zaken' };

function indicator(
  fields: Pick<Indicator, 'id' | 'domain' | 'name' | 'unit' | 'chart'> & Partial<Indicator>,
): Indicator {
  return {
    definition: `Het aantal of aandeel dat ${fields.name.toLowerCase()} meet, per periode.`,
    source: 'Raadsbrief nov. 2020, §7.2',
    legalBasis: 'Wmo 2015 art. 2.1.1',
    notes: [],
    groupLabel: null,
    ...fields,
  };
}

export const INDICATORS: Indicator[] = [
  indicator({
    id: 'wmo.clienten-per-pijler',
    domain: 'wmo',
    name: 'Cliënten per pijler',
    unit: PERSONS,
    chart: 'trend',
    groupLabel: 'pijler',
    legalBasis: 'Wmo 2015 art. 2.1.1',
    notes: ['Een cliënt met voorzieningen in twee pijlers telt in beide.'],
  }),
  indicator({
    id: 'wmo.clienten-per-10000',
    domain: 'wmo',
    name: 'Cliënten per 10.000 inwoners',
    unit: PER_10000,
    chart: 'areas',
    notes: ['Berekend uit de gepubliceerde, afgeronde aantallen.'],
  }),
  indicator({
    id: 'fin.lumpsum-per-perceel',
    domain: 'financien',
    name: 'Lumpsum per perceel',
    unit: EURO,
    chart: 'lots',
    groupLabel: 'perceel',
    legalBasis: 'Gemeentewet art. 212',
    notes: ['Per jaar: een lumpsum heeft geen deel per kwartaal of maand.'],
  }),
  indicator({
    id: 'fin.realisatie-per-perceel',
    domain: 'financien',
    name: 'Realisatie per perceel',
    unit: EURO,
    chart: 'lots',
    groupLabel: 'perceel',
    legalBasis: 'Gemeentewet art. 212',
    notes: ['Bedragen vallen niet onder de regel voor kleine aantallen.'],
  }),
  indicator({
    id: 'kamers.bezoeken',
    domain: 'kamers',
    name: 'Bezoeken aan buurt- en dorpskamers',
    unit: VISITS,
    chart: 'areas',
  }),
  indicator({
    id: 'jeugd.zaken-per-route',
    domain: 'jeugd',
    name: 'Jeugdzaken per route',
    unit: CASES,
    chart: 'trend',
    groupLabel: 'route',
    legalBasis: 'Jeugdwet art. 2.3',
  }),
  indicator({
    id: 'schulden.aandeel-vierwekennorm',
    domain: 'schulden',
    name: 'Aandeel binnen de vierwekennorm',
    unit: SHARE,
    chart: 'norms',
    legalBasis: 'Wgs art. 4a lid 1',
  }),
  indicator({
    id: 'schulden.aandeel-drie-werkdagennorm',
    domain: 'schulden',
    name: 'Aandeel binnen de driewerkdagennorm',
    unit: SHARE,
    chart: 'norms',
    legalBasis: 'Wgs art. 4a lid 2',
    notes: ['Een aandeel berekend uit een geheim aantal is zelf geheim.'],
  }),
  indicator({
    id: 'schulden.wachttijd',
    domain: 'schulden',
    name: 'Gemiddelde tijd tot het eerste gesprek',
    unit: DAYS,
    chart: null,
    legalBasis: 'Wgs art. 4a',
  }),
];

function figure(
  indicatorId: string,
  unit: Unit,
  period: string,
  area: string,
  value: number | null,
  extra: Partial<Figure> = {},
): Figure {
  return {
    indicatorId,
    group: null,
    period,
    area,
    value,
    secret: value === null,
    rounded: unit.kind === 'count' || unit.kind === 'per10000',
    unit,
    ...extra,
  };
}

const round5 = (n: number) => Math.round(n / 5) * 5;

/** Counts per quarter, area and group; small ones (under 8) are secret as the graph makes them. */
function countsFor(year: number, id: string, unit: Unit, groups: (string | null)[], base: number): Figure[] {
  const out: Figure[] = [];
  groups.forEach((group, g) => {
    QUARTERS.forEach((q, k) => {
      const areaValues = AREAS.map((_, a) => base / (g + 1) / (a + 2) + k * 3 + (year - 2020) * 4 - a * 12);
      const total = areaValues.reduce((s, v) => s + v, 0) + 40;
      for (const [area, raw] of [
        [MUNICIPALITY, total] as const,
        ...AREAS.map((a, i) => [a, areaValues[i]!] as const),
      ]) {
        const value = raw < 8 ? null : round5(raw);
        out.push(figure(id, unit, `${year}-${q}`, area, value, { group }));
      }
    });
  });
  return out;
}

function perTenThousand(year: number): Figure[] {
  const population: Record<string, number> = {
    [MUNICIPALITY]: 124_000,
    Binnenstad: 9_500,
    'Heechterp-Schieringen': 7_200,
    Grou: 5_900,
  };
  const clients = countsFor(year, 'x', PERSONS, ['Basis'], 400);
  return clients.map((c) =>
    figure(
      'wmo.clienten-per-10000',
      PER_10000,
      c.period,
      c.area,
      c.value === null ? null : Math.round((c.value / population[c.area]!) * 100_000) / 10,
    ),
  );
}

export const LOTS = ['Basisondersteuning', 'Thuisondersteuning en dagbesteding', 'Hulp bij het huishouden'];

/** The lumpsum per lot for the year; the realisation per quarter, a quarter of about the same. */
function lots(year: number): Figure[] {
  const shift = (year - 2021) * 1000;
  return LOTS.flatMap((lot, i) => [
    figure('fin.lumpsum-per-perceel', EURO, String(year), MUNICIPALITY, 1_234_567.89 * (i + 1) + shift, {
      group: lot,
      rounded: false,
    }),
    ...QUARTERS.map((q, k) =>
      figure(
        'fin.realisatie-per-perceel',
        EURO,
        `${year}-${q}`,
        MUNICIPALITY,
        295_062.5 * (i + 1.1) + k * 100 + shift,
        {
          group: lot,
        },
      ),
    ),
  ]);
}

function norms(year: number): Figure[] {
  const shares: Record<string, (number | null)[]> = {
    'schulden.aandeel-vierwekennorm': [82.5, 87.1, 90, 93.4],
    'schulden.aandeel-drie-werkdagennorm': [null, 75, 80.5, 100],
  };
  return Object.entries(shares).flatMap(([id, values]) =>
    values.map((value, k) =>
      figure(
        id,
        SHARE,
        `${year}-${QUARTERS[k]}`,
        MUNICIPALITY,
        value === null ? null : value - (2021 - year) * 5,
      ),
    ),
  );
}

function waiting(year: number): Figure[] {
  return QUARTERS.map((q, k) => figure('schulden.wachttijd', DAYS, `${year}-${q}`, MUNICIPALITY, 12.5 + k));
}

function yearFigures(year: number): Figure[] {
  return [
    ...countsFor(year, 'wmo.clienten-per-pijler', PERSONS, ['Basis', 'Maatwerk'], 900),
    ...perTenThousand(year),
    ...lots(year),
    ...countsFor(year, 'kamers.bezoeken', VISITS, [null], 600),
    ...countsFor(year, 'jeugd.zaken-per-route', CASES, ['Huisarts', 'Wijkteam', 'Rechter'], 300),
    ...norms(year),
    ...waiting(year),
  ];
}

export function councilReport(overrides: Partial<CouncilReport> = {}): CouncilReport {
  return {
    from: '2021-01-01',
    to: '2021-12-31',
    grain: 'QUARTER',
    byArea: true,
    generatedAt: '2026-11-29T12:30:00.000Z',
    organisation: 'Gemeente Leeuwarden',
    personalData: false,
    synthetic: true,
    previous: { from: '2020-01-01', to: '2020-12-31' },
    indicators: INDICATORS,
    figures: yearFigures(2021),
    // The comparison covers the Wmo pillars and the lots; the other tables have no 2020 figures.
    previousFigures: yearFigures(2020).filter(
      (f) => f.indicatorId === 'wmo.clienten-per-pijler' || f.indicatorId.startsWith('fin.'),
    ),
    ...overrides,
  };
}
