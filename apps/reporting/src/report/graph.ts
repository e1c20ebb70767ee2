import { type GraphConnection, graphClient as gatewayClient } from '../graph/client.ts';
import { type GraphFailure, type GraphQLError, notGraphQLMessage, worded } from '../graph/failure.ts';
import { ReportGraphError } from './errors.ts';
import { COUNCIL_APP, COUNCIL_OPERATIONS_PATH, type CouncilOperation } from './operations.ts';

/** The scope every figure of the report needs; `personal-data` only makes the counts exact. */
export const REPORT_SCOPE = 'statistics';

/** The report's statistics may take a while to count: longer than the default minute. */
const TIMEOUT = 120_000;

/** The scopes a refusal names (`statistics`, `personal-data`, `…:read`); the report's scope otherwise. */
function scopesNamed(errors: readonly GraphQLError[]): string[] {
  const named = errors.flatMap((e) => e.message.match(/\b(statistics|personal-data|[a-z]+:read)\b/g) ?? []);
  return named.length ? [...new Set(named)] : [REPORT_SCOPE];
}

/** What to fix, in the report's words: its scope, its operations and `pnpm keys`. */
function reportErrorFor(failure: GraphFailure, operation: CouncilOperation): ReportGraphError {
  const { gatewayUrl, details } = failure;
  switch (failure.kind) {
    case 'unreachable':
      return new ReportGraphError(
        `Cannot reach the gateway at ${gatewayUrl} (${failure.reason}): start it (npm start), or set MIENSKIP_GATEWAY_URL to its /graphql address`,
      );
    case 'not-graphql':
      return new ReportGraphError(notGraphQLMessage(failure));
    case 'unauthenticated':
      return new ReportGraphError(
        `The gateway at ${gatewayUrl} refused the key: set MIENSKIP_API_KEY to a valid, unexpired key (pnpm keys list)\n${details}`,
      );
    case 'not-trusted':
      return new ReportGraphError(
        `The key may not run the report's operation ${operation.name} (${operation.file}): it is bound to other apps. Allow the council operations with\n` +
          `  pnpm keys update --id <key-id> --apps ${COUNCIL_APP}\n${details}`,
      );
    case 'forbidden': {
      const scopes = scopesNamed(failure.errors.filter((e) => e.extensions?.code === 'FORBIDDEN'));
      return new ReportGraphError(
        `The key lacks the scope ${scopes.join(', ')} that ${operation.name} needs: grant it (pnpm keys update --id <key-id> --scopes ${REPORT_SCOPE},…) or use a key that holds it (pnpm keys create … --scopes ${REPORT_SCOPE})\n${details}`,
      );
    }
    case 'errors': {
      // The gateway was started with other manifests than this checkout's (or before `pnpm codegen`).
      const unknown = failure.errors.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND');
      const hint = unknown
        ? `; the gateway does not know the council's document ${operation.documentId}: restart it with the manifests of ${COUNCIL_OPERATIONS_PATH} (pnpm codegen)`
        : '';
      return new ReportGraphError(
        `The gateway at ${gatewayUrl} answered ${operation.name} with errors (HTTP ${failure.status}); nothing was written${hint}\n${details}`,
      );
    }
  }
}

/** Only refusals of fields the operation marks optional (municipal keys only): the rest still counts. */
function onlyOptionalRefused(errors: readonly GraphQLError[], operation: CouncilOperation): boolean {
  return errors.every(
    (e) =>
      e.extensions?.code === 'FORBIDDEN' &&
      e.path?.some((step) => typeof step === 'string' && operation.optional.includes(step)),
  );
}

export interface GraphClient {
  /** Runs one registered operation; any error stops the report, naming what to fix. */
  run<T>(operation: CouncilOperation, variables?: Record<string, unknown>): Promise<T>;
  /** HTTP requests sent so far (a rate-limited one tried again counts again). */
  readonly requests: number;
}

export function graphClient(connection: Omit<GraphConnection, 'purpose' | 'timeout'>): GraphClient {
  const client = gatewayClient({ timeout: TIMEOUT, ...connection });
  return {
    get requests() {
      return client.requests;
    },
    async run<T>(operation: CouncilOperation, variables: Record<string, unknown> = {}): Promise<T> {
      const answer = await worded(
        client.run<T>({
          // The document's id, never its text: the gateway knows it from the council's manifest.
          documentId: operation.documentId,
          operationName: operation.name,
          variables,
          tolerate: (errors) => onlyOptionalRefused(errors, operation),
        }),
        (failure) => reportErrorFor(failure, operation),
      );
      if (answer.errors.length)
        connection.progress?.(`  ${operation.name}: this key may not read ${operation.optional.join(', ')}`);
      return answer.data;
    },
  };
}
