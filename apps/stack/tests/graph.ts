import { audit } from '@mienskip/audit';
import { budget } from '@mienskip/budget';
import { clients } from '@mienskip/clients';
import { startTestGateway, type TestGateway } from '@mienskip/gateway/testing';
import { locations } from '@mienskip/locations';
import { startTestSubgraph, type TestSubgraph } from '@mienskip/testing';

export interface TestGraph {
  gateway: TestGateway;
  audit: TestSubgraph;
  clients: TestSubgraph;
  budget: TestSubgraph;
  locations: TestSubgraph;
  close(): Promise<void>;
}

/**
 * Every subgraph on a free port and database of its own, and the real gateway in front of them.
 * Audit starts first: every other subgraph appends its access log to audit's `/entries`.
 */
export async function startGraph(): Promise<TestGraph> {
  const auditSubgraph = await startTestSubgraph(audit);
  const logging = { accessLogUrl: auditSubgraph.url.replace(/\/graphql$/, '/entries') };
  const [clientsSubgraph, budgetSubgraph, locationsSubgraph] = await Promise.all([
    startTestSubgraph(clients, logging),
    startTestSubgraph(budget, logging),
    startTestSubgraph(locations, logging),
  ]);
  const gateway = await startTestGateway({
    audit: auditSubgraph.url,
    clients: clientsSubgraph.url,
    budget: budgetSubgraph.url,
    locations: locationsSubgraph.url,
  });
  return {
    gateway,
    audit: auditSubgraph,
    clients: clientsSubgraph,
    budget: budgetSubgraph,
    locations: locationsSubgraph,
    close: async () => {
      await gateway.close();
      await Promise.all([clientsSubgraph.close(), budgetSubgraph.close(), locationsSubgraph.close()]);
      await auditSubgraph.close();
    },
  };
}
