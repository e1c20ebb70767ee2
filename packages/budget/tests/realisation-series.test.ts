import { startTestSubgraph, type TestSubgraph } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedRealisation2021 } from '../src/db/reference-data.ts';
import { budget } from '../src/index.ts';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(budget);
});
afterAll(() => subgraph?.close());

const council = { scopes: ['statistics'] as const, organisationKind: 'MUNICIPALITY' as const };
const thfl = {
  scopes: ['statistics', 'budget:read'] as const,
  organisationKind: 'PROVIDER' as const,
  organisationId: 'org-thfl',
};
type Caller = typeof council | typeof thfl;
type Lot = {
  lot: string;
  lumpsum: string;
  realised: string;
  realisedToDate: string;
  difference: string;
  provenance: string;
};
type Period = { from: string; to: string; lots: Lot[] };
const LOT = 'lot lumpsum realised realisedToDate difference provenance';
const cents = (amount: string) => BigInt(amount.replace('.', ''));

async function series(args: string, caller: Caller = council) {
  const { body } = await subgraph.query<{ lotRealisationSeries: Period[] }>(
    `{ lotRealisationSeries(${args}) { from to lots { ${LOT} } } }`,
    { caller },
  );
  expect(body.errors).toBeUndefined();
  return body.data!.lotRealisationSeries;
}

async function year(caller: Caller = council) {
  const { body } = await subgraph.query<{ lotRealisation: Lot[] }>(
    `{ lotRealisation(year: 2021) { ${LOT} } }`,
    { caller },
  );
  expect(body.errors).toBeUndefined();
  return body.data!.lotRealisation;
}

const byLot = (lots: readonly Lot[]) => Object.fromEntries(lots.map((lot) => [lot.lot, lot]));

describe('lotRealisationSeries (BR-BU8)', () => {
  it('cuts 2021 into quarters whose spending sums to the year, each with the whole year’s lumpsum', async () => {
    const quarters = await series('from: "2021-01-01", to: "2021-12-31", grain: QUARTER');
    expect(quarters.map((q) => [q.from, q.to])).toEqual([
      ['2021-01-01', '2021-03-31'],
      ['2021-04-01', '2021-06-30'],
      ['2021-07-01', '2021-09-30'],
      ['2021-10-01', '2021-12-31'],
    ]);
    const whole = await year();
    for (const { lot, lumpsum, realised } of whole) {
      const parts = quarters.map((q) => byLot(q.lots)[lot]!);
      expect(
        parts.reduce((sum, part) => sum + cents(part.realised), 0n),
        lot,
      ).toBe(cents(realised));
      expect(new Set(parts.map((part) => part.lumpsum)), lot).toEqual(new Set([lumpsum]));
    }
    const spent = generatedRealisation2021()
      .filter((e) => e.lot === 'HULP_BIJ_HUISHOUDEN' && e.month <= 3)
      .reduce((sum, e) => sum + e.amountCents, 0n);
    expect(cents(byLot(quarters[0]!.lots).HULP_BIJ_HUISHOUDEN!.realised)).toBe(spent);
  });

  it('gives the 2021 lumpsum of each lot to the cent in every quarter', async () => {
    const quarters = await series('from: "2021-01-01", to: "2021-12-31", grain: QUARTER');
    for (const quarter of quarters) {
      expect(quarter.lots.map((lot) => [lot.lot, lot.lumpsum])).toEqual([
        ['BASISONDERSTEUNING', '18773284.00'],
        ['THUISONDERSTEUNING_EN_DAGBESTEDING', '7071654.00'],
        ['HULP_BIJ_HUISHOUDEN', '10230525.00'],
        ['KORTDUREND_VERBLIJF', '0.00'],
      ]);
    }
  });

  it('accumulates realisedToDate from 1 January, also for a period that starts later in the year', async () => {
    const months = await series('from: "2021-01-01", to: "2021-12-31", grain: MONTH');
    expect(months).toHaveLength(12);
    for (const lot of ['BASISONDERSTEUNING', 'HULP_BIJ_HUISHOUDEN']) {
      let running = 0n;
      for (const month of months) {
        const figures = byLot(month.lots)[lot]!;
        running += cents(figures.realised);
        expect(cents(figures.realisedToDate), `${lot} ${month.from}`).toBe(running);
        expect(cents(figures.difference)).toBe(running - cents(figures.lumpsum));
      }
      expect(running).toBeGreaterThan(0n);
      expect(running).toBe(cents(byLot(await year())[lot]!.realised));
    }
    const [spring] = await series('from: "2021-04-01", to: "2021-06-30"');
    const hh = byLot(spring!.lots).HULP_BIJ_HUISHOUDEN!;
    expect(hh.realisedToDate).toBe(byLot(months[5]!.lots).HULP_BIJ_HUISHOUDEN!.realisedToDate);
    expect(cents(hh.realised)).toBe(
      months.slice(3, 6).reduce((sum, m) => sum + cents(byLot(m.lots).HULP_BIJ_HUISHOUDEN!.realised), 0n),
    );
  });

  it('marks the seeded spending SYNTHETIC and a year without lumpsums or spending at zero', async () => {
    const [whole] = await series('from: "2021-01-01", to: "2021-12-31"');
    expect(whole!.lots.map((lot) => lot.provenance)).toEqual([
      'SYNTHETIC',
      'SYNTHETIC',
      'SYNTHETIC',
      'RECORDED',
    ]);
    expect((await year()).map((lot) => lot.provenance)).toEqual(whole!.lots.map((lot) => lot.provenance));
    const [later] = await series('from: "2023-01-01", to: "2023-12-31"');
    expect(new Set(later!.lots.map((lot) => lot.realisedToDate))).toEqual(new Set(['0.00']));
    expect(new Set(later!.lots.map((lot) => lot.lumpsum))).toEqual(new Set(['0.00']));
  });

  it("sums a provider key's own shares and spending only", async () => {
    const [whole] = await series('from: "2021-01-01", to: "2021-12-31", grain: YEAR', thfl);
    const own = byLot(whole!.lots);
    expect(own.HULP_BIJ_HUISHOUDEN!.lumpsum).toBe('5115262.50');
    expect(own.BASISONDERSTEUNING!.lumpsum).toBe('0.00');
    expect(own.BASISONDERSTEUNING!.realised).toBe('0.00');
    const spent = generatedRealisation2021()
      .filter((e) => e.organisationId === 'org-thfl')
      .reduce((sum, e) => sum + e.amountCents, 0n);
    expect(cents(own.HULP_BIJ_HUISHOUDEN!.realised)).toBe(spent);
    expect(whole!.lots).toEqual(await year(thfl));
  });

  it('answers any number of periods in two statements', async () => {
    const before = subgraph.database.statementCount;
    await series('from: "2020-01-01", to: "2021-12-31", grain: MONTH');
    expect(subgraph.database.statementCount - before).toBe(2);
  });

  it('refuses parts of months, periods across years, bad periods and keys without statistics', async () => {
    const personal = {
      scopes: ['statistics', 'personal-data'] as const,
      organisationKind: 'MUNICIPALITY' as const,
    };
    for (const [args, message] of [
      ['from: "2021-01-15", to: "2021-03-31"', /first day of a month/],
      ['from: "2021-01-01", to: "2021-03-30"', /last day of a month/],
      ['from: "2021-01-01", to: "2022-12-31"', /within one calendar year/],
      ['from: "2021-03-01", to: "2021-01-31", grain: MONTH', /ends before it starts/],
      ['from: "2011-01-01", to: "2021-12-31", grain: YEAR', /ten years/],
    ] as const) {
      const { body } = await subgraph.query(`{ lotRealisationSeries(${args}) { from } }`, {
        caller: personal,
      });
      expect(
        body.errors?.map((e) => [e.extensions?.code, e.message]),
        args,
      ).toEqual([['BAD_USER_INPUT', expect.stringMatching(message)]]);
    }
    expect(await series('from: "2021-01-01", to: "2022-12-31", grain: YEAR')).toHaveLength(2);
    const noScope = await subgraph.query(
      '{ lotRealisationSeries(from: "2021-01-01", to: "2021-12-31") { from } }',
      {
        caller: { scopes: ['budget:read'] },
      },
    );
    expect(noScope.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});

describe('viewer', () => {
  const VIEWER = '{ viewer { organisation { id name kind } scopes } }';
  type Viewer = {
    viewer: { organisation: { id: string; name: string; kind: string } | null; scopes: string[] };
  };

  it('tells a municipal key its organisation and sorted scopes', async () => {
    const { body } = await subgraph.query<Viewer>(VIEWER, {
      caller: {
        scopes: ['statistics', 'personal-data', 'clients:read'],
        organisationKind: 'MUNICIPALITY',
        organisationId: 'org-gemeente-leeuwarden',
      },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data!.viewer.scopes).toEqual(['clients:read', 'personal-data', 'statistics']);
    expect(body.data!.viewer.organisation).toMatchObject({
      id: 'org-gemeente-leeuwarden',
      kind: 'MUNICIPALITY',
    });
  });

  it('tells a provider key its own organisation, even without a reading scope', async () => {
    const { body } = await subgraph.query<Viewer>(VIEWER, {
      caller: { scopes: ['audit'], organisationKind: 'PROVIDER', organisationId: 'org-thfl' },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data!.viewer).toEqual({
      organisation: { id: 'org-thfl', name: expect.any(String), kind: 'PROVIDER' },
      scopes: ['audit'],
    });
    const other = await subgraph.query<{ organisation: unknown }>(
      '{ organisation(id: "org-miep") { name } }',
      {
        caller: { scopes: ['audit'], organisationKind: 'PROVIDER', organisationId: 'org-thfl' },
      },
    );
    expect(other.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('answers null for an organisation budget does not know', async () => {
    const { body } = await subgraph.query<Viewer>(VIEWER, {
      caller: { scopes: ['statistics'], organisationKind: 'PARTNER', organisationId: 'org-unknown' },
    });
    expect(body.data!.viewer).toEqual({ organisation: null, scopes: ['statistics'] });
  });
});
