import { readFileSync } from 'node:fs';
import { createLogger } from '@mienskip/kit/logger';
import { createTracing, statementObserver, type Tracing } from '@mienskip/kit/observability';
import { SCOPES } from '@mienskip/kit/scopes';
import { createTestDatabase, type GraphQLResponse, postGraphQL, testKeyMaterial } from '@mienskip/testing';
import { type RunningGateway, startGateway } from './app.ts';
import { SUPERGRAPH_FILE } from './compose.ts';
import { openGatewayDatabase } from './database.ts';
import { MUNICIPALITY_ORGANISATION_ID } from './dev-key.ts';
import { createKeyStore, type KeyStore } from './keys/store.ts';
import { createGatewayMetrics } from './observability.ts';
import type { RateLimitOptions } from './rate-limits/config.ts';
import type { SubgraphCallPolicy } from './subgraph-policy.ts';
import { defaultPersistedDocuments, type PersistedDocuments } from './trusted-documents/manifests.ts';

export interface TestGatewayOptions {
  /** Rate limits (small numbers in tests), and `redisUrl` to count in Redis; memory and defaults otherwise. */
  rateLimits?: RateLimitOptions;
  /**
   * Another test gateway's key store, to run several instances over the same keys (its database
   * stays that gateway's to close); a database of its own otherwise.
   */
  keys?: KeyStore;
  /** Deadline and circuit breaker for every subgraph (short ones in tests). */
  subgraphCalls?: Partial<SubgraphCallPolicy>;
  /** The apps' persisted documents (default: the committed manifests); keys of a store made here are bound to these apps. */
  persistedDocuments?: PersistedDocuments;
  /** Its tracer, e.g. `createTracing('gateway', { spanProcessors })` with an in-memory exporter; default: off. */
  tracing?: Tracing;
  /** How long an accepted key is served from memory (default: the gateway's). */
  keyCacheMs?: number;
}

export interface TestGateway extends RunningGateway {
  keys: KeyStore;
  /** A municipal key with every scope. */
  municipalKey: string;
  /** Every log line the gateway wrote, parsed. */
  logs: Record<string, unknown>[];
  query<T = Record<string, unknown>>(
    query: string,
    options?: { key?: string | null; variables?: Record<string, unknown>; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>>;
}

/**
 * The real gateway on a free port, over the committed supergraph, with its key store on a database
 * of its own (or `options.keys`), signing with the test key pair that `startTestSubgraph` trusts.
 */
export async function startTestGateway(
  subgraphUrls: Record<string, string>,
  options: TestGatewayOptions = {},
): Promise<TestGateway> {
  let release = async () => {};
  const persistedDocuments = options.persistedDocuments ?? defaultPersistedDocuments();
  const metrics = createGatewayMetrics();
  let keys = options.keys;
  if (!keys) {
    const testDb = await createTestDatabase();
    const database = await openGatewayDatabase({
      ...testDb.options,
      observer: statementObserver(metrics),
    }).catch(async (error) => {
      await testDb.drop();
      throw error;
    });
    keys = createKeyStore(database.db, { knownApps: () => persistedDocuments.apps });
    release = async () => {
      await database.close();
      await testDb.drop();
    };
  }
  const logs: Record<string, unknown>[] = [];
  let gateway: RunningGateway;
  let municipalKey: string;
  try {
    ({ secret: municipalKey } = await keys.create({
      name: 'test municipal key',
      organisationId: MUNICIPALITY_ORGANISATION_ID,
      organisationKind: 'MUNICIPALITY',
      scopes: SCOPES,
    }));
    const logger = createLogger('gateway', 'info', {
      write: (line: string) => void logs.push(JSON.parse(line)),
    });
    gateway = await startGateway({
      port: 0,
      supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
      subgraphUrls,
      signingKey: (await testKeyMaterial()).privateJwk,
      keys,
      logger,
      persistedDocuments,
      metrics,
      // Off unless asked for: an OTEL_* variable in a developer's shell should not make tests export.
      tracing: options.tracing ?? createTracing('gateway', { env: {} }),
      ...(options.rateLimits && { rateLimits: options.rateLimits }),
      ...(options.subgraphCalls && { subgraphCalls: options.subgraphCalls }),
      ...(options.keyCacheMs !== undefined && { keyCacheMs: options.keyCacheMs }),
    });
  } catch (error) {
    // Leave no database behind on the server when the gateway cannot start.
    await release();
    throw error;
  }
  return {
    ...gateway,
    keys,
    municipalKey,
    logs,
    close: async () => {
      await gateway.stop();
      await release();
    },
    query: (query, options = {}) => {
      const key = options.key === undefined ? municipalKey : options.key;
      return postGraphQL(gateway.url, query, {
        ...(options.variables && { variables: options.variables }),
        headers: { ...(key !== null && { authorization: `Bearer ${key}` }), ...options.headers },
      });
    },
  };
}
