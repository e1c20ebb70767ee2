import { type GraphConnection, graphClient } from '../graph/client.ts';
import { type GraphFailure, notGraphQLMessage, worded } from '../graph/failure.ts';
import { DdasGraphError } from './errors.ts';

/**
 * The purpose every read of the delivery states (BR-DB48); the subgraphs' access log keeps it with
 * each entry of a person read.
 */
export const DDAS_PURPOSE = 'DDAS-levering';
/** The scopes the delivery's key needs (BR-DB48): a refusal of any stops the delivery. */
export const DDAS_SCOPES = ['debt:read', 'clients:read', 'personal-data'] as const;

export interface DdasConnection extends Omit<GraphConnection, 'purpose'> {
  /** Nodes per page (the gateway's cost limit bounds it). */
  pageSize?: number;
}

/** How the delivery reads: one operation at a time, with its purpose, any error in its words. */
export interface DdasGraph {
  post<T>(query: string, variables: Record<string, unknown>): Promise<T>;
  pageSize: number;
  progress: (line: string) => void;
}

interface Page<T> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: T }[];
}

/** What to fix, in the delivery's words: its scopes and `pnpm keys`. */
function ddasErrorFor(failure: GraphFailure): DdasGraphError {
  const { gatewayUrl, details } = failure;
  switch (failure.kind) {
    case 'unreachable':
      return new DdasGraphError(
        `Cannot reach the gateway at ${gatewayUrl} (${failure.reason}): start it, or set MIENSKIP_GATEWAY_URL to its /graphql address`,
      );
    case 'not-graphql':
      return new DdasGraphError(notGraphQLMessage(failure));
    case 'unauthenticated':
      return new DdasGraphError(
        `The gateway at ${gatewayUrl} refused the key: set MIENSKIP_API_KEY to a valid, unexpired key\n${details}`,
      );
    case 'forbidden':
      return new DdasGraphError(
        `The key lacks a scope the delivery needs (${DDAS_SCOPES.join(', ')}): grant them to the key (pnpm keys) and run again\n${details}`,
      );
    default:
      return new DdasGraphError(
        `The gateway at ${gatewayUrl} answered with errors (HTTP ${failure.status}); nothing was written\n${details}`,
      );
  }
}

export function ddasGraph(connection: DdasConnection): DdasGraph {
  const client = graphClient({ ...connection, purpose: DDAS_PURPOSE });
  return {
    async post<T>(query: string, variables: Record<string, unknown>): Promise<T> {
      return (await worded(client.run<T>({ query, variables }), ddasErrorFor)).data;
    },
    pageSize: connection.pageSize ?? 50,
    progress: connection.progress ?? (() => {}),
  };
}

/**
 * Every node of a connection, page by page (the operation names it `page`), until the last page or
 * until `enough` says the rest is not needed.
 */
export async function readPages<T>(
  graph: DdasGraph,
  query: string,
  label: string,
  enough: (page: T[]) => boolean = () => false,
): Promise<T[]> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (let page = 1; ; page++) {
    const data: { page: Page<T> | null } = await graph.post(query, { first: graph.pageSize, after });
    if (!data.page) throw new DdasGraphError(`The gateway answered no ${label} (null without an error)`);
    const read = data.page.edges.map((edge) => edge.node);
    nodes.push(...read);
    graph.progress(`  ${label}: page ${page}, ${nodes.length} listed`);
    if (!data.page.pageInfo.hasNextPage || enough(read)) return nodes;
    after = data.page.pageInfo.endCursor;
  }
}

/** The nodes of these ids, `batch` a request (`n0`, `n1`, … of `queryFor(count)`), in the ids' order. */
export async function readByIds<T>(
  graph: DdasGraph,
  ids: readonly string[],
  queryFor: (count: number) => string,
  batch: number,
  label: string,
): Promise<T[]> {
  const nodes: T[] = [];
  for (let start = 0; start < ids.length; start += batch) {
    const chunk = ids.slice(start, start + batch);
    const data = await graph.post<Record<string, T | null>>(
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
    graph.progress(`  ${label}: ${nodes.length} of ${ids.length} read`);
  }
  return nodes;
}
