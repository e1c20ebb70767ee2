import { publishCount } from '@mienskip/kit/rules';
import type { CallerOptions } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MUNICIPALITY, PROVIDER, startYouth, WINDKRACHT, type YouthUnderTest } from './helpers.ts';

let graph: YouthUnderTest;
beforeAll(async () => {
  graph = await startYouth();
});
afterAll(() => graph?.close());

/** A key for the council: statistics only, no personal-data, so the CBS rule applies (BR-KT5). */
const COUNCIL: CallerOptions = { scopes: ['statistics'] };

const COUNT = '{ value secret rounded suppressed }';
const FIELDS = `from to area { id }
  casesByRoute { route cases ${COUNT} }
  lightSupportByGoal { goal cases ${COUNT} }
  consultations ${COUNT}
  decisionsByRoute { route decisions ${COUNT} }
  referrals ${COUNT}
  casesClosedByReason { reason cases ${COUNT} }`;
/** The statistics of FIELDS: each should be one SQL statement for a whole table. */
const STATISTICS_ASKED = 6;

type Count = { value: number | null; secret: boolean; rounded: boolean; suppressed: boolean };
type Stats = {
  from: string;
  to: string;
  area: { id: string } | null;
  casesByRoute: { route: string; cases: Count }[];
  lightSupportByGoal: { goal: string; cases: Count }[];
  consultations: Count;
  decisionsByRoute: { route: string; decisions: Count }[];
  referrals: Count;
  casesClosedByReason: { reason: string; cases: Count }[];
};

const SINGLE = `query ($from: Date!, $to: Date!, $areaId: ID) {
  youthStatistics(from: $from, to: $to, areaId: $areaId) { ${FIELDS} } }`;
const SERIES = `query ($from: Date!, $to: Date!, $grain: StatisticsGrain) {
  youthStatisticsSeries(from: $from, to: $to, grain: $grain) { ${FIELDS} } }`;
const AREA_SERIES = `query ($r: [_Any!]!, $from: Date!, $to: Date!, $grain: StatisticsGrain) {
  _entities(representations: $r) { ... on Area { id youthStatisticsSeries(from: $from, to: $to, grain: $grain) { ${FIELDS} } } } }`;

const YEAR = { from: '2021-01-01', to: '2021-12-31' };
const QUARTERS = [
  { from: '2021-01-01', to: '2021-03-31' },
  { from: '2021-04-01', to: '2021-06-30' },
  { from: '2021-07-01', to: '2021-09-30' },
  { from: '2021-10-01', to: '2021-12-31' },
];

const single = async (period: { from: string; to: string }, areaId: string | null, caller: CallerOptions) =>
  (await graph.data<{ youthStatistics: Stats }>(SINGLE, { ...period, areaId }, caller)).youthStatistics;

const series = async (variables: Record<string, unknown>, caller: CallerOptions = MUNICIPALITY) =>
  (await graph.data<{ youthStatisticsSeries: Stats[] }>(SERIES, variables, caller)).youthStatisticsSeries;

const areaSeries = async (
  areaIds: string[],
  variables: Record<string, unknown>,
  caller: CallerOptions = MUNICIPALITY,
) => {
  const r = areaIds.map((id) => ({ __typename: 'Area', id }));
  const data = await graph.data<{ _entities: { id: string; youthStatisticsSeries: Stats[] }[] }>(
    AREA_SERIES,
    { r, ...variables },
    caller,
  );
  return data._entities;
};

/** The two areas with the most seeded cases. */
function busiestAreas(): [string, string] {
  const cases = new Map<string, number>();
  for (const c of graph.world.youth.rows.youthCases) cases.set(c.areaId, (cases.get(c.areaId) ?? 0) + 1);
  return [...cases.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id) as [string, string];
}

/** Every count of a cell, named, in a fixed order. */
function countsOf(stats: Stats): [string, Count][] {
  return [
    ...stats.casesByRoute.map((r) => [`casesByRoute ${r.route}`, r.cases] as [string, Count]),
    ...stats.lightSupportByGoal.map((g) => [`lightSupportByGoal ${g.goal}`, g.cases] as [string, Count]),
    ['consultations', stats.consultations],
    ...stats.decisionsByRoute.map((r) => [`decisionsByRoute ${r.route}`, r.decisions] as [string, Count]),
    ['referrals', stats.referrals],
    ...stats.casesClosedByReason.map((r) => [`casesClosedByReason ${r.reason}`, r.cases] as [string, Count]),
  ];
}

/**
 * The exact counts of a cell computed from the seeded rows, not by the subgraph's SQL: what a
 * municipal key with personal-data must be answered.
 */
function seededCounts(
  period: { from: string; to: string },
  areaId: string | null,
  visible: ReadonlySet<string> | null = null,
): Record<string, number> {
  const { rows } = graph.world.youth;
  const caseArea = new Map(rows.youthCases.map((c) => [c.id!, c.areaId]));
  const inArea = (caseId: string) =>
    (areaId === null || caseArea.get(caseId) === areaId) && (visible === null || visible.has(caseId));
  const holds = (day: string | null | undefined) => !!day && day >= period.from && day <= period.to;
  const runs = (start: string, end: string | null | undefined) =>
    start <= period.to && (!end || end >= period.from);
  const counts: Record<string, number> = {};
  const add = (name: string, n = 1) => {
    counts[name] = (counts[name] ?? 0) + n;
  };
  for (const c of rows.youthCases.filter((c) => inArea(c.id!))) {
    if (runs(c.openedOn, c.closedOn)) add(`casesByRoute ${c.route}`);
    if (holds(c.closedOn)) add(`casesClosedByReason ${c.closeReason}`);
  }
  const goals = new Map<string, Set<string>>();
  for (const s of rows.lightParentingSupport.filter((s) => inArea(s.caseId) && runs(s.startedOn, s.endedOn)))
    for (const goal of s.goals) goals.set(goal, (goals.get(goal) ?? new Set()).add(s.caseId));
  for (const [goal, cases] of goals) add(`lightSupportByGoal ${goal}`, cases.size);
  add('consultations', rows.jetConsultations.filter((c) => inArea(c.caseId) && holds(c.consultedOn)).length);
  for (const d of rows.jetDecisions.filter((d) => inArea(d.caseId) && holds(d.decidedOn)))
    add(`decisionsByRoute ${d.route}`);
  add('referrals', rows.youthReferrals.filter((r) => inArea(r.caseId) && holds(r.referredOn)).length);
  return counts;
}

function expectExact(stats: Stats, areaId: string | null, visible: ReadonlySet<string> | null = null) {
  const expected = seededCounts({ from: stats.from, to: stats.to }, areaId, visible);
  const answered = countsOf(stats);
  expect(Object.fromEntries(answered.map(([name, count]) => [name, count.value]))).toEqual(
    Object.fromEntries(answered.map(([name]) => [name, expected[name] ?? 0])),
  );
  for (const [, count] of answered) expect(count).toMatchObject({ secret: false, rounded: false });
}

describe('youth statistics as a table of periods and areas (BR-Y15, BR-Y18)', () => {
  it('answers a QUARTER series for 2021 as youthStatistics answers each quarter, field by field', async () => {
    for (const caller of [MUNICIPALITY, COUNCIL]) {
      const quarters = await series({ ...YEAR, grain: 'QUARTER' }, caller);
      expect(quarters.map(({ from, to }) => ({ from, to }))).toEqual(QUARTERS);
      for (const [i, quarter] of QUARTERS.entries()) {
        expect(quarters[i]).toEqual(await single(quarter, null, caller));
        expect(quarters[i]!.area).toBeNull();
      }
    }
    // The quarters differ: each is counted over its own months, not over the year.
    const exact = await series({ ...YEAR, grain: 'QUARTER' });
    expect(
      new Set(exact.map((q) => JSON.stringify(countsOf(q).map(([, c]) => c.value)))).size,
    ).toBeGreaterThan(1);
  });

  it('answers Area.youthStatisticsSeries for two areas in one _entities call as youthStatistics(areaId) per quarter', async () => {
    const areas = busiestAreas();
    for (const caller of [MUNICIPALITY, COUNCIL]) {
      const entities = await areaSeries(areas, { ...YEAR, grain: 'QUARTER' }, caller);
      expect(entities.map((e) => e.id)).toEqual(areas);
      for (const entity of entities) {
        expect(entity.youthStatisticsSeries).toHaveLength(4);
        for (const [i, quarter] of QUARTERS.entries()) {
          const cell = entity.youthStatisticsSeries[i]!;
          expect(cell.area).toEqual({ id: entity.id });
          expect(cell).toEqual(await single(quarter, entity.id, caller));
        }
      }
    }
    // The two areas are counted apart.
    const [first, second] = await areaSeries(areas, YEAR);
    expect(countsOf(first!.youthStatisticsSeries[0]!)).not.toEqual(
      countsOf(second!.youthStatisticsSeries[0]!),
    );
  });

  it('runs one SQL statement per statistic for the whole table, however many periods and areas', async () => {
    const statements = async (run: () => Promise<unknown>) => {
      const before = graph.subgraph.database.statementCount;
      await run();
      return graph.subgraph.database.statementCount - before;
    };
    const [north, south] = busiestAreas();
    const oneCell = await statements(() => areaSeries([north], { from: '2021-01-01', to: '2021-01-31' }));
    const table = await statements(() => areaSeries([north, south], { ...YEAR, grain: 'MONTH' }));
    expect(oneCell).toBe(STATISTICS_ASKED);
    expect(table).toBe(STATISTICS_ASKED);
    const year = await statements(() => series(YEAR));
    const months = await statements(() => series({ from: '2020-01-01', to: '2022-12-31', grain: 'MONTH' }));
    expect(year).toBe(STATISTICS_ASKED);
    expect(months).toBe(STATISTICS_ASKED);
  });

  it('publishes every cell exactly with personal-data, under the CBS rule without it (BR-KT5)', async () => {
    const areas = busiestAreas();
    const exactTables = [
      ...(await series({ ...YEAR, grain: 'QUARTER' })).map((cell) => ({ cell, areaId: null })),
      ...(await areaSeries(areas, { ...YEAR, grain: 'QUARTER' })).flatMap((e) =>
        e.youthStatisticsSeries.map((cell) => ({ cell, areaId: e.id })),
      ),
    ];
    const councilTables = [
      ...(await series({ ...YEAR, grain: 'QUARTER' }, COUNCIL)),
      ...(await areaSeries(areas, { ...YEAR, grain: 'QUARTER' }, COUNCIL)).flatMap(
        (e) => e.youthStatisticsSeries,
      ),
    ];
    for (const { cell, areaId } of exactTables) expectExact(cell, areaId);
    const kinds = new Set<string>();
    for (const [i, { cell }] of exactTables.entries()) {
      const published = countsOf(councilTables[i]!);
      for (const [j, [name, exact]] of countsOf(cell).entries()) {
        expect(published[j]![0]).toBe(name);
        expect(published[j]![1]).toEqual(publishCount(exact.value!, false));
        kinds.add(published[j]![1].secret ? 'secret' : 'rounded');
      }
    }
    // Both sides of the rule are met in these tables.
    expect([...kinds].sort()).toEqual(['rounded', 'secret']);
  });

  it('counts only the cases the key may see (BR-Y10), in every cell', async () => {
    // A youth-care provider sees the cases referred to it; an uninvolved provider none.
    const referred = new Set(graph.world.youth.rows.youthReferrals.map((r) => r.caseId));
    const [area] = busiestAreas();
    const provider = await series({ ...YEAR, grain: 'QUARTER' }, PROVIDER);
    for (const cell of provider) expectExact(cell, null, referred);
    const [entity] = await areaSeries([area], { ...YEAR, grain: 'QUARTER' }, PROVIDER);
    for (const cell of entity!.youthStatisticsSeries) expectExact(cell, area, referred);
    const all = (await series({ ...YEAR, grain: 'QUARTER' })).flatMap((cell) => countsOf(cell));
    const own = provider.flatMap((cell) => countsOf(cell));
    expect(own.reduce((sum, [, c]) => sum + c.value!, 0)).toBeGreaterThan(0);
    expect(own.reduce((sum, [, c]) => sum + c.value!, 0)).toBeLessThan(
      all.reduce((sum, [, c]) => sum + c.value!, 0),
    );
    const none = await series({ ...YEAR, grain: 'QUARTER' }, WINDKRACHT);
    for (const cell of none) for (const [, count] of countsOf(cell)) expect(count.value).toBe(0);
  });

  it('lists every route, goal and reden beëindiging in every cell, zero included', async () => {
    const [cell] = await series({ from: '2022-12-01', to: '2022-12-31' });
    expect(cell!.casesByRoute.map((r) => r.route)).toEqual(['SOCIALE_BASIS', 'BASIS', 'JEUGDWET']);
    expect(cell!.decisionsByRoute.map((r) => r.route)).toEqual(['SOCIALE_BASIS', 'BASIS', 'JEUGDWET']);
    expect(cell!.lightSupportByGoal).toHaveLength(6);
    expect(cell!.casesClosedByReason.map((r) => r.reason)).toEqual([
      'VOLGENS_PLAN',
      'VOORTIJDIG_IN_OVERLEG',
      'EENZIJDIG_CLIENT',
      'EENZIJDIG_AANBIEDER',
      'EXTERNE_OMSTANDIGHEDEN',
    ]);
  });
});

describe('refusals of a statistics table (BR-KT5)', () => {
  const refusal = async (query: string, variables: Record<string, unknown>, caller: CallerOptions) => {
    const response = await graph.subgraph.query(query, { variables, caller });
    const error = response.body.errors?.[0];
    return error && { code: error.extensions?.code, message: error.message };
  };
  const area = () => [{ __typename: 'Area', id: busiestAreas()[0] }];

  it('refuses more than 120 periods, an end before the start, and part of a month without personal-data', async () => {
    // 2011-01 to 2021-01: within ten years, but 121 months.
    const tooMany = { from: '2011-01-01', to: '2021-01-01', grain: 'MONTH' };
    const backwards = { from: '2021-06-01', to: '2021-05-31', grain: 'QUARTER' };
    const partial = { from: '2021-01-05', to: '2021-12-31', grain: 'QUARTER' };
    for (const [query, extra] of [
      [SERIES, {}],
      [AREA_SERIES, { r: area() }],
    ] as const) {
      expect(await refusal(query, { ...tooMany, ...extra }, MUNICIPALITY)).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: expect.stringMatching(/at most 120 periods/),
      });
      expect(await refusal(query, { ...backwards, ...extra }, MUNICIPALITY)).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: expect.stringMatching(/ends before it starts/),
      });
      expect((await refusal(query, { ...partial, ...extra }, COUNCIL))?.code).toBe('BAD_USER_INPUT');
      // The same periods pass where the rule allows them.
      expect(await refusal(query, { ...tooMany, grain: 'QUARTER', ...extra }, MUNICIPALITY)).toBeUndefined();
      expect(await refusal(query, { ...partial, ...extra }, MUNICIPALITY)).toBeUndefined();
    }
  });

  it('needs the statistics scope', async () => {
    const caller = { scopes: ['youth:read'] } as CallerOptions;
    expect((await refusal(SERIES, YEAR, caller))?.code).toBe('FORBIDDEN');
    expect((await refusal(AREA_SERIES, { ...YEAR, r: area() }, caller))?.code).toBe('FORBIDDEN');
  });
});
