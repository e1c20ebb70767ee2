import type { CallerOptions } from '@mienskip/testing';
import { startTestSubgraph, type TestSubgraph } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedRealisation2021 } from '../src/db/reference-data.ts';
import { budget } from '../src/index.ts';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(budget);
});
afterAll(() => subgraph?.close());

const OVERVIEW =
  '{ lumpsums(year: 2021) { id decidedAmount realised realisedMinusDecided realisationByMonth { month amount } shares { organisation { name } amount } } }';
type Overview = {
  lumpsums: {
    id: string;
    realised: string;
    realisedMinusDecided: string | null;
    realisationByMonth: { month: number; amount: string }[];
  }[];
};

const cents = (amount: string) => BigInt(amount.replace('.', ''));

describe('generated 2021 realisation', () => {
  it("books each share holder's spending on the lot it holds, once a month, of the order of its share", () => {
    const entries = generatedRealisation2021();
    expect(entries).toHaveLength(48);
    const spent = new Map<string, bigint>();
    for (const e of entries)
      spent.set(
        `${e.organisationId} ${e.lot}`,
        (spent.get(`${e.organisationId} ${e.lot}`) ?? 0n) + e.amountCents,
      );
    expect([...spent.keys()].sort()).toEqual([
      'org-amaryllis BASISONDERSTEUNING',
      'org-miep HULP_BIJ_HUISHOUDEN',
      'org-thfl HULP_BIJ_HUISHOUDEN',
      'org-windkracht058 THUISONDERSTEUNING_EN_DAGBESTEDING',
    ]);
    for (const [key, share] of [
      ['org-amaryllis BASISONDERSTEUNING', 1_877_328_400n],
      ['org-windkracht058 THUISONDERSTEUNING_EN_DAGBESTEDING', 707_165_400n],
    ] as const) {
      const ratio = Number(spent.get(key)!) / Number(share);
      expect(ratio, key).toBeGreaterThan(0.95);
      expect(ratio, key).toBeLessThan(1.08);
    }
  });
});

describe('lumpsum versus realisation', () => {
  it('sums the monthly realisation per lumpsum and compares it with the decided amount, in one query', async () => {
    const before = subgraph.database.statementCount;
    const { body } = await subgraph.query<Overview>(OVERVIEW, { caller: { scopes: ['budget:read'] } });
    expect(body.errors).toBeUndefined();
    expect(subgraph.database.statementCount - before).toBe(2); // lumpsums with shares and organisations, realisation
    const entries = generatedRealisation2021();
    for (const lumpsum of body.data!.lumpsums) {
      const lots =
        lumpsum.id === 'lumpsum-2021-hbh'
          ? ['HULP_BIJ_HUISHOUDEN']
          : ['BASISONDERSTEUNING', 'THUISONDERSTEUNING_EN_DAGBESTEDING'];
      const expected = entries
        .filter((e) => lots.includes(e.lot))
        .reduce((sum, e) => sum + e.amountCents, 0n);
      expect(cents(lumpsum.realised)).toBe(expected);
      expect(lumpsum.realisationByMonth.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      expect(lumpsum.realisationByMonth.reduce((sum, m) => sum + cents(m.amount), 0n)).toBe(expected);
    }
    const hbh = body.data!.lumpsums[0]!;
    expect(cents(hbh.realisedMinusDecided!)).toBe(cents(hbh.realised) - 1_023_052_500n);
  });

  it("gives a provider's key its own realisation only", async () => {
    const { body } = await subgraph.query<{ lumpsums: { realised: string }[] }>(
      '{ lumpsums(year: 2021) { realised } }',
      {
        caller: { scopes: ['budget:read'], organisationKind: 'PROVIDER', organisationId: 'org-thfl' },
      },
    );
    const own = generatedRealisation2021()
      .filter((e) => e.organisationId === 'org-thfl')
      .reduce((sum, e) => sum + e.amountCents, 0n);
    expect(body.data!.lumpsums.map((l) => cents(l.realised))).toEqual([own, 0n]);
  });
});

describe('recordRealisation', () => {
  const record = (input: string, caller: CallerOptions) =>
    subgraph.query<{ recordRealisation: Record<string, unknown> }>(
      `mutation { recordRealisation(input: { ${input} }) { __typename ... on RealisationEntry { month amount } ... on ValidationError { field } ... on NotFoundError { id } } }`,
      { caller },
    );
  const thfl: CallerOptions = {
    scopes: ['budget:read', 'budget:write'],
    organisationKind: 'PROVIDER',
    organisationId: 'org-thfl',
  };

  it('lets a provider add its own spending, which the lumpsum then shows', async () => {
    const before = (
      await subgraph.query<{ lumpsums: { realised: string }[] }>('{ lumpsums(year: 2021) { realised } }', {
        caller: thfl,
      })
    ).body.data!.lumpsums[0]!.realised;
    const { body } = await record(
      'organisationId: "org-thfl", lot: HULP_BIJ_HUISHOUDEN, year: 2021, month: 12, amount: "1000.00"',
      thfl,
    );
    expect(body.data!.recordRealisation).toEqual({
      __typename: 'RealisationEntry',
      month: 12,
      amount: '1000.00',
    });
    const after = (
      await subgraph.query<{ lumpsums: { realised: string }[] }>('{ lumpsums(year: 2021) { realised } }', {
        caller: thfl,
      })
    ).body.data!.lumpsums[0]!.realised;
    expect(cents(after) - cents(before)).toBe(100_000n);
  });

  it("refuses another organisation's spending, a month 13, zero and an unknown organisation", async () => {
    const refused = async (input: string, caller: CallerOptions = thfl) =>
      (await record(input, caller)).body.data!.recordRealisation;
    expect(
      await refused(
        'organisationId: "org-miep", lot: HULP_BIJ_HUISHOUDEN, year: 2021, month: 1, amount: "1.00"',
      ),
    ).toEqual({
      __typename: 'ValidationError',
      field: 'organisationId',
    });
    expect(
      await refused(
        'organisationId: "org-thfl", lot: HULP_BIJ_HUISHOUDEN, year: 2021, month: 13, amount: "1.00"',
      ),
    ).toEqual({
      __typename: 'ValidationError',
      field: 'month',
    });
    expect(
      await refused(
        'organisationId: "org-thfl", lot: HULP_BIJ_HUISHOUDEN, year: 2021, month: 1, amount: "0.00"',
      ),
    ).toEqual({
      __typename: 'ValidationError',
      field: 'amount',
    });
    expect(
      await refused(
        'organisationId: "org-x", lot: HULP_BIJ_HUISHOUDEN, year: 2021, month: 1, amount: "1.00"',
        {
          scopes: ['budget:write'],
        },
      ),
    ).toEqual({ __typename: 'NotFoundError', id: 'org-x' });
  });
});
