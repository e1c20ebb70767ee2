import { ReportGraphError } from './errors.ts';
import { COUNCIL_OPERATIONS_PATH, type CouncilOperation } from './operations.ts';

/** The scope every figure of the report needs; `personal-data` only makes the counts exact. */
export const REPORT_SCOPE = 'statistics';

export interface GraphConnection {
  gatewayUrl: string;
  apiKey: string;
  /** `fetch` by default; a test may wrap it (to count the requests, say). */
  fetch?: typeof fetch;
  /** How often a rate-limited request is tried again after its `Retry-After`. */
  retries?: number;
  progress?: (line: string) => void;
}

interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function describeErrors(errors: GraphQLError[]): string {
  return errors
    .slice(0, 5)
    .map(
      (e) =>
        `  ${e.path ? `${e.path.join('.')}: ` : ''}${e.message}${e.extensions?.code ? ` (${e.extensions.code})` : ''}`,
    )
    .join('\n');
}

/** The scopes a refusal names (`statistics`, `personal-data`, `…:read`); the report's scope otherwise. */
function scopesNamed(errors: GraphQLError[]): string[] {
  const named = errors.flatMap((e) => e.message.match(/\b(statistics|personal-data|[a-z]+:read)\b/g) ?? []);
  return named.length ? [...new Set(named)] : [REPORT_SCOPE];
}

/** What to fix, from the errors the gateway answered. */
function graphErrorFor(
  status: number,
  errors: GraphQLError[],
  operation: CouncilOperation,
  gatewayUrl: string,
): ReportGraphError {
  const codes = new Set(errors.map((e) => e.extensions?.code));
  const details = describeErrors(errors);
  if (status === 401 || codes.has('UNAUTHENTICATED'))
    return new ReportGraphError(
      `The gateway at ${gatewayUrl} refused the key: set MIENSKIP_API_KEY to a valid, unexpired key (pnpm keys list)\n${details}`,
    );
  if (codes.has('OPERATION_NOT_TRUSTED'))
    return new ReportGraphError(
      `The key may not run the report's operation ${operation.name} (${operation.file}): it is restricted to other operations. Allow the council operations with\n` +
        `  pnpm keys update --id <key-id> --trusted-operations ${COUNCIL_OPERATIONS_PATH}\n` +
        `(again after any change to the files in ${COUNCIL_OPERATIONS_PATH})\n${details}`,
    );
  if (codes.has('FORBIDDEN')) {
    const scopes = scopesNamed(errors.filter((e) => e.extensions?.code === 'FORBIDDEN'));
    return new ReportGraphError(
      `The key lacks the scope ${scopes.join(', ')} that ${operation.name} needs: grant it (pnpm keys update --id <key-id> --scopes ${REPORT_SCOPE},…) or use a key that holds it (pnpm keys create … --scopes ${REPORT_SCOPE})\n${details}`,
    );
  }
  return new ReportGraphError(
    `The gateway at ${gatewayUrl} answered ${operation.name} with errors (HTTP ${status}); nothing was written\n${details}`,
  );
}

/** Only refusals of fields the operation marks optional (municipal keys only): the rest still counts. */
function onlyOptionalRefused(errors: GraphQLError[], operation: CouncilOperation): boolean {
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

export function graphClient(connection: GraphConnection): GraphClient {
  const { gatewayUrl, apiKey } = connection;
  const send = connection.fetch ?? fetch;
  let requests = 0;
  return {
    get requests() {
      return requests;
    },
    async run<T>(operation: CouncilOperation, variables: Record<string, unknown> = {}): Promise<T> {
      for (let attempt = 0; ; attempt++) {
        let response: Response;
        try {
          requests++;
          response = await send(gatewayUrl, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              accept: 'application/graphql-response+json, application/json',
              authorization: `Bearer ${apiKey}`,
            },
            // The file's text as it is: the gateway checks its hash against the key's operations.
            body: JSON.stringify({ query: operation.text, operationName: operation.name, variables }),
            signal: AbortSignal.timeout(120_000),
          });
        } catch (error) {
          const cause = (error as Error).cause ?? (error as Error).message;
          throw new ReportGraphError(
            `Cannot reach the gateway at ${gatewayUrl} (${cause}): start it (npm start), or set MIENSKIP_GATEWAY_URL to its /graphql address`,
          );
        }
        if (response.status === 429 && attempt < (connection.retries ?? 3)) {
          const seconds = Math.min(Number(response.headers.get('retry-after')) || 5, 60);
          connection.progress?.(`  rate limited: waiting ${seconds} s`);
          await sleep(seconds * 1000);
          continue;
        }
        const text = await response.text();
        let body: { data?: T | null; errors?: GraphQLError[] };
        try {
          body = JSON.parse(text);
        } catch {
          throw new ReportGraphError(
            `The gateway at ${gatewayUrl} answered HTTP ${response.status} without GraphQL (${text.slice(0, 120)}): is MIENSKIP_GATEWAY_URL the gateway's /graphql address?`,
          );
        }
        const errors = body.errors ?? [];
        if (body.data && errors.length && onlyOptionalRefused(errors, operation)) {
          connection.progress?.(
            `  ${operation.name}: this key may not read ${operation.optional.join(', ')}`,
          );
          return body.data;
        }
        if (errors.length || !body.data)
          throw graphErrorFor(
            response.status,
            errors.length ? errors : [{ message: `HTTP ${response.status}` }],
            operation,
            gatewayUrl,
          );
        return body.data;
      }
    },
  };
}
