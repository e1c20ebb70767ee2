import type { CallerOptions } from '@mienskip/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClientsUnderTest, startClients, WINDKRACHT } from './helpers.ts';

let graph: ClientsUnderTest;
beforeAll(async () => {
  graph = await startClients();
});
afterAll(() => graph?.close());

/** Every figure of `ClientStatistics`. */
const FIGURES = `
  clientsByPillarAndKind { pillar kind clients { value secret rounded suppressed } }
  clientsByPillar { pillar clients { value secret rounded suppressed } }
  clientsByProvision { provisionType clients { value secret rounded suppressed } }
  deliveryForms { form clients { value secret rounded suppressed } }
  requestsByOutcome { outcome requests { value secret rounded suppressed } }
  referrals { value secret rounded suppressed }
  referralsNotStarted { value secret rounded suppressed }
  engagementsEndedByReason { reason engagements { value secret rounded suppressed } }
  decisions { outcome decisions { value secret rounded suppressed } }
  objections { value secret rounded suppressed }
  objectionsByOutcome { outcome objections { value secret rounded suppressed } }
  complaints { level complaints { value secret rounded suppressed } }
  complaintsByStatus { status complaints { value secret rounded suppressed } }
  transition { status clients { value secret rounded suppressed } }
  housingLinks { status links { value secret rounded suppressed } }
  waitingTime { measured { value secret rounded suppressed } averageDays }`;

/** The grouped queries behind FIGURES: objections and complaints each share one between two fields. */
const QUERIES_PER_TABLE = 14;

const QUARTERS = [
  ['2021-01-01', '2021-03-31'],
  ['2021-04-01', '2021-06-30'],
  ['2021-07-01', '2021-09-30'],
  ['2021-10-01', '2021-12-31'],
] as const;

const ANALYST: CallerOptions = { scopes: ['statistics'] };
const EXACT: CallerOptions = { scopes: ['statistics', 'personal-data'] };

type Figures = Record<string, unknown> & { from: string; to: string; area: { id: string } | null };

const SERIES = `query ($from: Date!, $to: Date!, $grain: StatisticsGrain) {
  clientStatisticsSeries(from: $from, to: $to, grain: $grain) { from to area { id } ${FIGURES} }
}`;
const SINGLE = `query ($from: Date!, $to: Date!, $areaId: ID) {
  clientStatistics(from: $from, to: $to, areaId: $areaId) { from to area { id } ${FIGURES} }
}`;
const AREA_SERIES = `query ($reps: [_Any!]!, $from: Date!, $to: Date!, $grain: StatisticsGrain) {
  _entities(representations: $reps) { ... on Area { id clientStatisticsSeries(from: $from, to: $to, grain: $grain) {
    from to area { id } ${FIGURES} } } }
}`;
const areas = (...ids: string[]) => ids.map((id) => ({ __typename: 'Area', id }));

const series = async (caller: CallerOptions, grain: string | null = 'QUARTER') =>
  (
    await graph.data<{ clientStatisticsSeries: Figures[] }>(
      SERIES,
      { from: '2021-01-01', to: '2021-12-31', grain },
      caller,
    )
  ).clientStatisticsSeries;

const single = async (caller: CallerOptions, from: string, to: string, areaId?: string) =>
  (await graph.data<{ clientStatistics: Figures }>(SINGLE, { from, to, areaId }, caller)).clientStatistics;

describe('a table of client statistics (clientStatisticsSeries)', () => {
  it('answers a year by quarter exactly as clientStatistics answers each quarter, figure by figure', async () => {
    for (const caller of [EXACT, ANALYST]) {
      const table = await series(caller);
      expect(table.map((row) => [row.from, row.to])).toEqual(QUARTERS);
      for (const [i, [from, to]] of QUARTERS.entries()) {
        expect(table[i]).toEqual(await single(caller, from, to));
        expect(table[i]!.area).toBeNull();
      }
    }
    // Not a table of equal rows: the quarters differ somewhere, so the comparison above compares something.
    const exact = await series(EXACT);
    expect(new Set(exact.map(({ from: _f, to: _t, ...figures }) => JSON.stringify(figures))).size).toBe(4);
  });

  it('answers the whole period in one row without a grain', async () => {
    const [whole, ...more] = await series(EXACT, null);
    expect(more).toEqual([]);
    expect(whole).toEqual(await single(EXACT, '2021-01-01', '2021-12-31'));
  });

  it("answers Area.clientStatisticsSeries for two areas as clientStatistics answers each area's quarters", async () => {
    for (const caller of [EXACT, ANALYST]) {
      const { _entities } = await graph.data<{
        _entities: { id: string; clientStatisticsSeries: Figures[] }[];
      }>(
        AREA_SERIES,
        {
          reps: areas('area-noord', 'area-oud-oost'),
          from: '2021-01-01',
          to: '2021-12-31',
          grain: 'QUARTER',
        },
        caller,
      );
      expect(_entities.map((area) => area.id)).toEqual(['area-noord', 'area-oud-oost']);
      for (const area of _entities) {
        expect(area.clientStatisticsSeries).toHaveLength(4);
        for (const [i, [from, to]] of QUARTERS.entries()) {
          const cell = area.clientStatisticsSeries[i]!;
          expect(cell.area).toEqual({ id: area.id });
          expect(cell).toEqual(await single(caller, from, to, area.id));
        }
      }
      // The two areas differ: each cell is its own area's, not the first area's or the municipality's.
      expect(_entities[0]!.clientStatisticsSeries).not.toEqual(_entities[1]!.clientStatisticsSeries);
    }
  });

  it('runs one statement per figure for a whole table, whatever its number of periods and areas', async () => {
    const statements = async (run: () => Promise<unknown>) => {
      const before = graph.subgraph.database.statementCount;
      await run();
      return graph.subgraph.database.statementCount - before;
    };
    const municipality = (grain: string) => () =>
      graph.data(SERIES, { from: '2021-01-01', to: '2021-12-31', grain }, EXACT);
    const byArea =
      (grain: string, ...ids: string[]) =>
      () =>
        graph.data(AREA_SERIES, { reps: areas(...ids), from: '2021-01-01', to: '2021-12-31', grain }, EXACT);
    expect(await statements(municipality('YEAR'))).toBe(QUERIES_PER_TABLE);
    expect(await statements(municipality('MONTH'))).toBe(QUERIES_PER_TABLE);
    expect(await statements(byArea('YEAR', 'area-noord'))).toBe(QUERIES_PER_TABLE);
    expect(await statements(byArea('MONTH', 'area-noord', 'area-oud-oost', 'area-west', 'area-zuid'))).toBe(
      QUERIES_PER_TABLE,
    );
  });

  it('refuses a period it cannot answer with BAD_USER_INPUT, answering nothing and asking the database nothing', async () => {
    const refusals: [CallerOptions, string, string, string | null, RegExp][] = [
      // 121 periods: ten years of months and a day (only a key with personal-data may ask for days).
      [EXACT, '2011-01-01', '2021-01-01', 'MONTH', /at most 120 periods/],
      [EXACT, '2021-06-01', '2021-05-31', 'QUARTER', /ends before it starts/],
      [ANALYST, '2021-01-02', '2021-12-31', 'QUARTER', /first day of a month/],
      [ANALYST, '2021-01-01', '2021-12-30', null, /last day of a month/],
    ];
    for (const [caller, from, to, grain, message] of refusals) {
      const before = graph.subgraph.database.statementCount;
      const root = await graph.subgraph.query<{ clientStatisticsSeries: unknown }>(SERIES, {
        variables: { from, to, grain },
        caller,
      });
      expect(root.body.data?.clientStatisticsSeries).toBeNull();
      expect(root.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(root.body.errors?.[0]?.message).toMatch(message);
      const area = await graph.subgraph.query<{ _entities: { clientStatisticsSeries: unknown }[] }>(
        AREA_SERIES,
        {
          variables: { reps: areas('area-noord', 'area-west'), from, to, grain },
          caller,
        },
      );
      expect(area.body.data?._entities.map((a) => a.clientStatisticsSeries)).toEqual([null, null]);
      expect(area.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
      expect(graph.subgraph.database.statementCount - before).toBe(0);
    }
    // 120 months is the most a table has.
    const ten = await graph.subgraph.query(SERIES, {
      variables: { from: '2011-01-01', to: '2020-12-31', grain: 'MONTH' },
      caller: ANALYST,
    });
    expect(ten.body.errors).toBeUndefined();
  });

  it('needs the statistics scope, on the root and on an area', async () => {
    const caller = { scopes: ['clients:read' as const] };
    const root = await graph.subgraph.query(SERIES, {
      variables: { from: '2021-01-01', to: '2021-12-31', grain: 'QUARTER' },
      caller,
    });
    expect(root.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const area = await graph.subgraph.query(AREA_SERIES, {
      variables: { reps: areas('area-noord'), from: '2021-01-01', to: '2021-12-31', grain: 'QUARTER' },
      caller,
    });
    expect(area.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('a table by quarter and area against the seeded rows', () => {
  type Counted = { area: string; pillar?: string; n: number };

  /** Counts over the seeded rows in plain SQL, written apart from the grid's grouped queries. */
  const counted = async (query: ReturnType<typeof sql>) =>
    ((await graph.subgraph.database.db.execute(query)) as unknown as { rows: Counted[] }).rows;

  /** Residents with an engagement running from `from` to `to`, per area and pillar. */
  const residentsByPillar = (from: string, to: string) =>
    counted(sql`
      select h.area_id as area, e.pillar::text as pillar, count(distinct c.id)::int as n
      from clients.engagements e, clients.clients c, clients.households h
      where c.id = e.client_id and h.id = c.household_id
        and e.started_on <= ${to}::date and (e.ended_on is null or e.ended_on >= ${from}::date)
      group by h.area_id, e.pillar`);

  /** Referrals issued from `from` to `to`, per area. */
  const referralsIssued = (from: string, to: string) =>
    counted(sql`
      select h.area_id as area, count(*)::int as n
      from clients.referrals r, clients.clients c, clients.households h
      where c.id = r.client_id and h.id = c.household_id and r.issued_on between ${from}::date and ${to}::date
      group by h.area_id`);

  type Cell = {
    clientsByPillar: { pillar: string; clients: { value: number } }[];
    referrals: { value: number };
  };

  it('counts per area and quarter the residents with support per pillar and the referrals, as plain SQL does', async () => {
    const { _entities } = await graph.data<{ _entities: { id: string; clientStatisticsSeries: Cell[] }[] }>(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Area { id
        clientStatisticsSeries(from: "2021-01-01", to: "2021-12-31", grain: QUARTER) {
          clientsByPillar { pillar clients { value } } referrals { value } } } } }`,
      { reps: areas('area-noord', 'area-oud-oost') },
      EXACT,
    );
    const totals = { residents: 0, referrals: 0 };
    for (const [q, [from, to]] of QUARTERS.entries()) {
      const pillars = await residentsByPillar(from, to);
      const issued = await referralsIssued(from, to);
      for (const { id, clientStatisticsSeries } of _entities) {
        const cell = clientStatisticsSeries[q]!;
        for (const { pillar, clients } of cell.clientsByPillar) {
          const row = pillars.find((r) => r.area === id && r.pillar === pillar);
          expect([id, from, pillar, clients.value]).toEqual([id, from, pillar, row?.n ?? 0]);
          totals.residents += clients.value;
        }
        const referrals = issued.find((r) => r.area === id)?.n ?? 0;
        expect([id, from, 'referrals', cell.referrals.value]).toEqual([id, from, 'referrals', referrals]);
        totals.referrals += referrals;
      }
    }
    // The seed has support and referrals in these areas: the comparison compares counts, not zeros.
    expect(totals.residents).toBeGreaterThan(0);
    expect(totals.referrals).toBeGreaterThan(0);
  });
});

describe('a provider key in a table', () => {
  const PROVIDER = `query {
    clientStatisticsSeries(from: "2021-01-01", to: "2021-12-31", grain: QUARTER) {
      clientsByPillar { pillar clients { value } }
      clientsByProvision { provisionType clients { value } }
      engagementsEndedByReason { reason engagements { value } }
      complaintsByStatus { status complaints { value } }
      housingLinks { status links { value } }
      objectionsByOutcome { outcome objections { value } }
    }
  }`;
  type Row = {
    clientsByPillar: { pillar: string; clients: { value: number } }[];
    clientsByProvision: { provisionType: string; clients: { value: number } }[];
    engagementsEndedByReason: { engagements: { value: number } }[];
    complaintsByStatus: { complaints: { value: number } }[];
    housingLinks: { links: { value: number } }[];
    objectionsByOutcome: unknown;
  };
  const sum = (counts: { value: number }[]) => counts.reduce((n, c) => n + c.value, 0);

  it("counts only its own organisation's engagements, complaints and housing links, and no bezwaren", async () => {
    const municipal = (await graph.data<{ clientStatisticsSeries: Row[] }>(PROVIDER)).clientStatisticsSeries;
    const response = await graph.subgraph.query<{ clientStatisticsSeries: Row[] }>(PROVIDER, {
      caller: WINDKRACHT,
    });
    const own = response.body.data!.clientStatisticsSeries;
    // Its own links of the residents it sees (those with an engagement at it), counted apart from the API.
    const result = (await graph.subgraph.database.db.execute(
      sql`select count(*)::int as all, (count(*) filter (where l.organisation_id = 'org-windkracht058' and exists (
          select 1 from clients.engagements e where e.client_id = l.client_id and e.organisation_id = 'org-windkracht058'
        )))::int as own from clients.housing_links l`,
    )) as unknown as { rows: { own: number; all: number }[] };
    const links = result.rows[0]!;
    expect(response.body.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual(
      QUARTERS.map((_q, i) => [`clientStatisticsSeries.${i}.objectionsByOutcome`, 'FORBIDDEN']),
    );
    expect(own.map((row) => row.objectionsByOutcome)).toEqual([null, null, null, null]);
    for (const [i, row] of own.entries()) {
      // Windkracht058 gives aanvullende ondersteuning only, all of it maatwerk.
      const pillars = Object.fromEntries(row.clientsByPillar.map((p) => [p.pillar, p.clients.value]));
      expect(pillars.SOCIALE_BASIS).toBe(0);
      expect(pillars.BASIS).toBe(0);
      expect(pillars.AANVULLEND).toBeGreaterThan(0);
      expect(pillars.AANVULLEND).toBeLessThan(
        municipal[i]!.clientsByPillar.find((p) => p.pillar === 'AANVULLEND')!.clients.value,
      );
      expect(row.clientsByProvision.find((p) => p.provisionType === 'ALGEMEEN')!.clients.value).toBe(0);
      // Every link counts in every period (they have no opening date): its own, and all for the municipality.
      expect(sum(row.housingLinks.map((l) => l.links))).toBe(links.own);
      expect(sum(municipal[i]!.housingLinks.map((l) => l.links))).toBe(links.all);
      expect(links.own).toBeLessThan(links.all);
      expect(sum(row.complaintsByStatus.map((c) => c.complaints))).toBeLessThanOrEqual(
        sum(municipal[i]!.complaintsByStatus.map((c) => c.complaints)),
      );
      expect(sum(row.engagementsEndedByReason.map((e) => e.engagements))).toBeLessThan(
        sum(municipal[i]!.engagementsEndedByReason.map((e) => e.engagements)),
      );
    }
  });
});
