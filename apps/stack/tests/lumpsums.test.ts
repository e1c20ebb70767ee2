import type { TestGateway } from '@mienskip/gateway/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type TestGraph } from './graph.ts';

let graph: TestGraph;
let gateway: TestGateway;

beforeAll(async () => {
  graph = await startGraph();
  ({ gateway } = graph);
});
afterAll(() => graph?.close());

describe('lumpsums through the gateway', () => {
  it('answers the documented operation with both 2021 lumpsums as exact decimal strings', async () => {
    const response = await gateway.query<{ lumpsums: Record<string, unknown>[] }>(
      '{ lumpsums(year: 2021) { title status decidedAmount baseAmount mutationsTotal unexplainedDifference mutations { kind amount } shares { organisation { name } amount } } }',
    );
    expect(response.body.errors).toBeUndefined();
    expect(
      response.body.data!.lumpsums.map(
        ({ decidedAmount, baseAmount, mutationsTotal, unexplainedDifference, shares }) => ({
          decidedAmount,
          baseAmount,
          mutationsTotal,
          unexplainedDifference,
          shares,
        }),
      ),
    ).toEqual([
      {
        decidedAmount: '10230525.00',
        baseAmount: '8326890.00',
        mutationsTotal: '1903635.00',
        unexplainedDifference: '0.00',
        shares: [
          { organisation: { name: 'M.I.E.P. Huishoudservice' }, amount: '5115262.50' },
          { organisation: { name: 'Thuiszorg Het Friese Land' }, amount: '5115262.50' },
        ],
      },
      {
        decidedAmount: '25844938.00',
        baseAmount: '24614169.00',
        mutationsTotal: '1230768.00',
        unexplainedDifference: '1.00',
        shares: [
          { organisation: { name: 'Amaryllis' }, amount: '18773284.00' },
          { organisation: { name: 'Windkracht058' }, amount: '7071654.00' },
        ],
      },
    ]);
  });

  it('shows, per lot of the joint basis + TO/DB lumpsum, realisation of the order of its part (issue 12, BR-BU7)', async () => {
    const response = await gateway.query<{
      lotRealisation: { lot: string; lumpsum: string; realised: string }[];
    }>('{ lotRealisation(year: 2021) { lot lumpsum realised } }');
    expect(response.body.errors).toBeUndefined();
    const byLot = new Map(response.body.data!.lotRealisation.map((row) => [row.lot, row]));
    for (const lot of ['BASISONDERSTEUNING', 'THUISONDERSTEUNING_EN_DAGBESTEDING']) {
      const { lumpsum, realised } = byLot.get(lot)!;
      const ratio = Number(realised) / Number(lumpsum);
      expect(ratio, lot).toBeGreaterThan(0.8);
      expect(ratio, lot).toBeLessThan(1.2);
    }
  });
});
