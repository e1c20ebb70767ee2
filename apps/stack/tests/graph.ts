import { startTestGateway, type TestGateway } from '@mienskip/gateway/testing';
import {
  ACCESS_LOG_SERVICE,
  ACCESS_LOG_WRITERS,
  SUBGRAPHS,
  type SubgraphName,
} from '@mienskip/kit/catalogue';
import { startTestSubgraph, type TestSubgraph } from '@mienskip/testing';
import { loadDefinitions } from './definitions.ts';

/** `graph.clients`, `graph.locations`, ...: every subgraph of the catalogue, by name. */
export type TestGraph = Record<SubgraphName, TestSubgraph> & {
  gateway: TestGateway;
  /** Each subgraph's `/graphql` URL, by name (as `startTestGateway` takes them). */
  subgraphUrls: Record<SubgraphName, string>;
  /** The subgraphs that own data, by name: every one but the access log's owner. */
  dataSubgraphs(): Record<string, TestSubgraph>;
  /** Stops one subgraph before the others (`close()` then leaves it alone). */
  stop(name: SubgraphName): Promise<void>;
  close(): Promise<void>;
};

/**
 * Every subgraph of the catalogue on a free port and database of its own, and the real gateway in
 * front of them. The access log's owner starts first: every other subgraph appends to its `/entries`.
 */
export async function startGraph(): Promise<TestGraph> {
  const definitions = await loadDefinitions();
  const started = {} as Record<SubgraphName, TestSubgraph>;
  const stopped = new Set<string>();
  const accessLog = await startTestSubgraph(definitions[ACCESS_LOG_SERVICE]);
  started[ACCESS_LOG_SERVICE] = accessLog;
  const logging = { accessLogUrl: accessLog.url.replace(/\/graphql$/, '/entries') };
  // Where subgraphs look up each other's facts: filled once all listen, read at each look-up.
  const ownerUrls: Record<string, string> = {};
  const writers = SUBGRAPHS.filter(({ name }) => name !== ACCESS_LOG_SERVICE);
  await Promise.all(
    writers.map(async ({ name }) => {
      started[name] = await startTestSubgraph(definitions[name], { ...logging, ownerUrls });
    }),
  );
  const subgraphUrls = Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, started[name].url])) as Record<
    SubgraphName,
    string
  >;
  Object.assign(ownerUrls, subgraphUrls);
  const gateway = await startTestGateway(subgraphUrls);
  const stop = async (name: SubgraphName) => {
    if (stopped.has(name)) return;
    stopped.add(name);
    await started[name].close();
  };
  return {
    ...started,
    gateway,
    subgraphUrls,
    dataSubgraphs: () =>
      Object.fromEntries(ACCESS_LOG_WRITERS.map((name) => [name, started[name as SubgraphName]])),
    stop,
    close: async () => {
      await gateway.close();
      await Promise.all(writers.map(({ name }) => stop(name)));
      await stop(ACCESS_LOG_SERVICE);
    },
  };
}
