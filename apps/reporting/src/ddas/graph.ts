import { DdasGraphError } from './errors.ts';

/**
 * The purpose every read of the delivery states (BR-DB48); the subgraphs' access log keeps it with
 * each entry of a person read.
 */
export const DDAS_PURPOSE = 'DDAS-levering';
/** The scopes the delivery's key needs (BR-DB48): a refusal of any stops the delivery. */
export const DDAS_SCOPES = ['debt:read', 'clients:read', 'personal-data'] as const;

export interface GraphConnection {
  gatewayUrl: string;
  apiKey: string;
  /** Nodes per page (the gateway's cost limit bounds it). */
  pageSize?: number;
  /** How often a rate-limited page is tried again after its `Retry-After`. */
  retries?: number;
  progress?: (line: string) => void;
}

interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string };
}

interface Page<T> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: T }[];
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

/** What to fix, from the errors the gateway answered. */
function graphErrorFor(status: number, errors: GraphQLError[], gatewayUrl: string): DdasGraphError {
  const codes = new Set(errors.map((e) => e.extensions?.code));
  if (status === 401 || codes.has('UNAUTHENTICATED'))
    return new DdasGraphError(
      `The gateway at ${gatewayUrl} refused the key: set MIENSKIP_API_KEY to a valid, unexpired key\n${describeErrors(errors)}`,
    );
  if (codes.has('FORBIDDEN'))
    return new DdasGraphError(
      `The key lacks a scope the delivery needs (${DDAS_SCOPES.join(', ')}): grant them to the key (pnpm keys) and run again\n${describeErrors(errors)}`,
    );
  return new DdasGraphError(
    `The gateway at ${gatewayUrl} answered with errors (HTTP ${status}); nothing was written\n${describeErrors(errors)}`,
  );
}

/** One operation through the gateway, with the delivery's purpose; any error stops the delivery. */
async function post<T>(
  connection: GraphConnection,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const { gatewayUrl, apiKey } = connection;
  for (let attempt = 0; ; attempt++) {
    let response: Response;
    try {
      response = await fetch(gatewayUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          authorization: `Bearer ${apiKey}`,
          'x-mienskip-purpose': DDAS_PURPOSE,
        },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(60_000),
      });
    } catch (error) {
      throw new DdasGraphError(
        `Cannot reach the gateway at ${gatewayUrl} (${(error as Error).cause ?? (error as Error).message}): start it, or set MIENSKIP_GATEWAY_URL to its /graphql address`,
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
      throw new DdasGraphError(
        `The gateway at ${gatewayUrl} answered HTTP ${response.status} without GraphQL (${text.slice(0, 120)}): is MIENSKIP_GATEWAY_URL the gateway's /graphql address?`,
      );
    }
    if (body.errors?.length || !response.ok || !body.data)
      throw graphErrorFor(
        response.status,
        body.errors ?? [{ message: `HTTP ${response.status}` }],
        gatewayUrl,
      );
    return body.data;
  }
}

/**
 * Every node of a connection, page by page (the operation names it `page`), until the last page or
 * until `enough` says the rest is not needed.
 */
export async function readPages<T>(
  connection: GraphConnection,
  query: string,
  label: string,
  enough: (page: T[]) => boolean = () => false,
): Promise<T[]> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (let page = 1; ; page++) {
    const data: { page: Page<T> | null } = await post(connection, query, {
      first: connection.pageSize ?? 50,
      after,
    });
    if (!data.page) throw new DdasGraphError(`The gateway answered no ${label} (null without an error)`);
    const read = data.page.edges.map((edge) => edge.node);
    nodes.push(...read);
    connection.progress?.(`  ${label}: page ${page}, ${nodes.length} listed`);
    if (!data.page.pageInfo.hasNextPage || enough(read)) return nodes;
    after = data.page.pageInfo.endCursor;
  }
}

/** The nodes of these ids, `batch` a request (`n0`, `n1`, … of `queryFor(count)`), in the ids' order. */
export async function readByIds<T>(
  connection: GraphConnection,
  ids: readonly string[],
  queryFor: (count: number) => string,
  batch: number,
  label: string,
): Promise<T[]> {
  const nodes: T[] = [];
  for (let start = 0; start < ids.length; start += batch) {
    const chunk = ids.slice(start, start + batch);
    const data = await post<Record<string, T | null>>(
      connection,
      queryFor(chunk.length),
      Object.fromEntries(chunk.map((id, i) => [`id${i}`, id])),
    );
    chunk.forEach((id, i) => {
      const node = data[`n${i}`];
      if (!node)
        throw new DdasGraphError(
          `The gateway answered no ${label} ${id}, listed a moment before; run the delivery again`,
        );
      nodes.push(node);
    });
    connection.progress?.(`  ${label}: ${nodes.length} of ${ids.length} read`);
  }
  return nodes;
}
