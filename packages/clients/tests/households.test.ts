import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClientsUnderTest, startClients, WINDKRACHT } from './helpers.ts';

let graph: ClientsUnderTest;
beforeAll(async () => {
  graph = await startClients();
});
afterAll(() => graph?.close());

const LIST = `query ($first: Int!) { households(first: $first) { totalCount edges { node {
  id area { id } members { role client { id engagements { pillar kind provider { id } worker { id } } } }
  plan { goals parties { id } } coordinator { worker { id } startedOn } coordinatorAssignments { domain }
} } } }`;

type Page = {
  households: {
    totalCount: number;
    edges: { node: { id: string; members: { client: { engagements: { provider: { id: string } }[] } }[] } }[];
  };
};

describe('households', () => {
  it('lists a page with members, plan, coordinator and engagements in statements that do not grow with the page', async () => {
    const statements = async (first: number) => {
      const before = graph.subgraph.database.statementCount;
      const data = await graph.data<Page>(LIST, { first });
      expect(data.households.edges).toHaveLength(first);
      return graph.subgraph.database.statementCount - before;
    };
    const small = await statements(10);
    const large = await statements(100);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(6);
  });

  it('shows a provider key only the households of its clients, with only its members', async () => {
    const all = await graph.data<Page>(LIST, { first: 1 });
    const own = await graph.data<Page>(LIST, { first: 100 }, WINDKRACHT);
    expect(own.households.totalCount).toBeGreaterThan(0);
    expect(own.households.totalCount).toBeLessThan(all.households.totalCount);
    for (const { node } of own.households.edges) {
      expect(node.members.length).toBeGreaterThan(0);
      for (const member of node.members) {
        expect(member.client.engagements.every((e) => e.provider.id === 'org-windkracht058')).toBe(true);
        expect(member.client.engagements.length).toBeGreaterThan(0);
      }
    }
  });
});
