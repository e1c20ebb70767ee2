import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SUBGRAPHS } from '@mienskip/kit/catalogue';
import { TOKEN_HEADER } from '@mienskip/kit/token';

export interface StandInSubgraph {
  /** Every subgraph's URL, all pointing at the stand-in. */
  urls: Record<string, string>;
  /** Operations received so far (set it to 0 to count afresh). */
  calls: number;
  /** The internal token of each operation received, in order (empty it to collect afresh). */
  tokens: string[];
  close(): Promise<void>;
}

export interface StandInOptions {
  /** The `data` to answer an operation with; `{ rooms: [] }` when absent or when it gives undefined. */
  answer?: (query: string) => Record<string, unknown> | undefined;
}

/**
 * A stand-in for every subgraph, for tests of what the gateway does before planning and of what it
 * signs: ready, answers any operation with `{ rooms: [] }` (or `options.answer`), counts what
 * reached it and keeps the tokens it got.
 */
export async function startStandInSubgraph(options: StandInOptions = {}): Promise<StandInSubgraph> {
  const server = createServer((req, res) => {
    if (req.url === '/ready') return void res.writeHead(200).end('{}');
    standIn.calls++;
    standIn.tokens.push(String(req.headers[TOKEN_HEADER]));
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      let query = '';
      try {
        query = String(JSON.parse(Buffer.concat(chunks).toString('utf8')).query ?? '');
      } catch {}
      const data = options.answer?.(query) ?? { rooms: [] };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const standIn: StandInSubgraph = {
    urls: Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, url])),
    calls: 0,
    tokens: [],
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  return standIn;
}
