import { readFileSync } from 'node:fs';
import { createLogger, SCOPES } from '@mienskip/kit';
import { createTestDatabase, type GraphQLResponse, postGraphQL, testKeyMaterial } from '@mienskip/testing';
import { type RunningGateway, startGateway } from './app.ts';
import { SUPERGRAPH_FILE } from './compose.ts';
import { openGatewayDatabase } from './database.ts';
import { MUNICIPALITY_ORGANISATION_ID } from './dev-key.ts';
import { createKeyStore, type KeyStore } from './keys/store.ts';

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
 * of its own, signing with the test key pair that `startTestSubgraph` trusts.
 */
export async function startTestGateway(subgraphUrls: Record<string, string>): Promise<TestGateway> {
  const testDb = await createTestDatabase();
  const database = await openGatewayDatabase(testDb.options).catch(async (error) => {
    await testDb.drop();
    throw error;
  });
  const logs: Record<string, unknown>[] = [];
  let gateway: RunningGateway;
  let keys: KeyStore;
  let municipalKey: string;
  try {
    keys = createKeyStore(database.db);
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
    });
  } catch (error) {
    // Leave no database behind on the server when the gateway cannot start.
    await database.close();
    await testDb.drop();
    throw error;
  }
  return {
    ...gateway,
    keys,
    municipalKey,
    logs,
    close: async () => {
      await gateway.stop();
      await database.close();
      await testDb.drop();
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
