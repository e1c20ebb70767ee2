/**
 * One subgraph of the catalogue in a process of its own, started as `startTestSubgraph` starts it
 * (a database of its own), for tests that freeze it with SIGSTOP. The parent's test keys are random
 * per process, so it passes them in `SUBGRAPH_PROCESS` (JSON of `SubgraphProcessOptions`). Prints
 * `SUBGRAPH_URL <url>` once it listens; SIGTERM stops it and drops its database.
 */
import { subgraphEntry } from '@mienskip/kit/catalogue';
import { createLogger } from '@mienskip/kit/logger';
import { startSubgraph } from '@mienskip/kit/server';
import { createTestDatabase } from '@mienskip/testing';
import type { JWK } from 'jose';
import { loadDefinition } from './definitions.ts';

export interface SubgraphProcessOptions {
  name: string;
  accessLogUrl: string;
  ownerUrls: Record<string, string>;
  publicJwks: unknown;
  serviceKey: JWK;
}

const options: SubgraphProcessOptions = JSON.parse(process.env.SUBGRAPH_PROCESS ?? 'null');
if (!options) throw new Error('SUBGRAPH_PROCESS is not set');
const definition = await loadDefinition(subgraphEntry(options.name));
const database = await createTestDatabase();
const started = await startSubgraph(definition, {
  port: 0,
  database: database.options,
  publicJwks: options.publicJwks as never,
  logger: createLogger(definition.name, process.env.LOG_LEVEL ?? 'silent'),
  accessLogUrl: options.accessLogUrl,
  serviceKey: options.serviceKey,
  ownerUrls: options.ownerUrls,
});
process.stdout.write(`SUBGRAPH_URL ${started.url}\n`);
process.once('SIGTERM', () => {
  void started
    .close()
    .then(() => database.drop())
    .finally(() => process.exit(0));
});
