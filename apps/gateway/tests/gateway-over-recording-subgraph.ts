import { createServer } from 'node:http';
import { SUBGRAPHS } from '@mienskip/kit/catalogue';
import { REQUEST_ID_HEADER, TOKEN_HEADER } from '@mienskip/kit/token';
import { type Listening, listenOnLoopback } from '@mienskip/testing';
import { afterAll, beforeAll } from 'vitest';
import { startTestGateway, type TestGateway } from '../src/testing.ts';

/** What one subgraph fetch carried beside its operation. */
export interface ReceivedFetch {
  token: string;
  requestId: string | undefined;
  traceparent: string | undefined;
}

export interface RecordingSubgraph {
  /** Every fetch received, in order (empty it to collect afresh). */
  received: ReceivedFetch[];
  /** What every operation is answered with while set; `{ data: { rooms: [] } }` otherwise. */
  answer: unknown;
  /** Where it listens (`…/graphql`), once started. */
  url?: string;
}

export interface GatewayOverRecordingSubgraph {
  readonly gateway: TestGateway;
  readonly subgraph: RecordingSubgraph;
}

/**
 * The real gateway over one stand-in for every subgraph, for tests of what the gateway sends with
 * each fetch: the stand-in is ready, answers `{ rooms }` with none (or `answer`), and keeps each
 * fetch's internal token, `x-request-id` and `traceparent`. Started before the file's tests, stopped after them.
 */
export function useGatewayOverRecordingSubgraph(): GatewayOverRecordingSubgraph {
  const subgraph: RecordingSubgraph = { received: [], answer: undefined };
  const server = createServer((req, res) => {
    if (req.url === '/ready') return void res.writeHead(200).end('{}');
    subgraph.received.push({
      token: String(req.headers[TOKEN_HEADER]),
      requestId: req.headers[REQUEST_ID_HEADER] as string | undefined,
      traceparent: req.headers.traceparent as string | undefined,
    });
    req.resume();
    req.on('end', () => {
      const body = subgraph.answer ?? { data: { rooms: [] } };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
  });
  let listening: Listening | undefined;
  let gateway: TestGateway | undefined;
  beforeAll(async () => {
    listening = await listenOnLoopback(server, '/graphql');
    const url = listening.url;
    subgraph.url = url;
    gateway = await startTestGateway(Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, url])));
  });
  afterAll(async () => {
    await gateway?.close();
    await listening?.close();
  });
  return {
    get gateway() {
      if (!gateway) throw new Error('The gateway is started in beforeAll');
      return gateway;
    },
    subgraph,
  };
}
