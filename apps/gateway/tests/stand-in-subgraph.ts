import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SUBGRAPHS } from '@mienskip/kit/catalogue';

export interface StandInSubgraph {
  /** Every subgraph's URL, all pointing at the stand-in. */
  urls: Record<string, string>;
  /** Operations received so far (set it to 0 to count afresh). */
  calls: number;
  close(): Promise<void>;
}

/**
 * A stand-in for every subgraph, for tests of what the gateway does before planning: ready,
 * answers any operation with `{ rooms: [] }`, counts what reached it.
 */
export async function startStandInSubgraph(): Promise<StandInSubgraph> {
  const server = createServer((req, res) => {
    if (req.url === '/ready') return void res.writeHead(200).end('{}');
    standIn.calls++;
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { rooms: [] } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const standIn: StandInSubgraph = {
    urls: Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, url])),
    calls: 0,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  return standIn;
}
