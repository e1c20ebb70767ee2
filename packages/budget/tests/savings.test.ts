import { startTestSubgraph, type TestSubgraph } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budget } from '../src/index.ts';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(budget);
});
afterAll(() => subgraph?.close());

const municipal = { scopes: ['budget:read', 'budget:write'] as const };
const PLAN =
  '{ savingsPlan(year: 2021) { plannedTotal target reserve realisedTotal realisedVersusTarget measures { id planned realised } } }';

describe('the savings plan', () => {
  it('has the €3.6m target and an €840k reserve that follow from the seeded measures', async () => {
    const { body } = await subgraph.query<{ savingsPlan: Record<string, unknown> & { measures: unknown[] } }>(
      PLAN,
      { caller: municipal },
    );
    expect(body.data!.savingsPlan).toMatchObject({
      plannedTotal: '4440000.00',
      target: '3600000.00',
      reserve: '840000.00',
      realisedTotal: '600000.00',
      realisedVersusTarget: '-3000000.00',
    });
    expect(body.data!.savingsPlan.measures).toHaveLength(11);
    const in2020 = await subgraph.query<{ savingsPlan: { plannedTotal: string } }>(
      '{ savingsPlan(year: 2020) { plannedTotal } }',
      {
        caller: municipal,
      },
    );
    expect(in2020.body.data!.savingsPlan.plannedTotal).toBe('2550000.00');
  });

  it('records a realisation with the current version, refuses a stale one and a negative amount', async () => {
    const record = async (version: number, realised: string) =>
      (
        await subgraph.query<{ recordSavingsRealisation: Record<string, unknown> }>(
          `mutation { recordSavingsRealisation(input: { id: "savings-07", version: ${version}, realised: "${realised}" }) {
            __typename ... on SavingsMeasure { realised } ... on ValidationError { field } ... on VersionConflictError { currentVersion } } }`,
          { caller: municipal },
        )
      ).body.data!.recordSavingsRealisation;
    expect(await record(1, '-1.00')).toEqual({ __typename: 'ValidationError', field: 'realised' });
    expect(await record(1, '500000.00')).toEqual({ __typename: 'SavingsMeasure', realised: '500000.00' });
    expect(await record(1, '560000.00')).toEqual({ __typename: 'VersionConflictError', currentVersion: 2 });
    const { body } = await subgraph.query<{ savingsPlan: { realisedTotal: string } }>(PLAN, {
      caller: municipal,
    });
    expect(body.data!.savingsPlan.realisedTotal).toBe('1100000.00');
  });

  it('seeds the plan and its targets, and a realisation only where a source gives it (BR-K6)', async () => {
    const { body } = await subgraph.query<{
      savingsPlan: {
        realisationComplete: boolean;
        measuresWithoutRealisation: number;
        measures: { id: string; planned: string; realised: string | null }[];
      };
    }>(
      '{ savingsPlan(year: 2020) { realisationComplete measuresWithoutRealisation measures { id planned realised } } }',
      { caller: { scopes: ['statistics'] } },
    );
    // Uitvoeringsplan §7.2 (planned) and §7.3 (only the 2018 scaling down is said to be realised).
    expect(body.data!.savingsPlan).toEqual({
      realisationComplete: false,
      measuresWithoutRealisation: 3,
      measures: [
        { id: 'savings-01', planned: '600000.00', realised: '600000.00' },
        { id: 'savings-02', planned: '650000.00', realised: null },
        { id: 'savings-03', planned: '650000.00', realised: null },
        { id: 'savings-04', planned: '650000.00', realised: null },
      ],
    });
  });
});
