import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AMARYLLIS, type DebtUnderTest, MUNICIPALITY, startDebt } from './helpers.ts';

let graph: DebtUnderTest;
beforeAll(async () => {
  graph = await startDebt();
});
afterAll(() => graph?.close());

const FACTS = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Household { id hasOpenDebtCase } } }`;
/** The caller youth's entity look-up is: its service token, a municipal caller holding only debt:read. */
const YOUTH_SERVICE = { keyId: 'service:youth', scopes: ['debt:read' as const] };

type Facts = { _entities: ({ id: string; hasOpenDebtCase: boolean | null } | null)[] };

/** Households of the seed with an open case, with only closed cases, and with none at all. */
function households() {
  const { debt, clients } = graph.world;
  const open = new Set(debt.rows.debtCases.filter((c) => !c.outflowOn).map((c) => c.householdId));
  const any = new Set(debt.rows.debtCases.map((c) => c.householdId));
  const closedOnly = [...any].filter((id) => !open.has(id));
  const none = clients.households.map((h) => h.id!).filter((id) => !any.has(id));
  return { open: [...open].sort(), closedOnly: closedOnly.sort(), none };
}

const reps = (ids: string[]) => ids.map((id) => ({ __typename: 'Household', id }));

describe('whether a household has an open debt case, for youth’s combined regie (BR-Y6)', () => {
  it('tells a service true for an open case and false for closed cases only or none', async () => {
    const { open, closedOnly, none } = households();
    expect(open.length).toBeGreaterThan(0);
    expect(closedOnly.length).toBeGreaterThan(0);
    expect(none.length).toBeGreaterThan(0);
    const ids = [open[0]!, closedOnly[0]!, none[0]!, open[1]!];
    const data = await graph.data<Facts>(FACTS, { reps: reps(ids) }, YOUTH_SERVICE);
    expect(data._entities).toEqual([
      { id: ids[0], hasOpenDebtCase: true },
      { id: ids[1], hasOpenDebtCase: false },
      { id: ids[2], hasOpenDebtCase: false },
      { id: ids[3], hasOpenDebtCase: true },
    ]);
  });

  it('answers a key — the municipality’s or a provider’s — with null and FORBIDDEN', async () => {
    const { open } = households();
    for (const caller of [MUNICIPALITY, AMARYLLIS]) {
      const response = await graph.subgraph.query<Facts>(FACTS, {
        variables: { reps: reps([open[0]!]) },
        caller,
      });
      expect(response.body.data?._entities[0]?.hasOpenDebtCase ?? null).toBeNull();
      expect(response.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
  });

  it('asks in statements that do not grow with the households', async () => {
    const { open, closedOnly, none } = households();
    const statements = async (ids: string[]) => {
      const before = graph.subgraph.database.statementCount;
      const data = await graph.data<Facts>(FACTS, { reps: reps(ids) }, YOUTH_SERVICE);
      expect(data._entities).toHaveLength(ids.length);
      return graph.subgraph.database.statementCount - before;
    };
    const one = await statements([open[0]!]);
    const many = await statements([...open.slice(0, 20), ...closedOnly.slice(0, 20), ...none.slice(0, 20)]);
    expect(one).toBe(1);
    expect(many).toBe(one);
  });
});
