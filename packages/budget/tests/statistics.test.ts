import { startTestSubgraph, type TestSubgraph } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedRealisation2021 } from '../src/db/reference-data.ts';
import { budget } from '../src/index.ts';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(budget);
});
afterAll(() => subgraph?.close());

const QUERY = '{ lotRealisation(year: 2021) { lot lumpsum realised difference } }';
const cents = (amount: string) => BigInt(amount.replace('.', ''));

describe('lumpsum versus realisation per lot', () => {
  it('lets council reporting read the savings plan with the statistics scope', async () => {
    const { body } = await subgraph.query<{ savingsPlan: { target: string; realisedTotal: string } }>(
      '{ savingsPlan(year: 2021) { target realisedTotal } }',
      {
        caller: { scopes: ['statistics'] },
      },
    );
    expect(body.data!.savingsPlan).toEqual({ target: '3600000.00', realisedTotal: '600000.00' });
  });

  it("attributes each lumpsum to its lots through the main providers' shares", async () => {
    const { body } = await subgraph.query<{
      lotRealisation: { lot: string; lumpsum: string; realised: string; difference: string }[];
    }>(QUERY, {
      caller: { scopes: ['statistics'] },
    });
    expect(body.errors).toBeUndefined();
    const byLot = Object.fromEntries(body.data!.lotRealisation.map((row) => [row.lot, row]));
    expect(byLot.BASISONDERSTEUNING!.lumpsum).toBe('18773284.00');
    expect(byLot.THUISONDERSTEUNING_EN_DAGBESTEDING!.lumpsum).toBe('7071654.00');
    expect(byLot.HULP_BIJ_HUISHOUDEN!.lumpsum).toBe('10230525.00');
    expect(byLot.KORTDUREND_VERBLIJF).toEqual({
      lot: 'KORTDUREND_VERBLIJF',
      lumpsum: '0.00',
      realised: '0.00',
      difference: '0.00',
    });
    for (const row of body.data!.lotRealisation) {
      const spent = generatedRealisation2021()
        .filter((e) => e.lot === row.lot)
        .reduce((sum, e) => sum + e.amountCents, 0n);
      expect(cents(row.realised)).toBe(spent);
      expect(cents(row.difference)).toBe(spent - cents(row.lumpsum));
    }
  });

  it('shows each lot of the joint basis + TO/DB lumpsum spending of the order of its part, booked on the lot its provider holds', async () => {
    const { body } = await subgraph.query<{
      lotRealisation: { lot: string; lumpsum: string; realised: string }[];
    }>(QUERY, { caller: { scopes: ['statistics'] } });
    const byLot = Object.fromEntries(body.data!.lotRealisation.map((row) => [row.lot, row]));
    for (const lot of ['BASISONDERSTEUNING', 'THUISONDERSTEUNING_EN_DAGBESTEDING', 'HULP_BIJ_HUISHOUDEN']) {
      const { lumpsum, realised } = byLot[lot]!;
      const ratio = Number(cents(realised)) / Number(cents(lumpsum));
      expect(ratio, lot).toBeGreaterThan(0.8);
      expect(ratio, lot).toBeLessThan(1.2);
    }
  });

  it('needs the statistics scope and takes two statements', async () => {
    const refused = await subgraph.query(QUERY, { caller: { scopes: ['budget:read'] } });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const before = subgraph.database.statementCount;
    await subgraph.query(QUERY, { caller: { scopes: ['statistics'] } });
    expect(subgraph.database.statementCount - before).toBe(2);
  });
});
