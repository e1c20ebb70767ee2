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

describe('lumpsum versus realisation', () => {
  it('sums the monthly realisation per lumpsum and compares it with the decided amount, in one query', async () => {
    const before = subgraph.database.statementCount;
    const { body } = await subgraph.query<Overview>(OVERVIEW, { caller: { scopes: ['budget:read'] } });
    expect(body.errors).toBeUndefined();
    expect(subgraph.database.statementCount - before).toBe(4); // lumpsums, shares, organisations, realisation
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
