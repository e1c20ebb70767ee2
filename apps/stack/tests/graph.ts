import { budget } from '@mienskip/budget';
import { startTestGateway, type TestGateway } from '@mienskip/gateway/testing';
import { locations } from '@mienskip/locations';
import { startTestSubgraph, type TestSubgraph } from '@mienskip/testing';

export interface TestGraph {
  gateway: TestGateway;
  budget: TestSubgraph;
  locations: TestSubgraph;
  close(): Promise<void>;
}

/** Every subgraph on a free port and database of its own, and the real gateway in front of them. */
export async function startGraph(): Promise<TestGraph> {
  const [budgetSubgraph, locationsSubgraph] = await Promise.all([
    startTestSubgraph(budget),
    startTestSubgraph(locations),
  ]);
  const gateway = await startTestGateway({ budget: budgetSubgraph.url, locations: locationsSubgraph.url });
  return {
    gateway,
    budget: budgetSubgraph,
    locations: locationsSubgraph,
    close: async () => {
      await gateway.close();
      await Promise.all([budgetSubgraph.close(), locationsSubgraph.close()]);
    },
  };
}
