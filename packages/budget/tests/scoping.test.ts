import { startTestSubgraph, type TestSubgraph } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budget } from '../src/index.ts';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(budget);
});
afterAll(() => subgraph?.close());

const keyOf = (organisationId: string) => ({
  scopes: ['budget:read'] as const,
  organisationKind: 'PROVIDER' as const,
  organisationId,
});

describe("a provider's key", () => {
  it("sees its own shares of a lumpsum, and the lumpsum figures, but not the others' shares", async () => {
    const { body } = await subgraph.query<{
      lumpsums: { decidedAmount: string; shares: { organisation: { id: string }; amount: string }[] }[];
    }>('{ lumpsums(year: 2021) { decidedAmount shares { organisation { id } amount } } }', {
      caller: keyOf('org-amaryllis'),
    });
    expect(body.errors).toBeUndefined();
    expect(body.data!.lumpsums).toEqual([
      { decidedAmount: '10230525.00', shares: [] },
      {
        decidedAmount: '25844938.00',
        shares: [{ organisation: { id: 'org-amaryllis' }, amount: '18773284.00' }],
      },
    ]);
  });

  it('sees its own contracts only; the municipality sees all', async () => {
    const mine = await subgraph.query<{ contracts: { organisation: { id: string } }[] }>(
      '{ contracts { organisation { id } } }',
      {
        caller: keyOf('org-thfl'),
      },
    );
    expect(mine.body.data!.contracts.map((c) => c.organisation.id)).toEqual(['org-thfl']);
    const all = await subgraph.query<{ contracts: unknown[] }>('{ contracts { id } }', {
      caller: { scopes: ['budget:read'] },
    });
    expect(all.body.data!.contracts).toHaveLength(4);
  });

  it('cannot read the total of all shares', async () => {
    const { body } = await subgraph.query('{ lumpsums(year: 2021) { sharesTotal } }', {
      caller: keyOf('org-amaryllis'),
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('still sees every organisation by name', async () => {
    const { body } = await subgraph.query<{ organisations: unknown[] }>('{ organisations { name } }', {
      caller: keyOf('org-thfl'),
    });
    expect(body.data!.organisations.length).toBeGreaterThan(10);
  });
});
