import { randomUUID } from 'node:crypto';
import { createLogger } from '@mienskip/kit/logger';
import { createTracing, type Tracing } from '@mienskip/kit/observability';
import { type StartedSubgraph, type SubgraphDefinition, startSubgraph } from '@mienskip/kit/server';
import { REQUEST_ID_HEADER, TOKEN_HEADER } from '@mienskip/kit/token';
import { createTestDatabase } from './database.ts';
import { type GraphQLResponse, postGraphQL } from './graphql.ts';
import { type CallerOptions, signTestToken, testKeyMaterial, testServiceKey } from './tokens.ts';

export interface TestSubgraph extends StartedSubgraph {
  /** Calls the subgraph directly with a valid internal token for the given caller. */
  query<T = Record<string, unknown>>(
    query: string,
    options?: { variables?: Record<string, unknown>; caller?: CallerOptions },
  ): Promise<GraphQLResponse<T>>;
}

export interface TestSubgraphOptions {
  /** Where it appends the access log (`startAccessLogSink().url`, or the audit service's `/entries`). */
  accessLogUrl?: string;
  /** Where it looks up facts other subgraphs own, by owner (`startStandInOwner().url` or a real subgraph's). */
  ownerUrls?: Readonly<Partial<Record<string, string>>>;
  /** Its tracer, e.g. `createTracing(name, { spanProcessors })` with an in-memory exporter; default: off. */
  tracing?: Tracing;
}

/**
 * Starts a subgraph on a free port, on a database of its own (see `createTestDatabase`), trusting
 * the test key pair. `close()` stops it and drops its database. Without `accessLogUrl`, a read of
 * personal data fails (the access log fails closed).
 */
export async function startTestSubgraph(
  definition: SubgraphDefinition,
  options: TestSubgraphOptions = {},
): Promise<TestSubgraph> {
  const database = await createTestDatabase();
  const started = await startSubgraph(definition, {
    port: 0,
    database: database.options,
    publicJwks: (await testKeyMaterial()).publicJwks,
    logger: createLogger(definition.name, process.env.LOG_LEVEL ?? 'silent'),
    accessLogUrl: options.accessLogUrl,
    serviceKey: await testServiceKey(definition.name),
    ownerUrls: options.ownerUrls,
    // Off unless asked for: an OTEL_* variable in a developer's shell should not make tests export.
    tracing: options.tracing ?? createTracing(definition.name, { env: {} }),
  });
  const close = started.close;
  return Object.assign(started, {
    close: async () => {
      await close();
      await database.drop();
    },
    query: async <T>(
      query: string,
      options: { variables?: Record<string, unknown>; caller?: CallerOptions } = {},
    ) =>
      postGraphQL<T>(started.url, query, {
        ...(options.variables && { variables: options.variables }),
        // As the gateway sends them: the caller's token, and the request's id beside it.
        headers: {
          [TOKEN_HEADER]: await signTestToken(definition.name, options.caller),
          [REQUEST_ID_HEADER]: randomUUID(),
        },
      }),
  });
}
