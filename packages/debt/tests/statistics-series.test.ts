import { type PublishedCount, publishCount } from '@mienskip/kit/rules';
import type { CallerOptions } from '@mienskip/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DebtUnderTest, MUNICIPALITY, STATISTICS_ONLY, startDebt } from './helpers.ts';

/** Debt statistics as a table by period and area (BR-DB49), against `debtStatistics` per cell (BR-DB16). */

let graph: DebtUnderTest;
beforeAll(async () => {
  graph = await startDebt();
});
afterAll(() => graph?.close());

const COUNT = '{ value secret rounded suppressed }';
const FIELDS = `fragment Fields on DebtStatistics {
  from to area { id }
  casesByPhase { phase cases ${COUNT} }
  withinFourWeeks ${COUNT} fourWeekNormCases ${COUNT} stillInsideFourWeeks ${COUNT}
  crisesWithinThreeWorkingDays ${COUNT} crisesDecided ${COUNT} crisesPending ${COUNT}
  signalsByKind { kind signals ${COUNT} reached ${COUNT} }
  referralsByKind { kind referrals ${COUNT} averageDays }
  outflowByReason { reason cases ${COUNT} }
}`;
const SINGLE = `query ($from: Date!, $to: Date!, $areaId: ID) {
  debtStatistics(from: $from, to: $to, areaId: $areaId) { ...Fields } } ${FIELDS}`;
const SERIES = `query ($from: Date!, $to: Date!, $grain: StatisticsGrain) {
  debtStatisticsSeries(from: $from, to: $to, grain: $grain) { ...Fields } } ${FIELDS}`;
const AREAS = `query ($reps: [_Any!]!, $from: Date!, $to: Date!, $grain: StatisticsGrain) {
  _entities(representations: $reps) { ... on Area { id debtStatisticsSeries(from: $from, to: $to, grain: $grain) { ...Fields } } } } ${FIELDS}`;

type Stats = { from: string; to: string; area: { id: string } | null } & Record<string, unknown>;
const YEAR = { from: '2021-01-01', to: '2021-12-31' };
const QUARTERS = [
  { from: '2021-01-01', to: '2021-03-31' },
  { from: '2021-04-01', to: '2021-06-30' },
  { from: '2021-07-01', to: '2021-09-30' },
  { from: '2021-10-01', to: '2021-12-31' },
];

const single = async (period: { from: string; to: string }, areaId: string | null, caller: CallerOptions) =>
  (await graph.data<{ debtStatistics: Stats }>(SINGLE, { ...period, areaId }, caller)).debtStatistics;

const areaSeries = async (areaIds: string[], variables: Record<string, unknown>, caller = MUNICIPALITY) => {
  const reps = areaIds.map((id) => ({ __typename: 'Area', id }));
  const data = await graph.data<{ _entities: { id: string; debtStatisticsSeries: Stats[] }[] }>(
    AREAS,
    { reps, ...variables },
    caller,
  );
  return data._entities.map((area) => area.debtStatisticsSeries);
};

/** Every published count in an answer, in the order of its fields. */
function countsIn(value: unknown): PublishedCount[] {
  if (Array.isArray(value)) return value.flatMap(countsIn);
  if (value === null || typeof value !== 'object') return [];
  if ('secret' in value) return [value as PublishedCount];
  return Object.values(value).flatMap(countsIn);
}

/** The areas with the most seeded debt cases, most first. */
function busiestAreas(n: number): string[] {
  const cases = new Map<string, number>();
  for (const c of graph.world.debt.rows.debtCases) cases.set(c.areaId, (cases.get(c.areaId) ?? 0) + 1);
  return [...cases.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([id]) => id);
}

describe('debt statistics as a table (BR-DB49)', () => {
  it('answers a QUARTER series for 2021 exactly as debtStatistics answers each quarter, field by field', async () => {
    for (const caller of [MUNICIPALITY, STATISTICS_ONLY]) {
      const { debtStatisticsSeries: series } = await graph.data<{ debtStatisticsSeries: Stats[] }>(
        SERIES,
        { ...YEAR, grain: 'QUARTER' },
        caller,
      );
      expect(series.map(({ from, to }) => ({ from, to }))).toEqual(QUARTERS);
      for (const [i, quarter] of QUARTERS.entries()) {
        const expected = await single(quarter, null, caller);
        expect(series[i]).toEqual(expected);
        expect(series[i]!.area).toBeNull();
      }
      // The quarters are not one answer repeated.
      expect(series[0]).not.toEqual({ ...series[1], from: series[0]!.from, to: series[0]!.to });
    }
  });

  it('answers without a grain one element, the whole period, as debtStatistics does', async () => {
    const { debtStatisticsSeries: series } = await graph.data<{ debtStatisticsSeries: Stats[] }>(
      SERIES,
      YEAR,
    );
    expect(series).toEqual([await single(YEAR, null, MUNICIPALITY)]);
  });

  it('cuts the municipality by quarter so that the norms of the quarters add up to the year', async () => {
    const { debtStatisticsSeries: series } = await graph.data<{
      debtStatisticsSeries: { withinFourWeeks: { value: number }; crisesDecided: { value: number } }[];
    }>(SERIES, { ...YEAR, grain: 'QUARTER' });
    const year = (await single(YEAR, null, MUNICIPALITY)) as unknown as (typeof series)[number];
    const sum = (pick: (s: (typeof series)[number]) => number) => series.reduce((t, s) => t + pick(s), 0);
    expect(sum((s) => s.withinFourWeeks.value)).toBe(year.withinFourWeeks.value);
    expect(sum((s) => s.crisesDecided.value)).toBe(year.crisesDecided.value);
    expect(year.withinFourWeeks.value).toBeGreaterThan(0);
  });

  it('answers Area.debtStatisticsSeries of two areas in one _entities call as debtStatistics(areaId) per quarter', async () => {
    const areas = busiestAreas(2);
    const tables = await areaSeries(areas, { ...YEAR, grain: 'QUARTER' });
    expect(tables).toHaveLength(2);
    const municipality = await single(QUARTERS[0]!, null, MUNICIPALITY);
    for (const [a, areaId] of areas.entries()) {
      const table = tables[a]!;
      expect(table.map(({ from, to }) => ({ from, to }))).toEqual(QUARTERS);
      for (const [i, quarter] of QUARTERS.entries()) {
        expect(table[i]!.area).toEqual({ id: areaId });
        expect(table[i]).toEqual(await single(quarter, areaId, MUNICIPALITY));
      }
      // An area counts less than the whole municipality.
      expect({ ...table[0], area: null }).not.toEqual(municipality);
    }
    expect(tables[0]).not.toEqual(tables[1]);
  });

  it('counts every case, crisis, referral and signal for exactly one area, so that the areas add up (BR-DB50)', async () => {
    const { rows } = graph.world.debt;
    const areas = [
      ...new Set([
        ...rows.debtCases.map((c) => c.areaId),
        ...graph.world.signals.debtSignals.map((x) => x.areaId),
      ]),
    ];
    expect(areas.length).toBeGreaterThan(1);
    const tables = await areaSeries(areas, YEAR);
    const totals = (cell: Stats) => countsIn(cell).map((count) => count.value!);
    const byAreas = tables.map((table) => totals(table[0]!)).reduce((sum, t) => sum.map((n, i) => n + t[i]!));
    expect(byAreas).toEqual(totals(await single(YEAR, null, MUNICIPALITY)));
  });

  it('reads one statement per statistic for the whole table, however many periods and areas', async () => {
    const statements = async (run: () => Promise<unknown>) => {
      const before = graph.subgraph.database.statementCount;
      await run();
      return graph.subgraph.database.statementCount - before;
    };
    // Six statistics: phases, the four-week norm, the crises' days, signals, referrals, outflow.
    const STATISTICS = 6;
    expect(await statements(() => single(QUARTERS[0]!, null, MUNICIPALITY))).toBe(STATISTICS);
    expect(
      await statements(() => graph.data(SERIES, { from: '2021-01-01', to: '2022-12-31', grain: 'MONTH' })),
    ).toBe(STATISTICS);
    expect(await statements(() => areaSeries(busiestAreas(1), { ...QUARTERS[0]!, grain: 'QUARTER' }))).toBe(
      STATISTICS,
    );
    expect(
      await statements(() =>
        areaSeries(busiestAreas(4), { from: '2020-01-01', to: '2022-12-31', grain: 'MONTH' }),
      ),
    ).toBe(STATISTICS);
  });

  it('applies the CBS rule to every cell apart for a key without personal-data (BR-KT5)', async () => {
    const areas = busiestAreas(3);
    const variables = { ...YEAR, grain: 'MONTH' };
    const exact = await areaSeries(areas, variables, MUNICIPALITY);
    const published = await areaSeries(areas, variables, STATISTICS_ONLY);
    let secretButCounted = 0;
    let rounded = 0;
    for (const [a, table] of exact.entries())
      for (const [i, cell] of table.entries()) {
        const exactCounts = countsIn(cell);
        const publishedCounts = countsIn(published[a]![i]);
        expect(publishedCounts).toHaveLength(exactCounts.length);
        for (const [c, count] of exactCounts.entries()) {
          expect(count.secret).toBe(false);
          expect(publishedCounts[c]).toEqual(publishCount(count.value!, false));
          if (count.value! > 0 && count.value! <= 7) secretButCounted += 1;
          if (publishedCounts[c]!.rounded) rounded += 1;
        }
      }
    // The rule had something to hide and something to round.
    expect(secretButCounted).toBeGreaterThan(0);
    expect(rounded).toBeGreaterThan(0);
  });
});

describe('a debt statistics table by quarter and area against the seeded rows', () => {
  type Counted = { area: string; reason?: string; n: number };

  /** Counts over the seeded cases in plain SQL, written apart from the grid's grouped queries. */
  const counted = async (query: ReturnType<typeof sql>) =>
    ((await graph.subgraph.database.db.execute(query)) as unknown as { rows: Counted[] }).rows;

  /** Cases registered from `from` to `to` whose first conversation came within 28 days, per area. */
  const metFourWeeks = (from: string, to: string) =>
    counted(sql`
      select area_id as area, count(*)::int as n from debt.debt_cases
      where registered_on between ${from}::date and ${to}::date
        and intake_on is not null and intake_on - registered_on <= 28
      group by area_id`);

  /** Cases that flowed out from `from` to `to`, per area and reason. */
  const outflow = (from: string, to: string) =>
    counted(sql`
      select area_id as area, outflow_reason::text as reason, count(*)::int as n from debt.debt_cases
      where outflow_on between ${from}::date and ${to}::date
      group by area_id, outflow_reason`);

  type Cell = {
    withinFourWeeks: { value: number };
    outflowByReason: { reason: string; cases: { value: number } }[];
  };

  it('counts per area and quarter the cases that met the four-week norm and the outflow by reason, as plain SQL does', async () => {
    const ids = busiestAreas(2);
    const reps = ids.map((id) => ({ __typename: 'Area', id }));
    const { _entities } = await graph.data<{ _entities: { id: string; debtStatisticsSeries: Cell[] }[] }>(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Area { id
        debtStatisticsSeries(from: "2021-01-01", to: "2021-12-31", grain: QUARTER) {
          withinFourWeeks { value } outflowByReason { reason cases { value } } } } } }`,
      { reps },
    );
    const totals = { met: 0, outflow: 0 };
    for (const [q, { from, to }] of QUARTERS.entries()) {
      const met = await metFourWeeks(from, to);
      const out = await outflow(from, to);
      for (const { id, debtStatisticsSeries } of _entities) {
        const cell = debtStatisticsSeries[q]!;
        const expected = met.find((r) => r.area === id)?.n ?? 0;
        expect([id, from, 'met', cell.withinFourWeeks.value]).toEqual([id, from, 'met', expected]);
        totals.met += expected;
        for (const { reason, cases } of cell.outflowByReason) {
          const row = out.find((r) => r.area === id && r.reason === reason);
          expect([id, from, reason, cases.value]).toEqual([id, from, reason, row?.n ?? 0]);
          totals.outflow += cases.value;
        }
      }
    }
    // The seed has such cases in these areas: the comparison compares counts, not zeros.
    expect(totals.met).toBeGreaterThan(0);
    expect(totals.outflow).toBeGreaterThan(0);
  });
});

describe('refusals of a debt statistics table (BR-KT5, BR-DB49)', () => {
  const refusal = async (query: string, variables: Record<string, unknown>, caller: CallerOptions) => {
    const response = await graph.subgraph.query<Record<string, unknown>>(query, { variables, caller });
    expect(response.body.errors).toHaveLength(1);
    const [error] = response.body.errors!;
    return { code: error!.extensions?.code, message: error!.message };
  };
  const entities = (variables: Record<string, unknown>) => ({
    reps: [{ __typename: 'Area', id: busiestAreas(1)[0] }],
    ...variables,
  });

  it('refuses more than 120 periods', async () => {
    // Ten years to the day, by month: 121 periods.
    const tooMany = { from: '2011-01-01', to: '2021-01-01', grain: 'MONTH' };
    expect(await refusal(SERIES, tooMany, MUNICIPALITY)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/at most 120 periods/),
    });
    expect(await refusal(AREAS, entities(tooMany), MUNICIPALITY)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/at most 120 periods/),
    });
    const byQuarter = await graph.data<{ debtStatisticsSeries: Stats[] }>(SERIES, {
      ...tooMany,
      grain: 'QUARTER',
    });
    expect(byQuarter.debtStatisticsSeries).toHaveLength(41);
  });

  it('refuses a period that ends before it starts, or runs over ten years', async () => {
    const backwards = { from: '2021-12-01', to: '2021-11-30', grain: 'MONTH' };
    expect(await refusal(SERIES, backwards, MUNICIPALITY)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'The period ends before it starts',
    });
    expect(await refusal(AREAS, entities(backwards), MUNICIPALITY)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'The period ends before it starts',
    });
    const long = { from: '2011-01-01', to: '2021-01-31', grain: 'YEAR' };
    expect(await refusal(SERIES, long, MUNICIPALITY)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'A period is at most ten years long',
    });
  });

  it('refuses part of a month without personal-data, and answers it with personal-data', async () => {
    const partFrom = { from: '2021-01-05', to: '2021-12-31', grain: 'QUARTER' };
    const partTo = { from: '2021-01-01', to: '2021-12-30', grain: 'QUARTER' };
    expect(await refusal(SERIES, partFrom, STATISTICS_ONLY)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/starts on the first day of a month/),
    });
    expect(await refusal(SERIES, partTo, STATISTICS_ONLY)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/ends on the last day of a month/),
    });
    expect(await refusal(AREAS, entities(partFrom), STATISTICS_ONLY)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/starts on the first day of a month/),
    });
    const exact = await graph.data<{ debtStatisticsSeries: Stats[] }>(SERIES, partFrom, MUNICIPALITY);
    expect(exact.debtStatisticsSeries[0]).toMatchObject({ from: '2021-01-05', to: '2021-03-31' });
  });

  it('refuses a key without the statistics scope', async () => {
    const response = await graph.subgraph.query(SERIES, {
      variables: { ...YEAR, grain: 'QUARTER' },
      caller: { scopes: ['debt:read'] },
    });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
