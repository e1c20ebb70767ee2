import { createServer, type IncomingMessage } from 'node:http';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The kit cannot depend on @mienskip/testing (which depends on the kit); listen.ts imports no package.
import { type Listening, listenOnLoopback } from '../../testing/src/listen.ts';
import { createPool } from '../src/pooled-fetch.ts';

// Calls between services over Node's HTTP client: what Apollo's data source, the gateway's fetch
// observation, look-ups and the access-log append read of an answer must read as with fetch's Response.
describe('createPool', () => {
  let received: { method?: string; headers: IncomingMessage['headers']; body: string }[] = [];
  let listening: Listening;
  const pool = createPool({ connectTimeoutMs: 1_000, idleTimeoutMs: 1_000 });
  const fetcher = pool.fetch;

  beforeAll(async () => {
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push({ method: req.method, headers: req.headers, body });
        if (req.url?.endsWith('/slow')) return void setTimeout(() => res.end('{}'), 2_000);
        if (req.url?.endsWith('/broken')) {
          res.writeHead(200, { 'content-length': '100' });
          res.write('{"da');
          return void setTimeout(() => res.destroy(), 20);
        }
        const status = Number(new URL(req.url!, 'http://x').searchParams.get('status') ?? 200);
        res.writeHead(status, [
          ['content-type', 'application/json'],
          ['set-cookie', 'a=1'],
          ['set-cookie', 'b=2'],
        ]);
        res.end(JSON.stringify({ data: { echo: body } }));
      });
    });
    listening = await listenOnLoopback(server, '/graphql');
  });
  afterAll(async () => {
    pool.close();
    await listening.close();
  });

  it('sends method, headers and body as given, whether the headers are a record, Headers or pairs', async () => {
    received = [];
    const body = JSON.stringify({ query: '{ a }' });
    for (const headers of [
      { 'content-type': 'application/json', 'x-request-id': 'r1' },
      new Headers({ 'content-type': 'application/json', 'x-request-id': 'r1' }),
      [
        ['content-type', 'application/json'],
        ['x-request-id', 'r1'],
      ] as [string, string][],
    ]) {
      const response = await fetcher(listening.url, { method: 'POST', headers, body });
      expect(await response.json()).toEqual({ data: { echo: body } });
    }
    expect(received.map(({ method, headers, body }) => [method, headers['x-request-id'], body])).toEqual(
      Array(3).fill(['POST', 'r1', body]),
    );
  });

  it('reads status, status text, url and headers as a Response does', async () => {
    const ok = await fetcher(listening.url, { method: 'POST', body: '{}' });
    expect([ok.ok, ok.status, ok.statusText, ok.url]).toEqual([true, 200, 'OK', listening.url]);
    expect(ok.headers.get('Content-Type')).toBe('application/json');
    expect(ok.headers.get('set-cookie')).toBe('a=1, b=2');
    expect(ok.headers.get('x-absent')).toBeNull();
    expect(ok.headers.has('CONTENT-TYPE')).toBe(true);
    await ok.arrayBuffer();
    const refused = await fetcher(`${listening.url}?status=502`, { method: 'POST', body: '{}' });
    expect([refused.ok, refused.status, refused.statusText]).toEqual([false, 502, 'Bad Gateway']);
    expect(JSON.parse(await refused.text())).toEqual({ data: { echo: '{}' } });
  });

  it('gives up at the signal with a TimeoutError, and rejects when nothing listens', async () => {
    const slow = fetcher(`${listening.url}/slow`, {
      method: 'POST',
      body: '{}',
      signal: AbortSignal.timeout(50),
    });
    await expect(slow).rejects.toMatchObject({ name: 'TimeoutError' });
    const closed = createServer();
    const gone = await listenOnLoopback(closed, '/graphql');
    await gone.close();
    await expect(fetcher(gone.url, { method: 'POST', body: '{}' })).rejects.toMatchObject({
      code: 'ECONNREFUSED',
    });
  });

  it('gives up on an answer that stays silent past the idle timeout, and on one that breaks off', async () => {
    const impatient = createPool({ idleTimeoutMs: 100 });
    try {
      await expect(
        impatient.fetch(`${listening.url}/slow`, { method: 'POST', body: '{}' }),
      ).rejects.toMatchObject({ name: 'TimeoutError', code: 'ETIMEDOUT' });
      await expect(
        impatient.fetch(`${listening.url}/broken`, { method: 'POST', body: '{}' }),
      ).rejects.toThrow();
    } finally {
      impatient.close();
    }
  });

  it('reads a body once, as fetch does', async () => {
    const answer = await fetcher(listening.url, { method: 'POST', body: '{}' });
    expect(answer.bodyUsed).toBe(false);
    await answer.text();
    expect(answer.bodyUsed).toBe(true);
    await expect(answer.json()).rejects.toThrow(TypeError);
  });
});

// Issue 19: a subgraph fetch must leave while the gateway goes on reading the requests that arrived
// with the one that made it. undici held a call on a kept-alive connection back to the event loop's
// next check phase; this would fail with it.
describe('createPool on a kept-alive connection', () => {
  const BLOCKED_MS = 400;
  let worker: Worker;
  let url: string;
  const pool = createPool();

  beforeAll(async () => {
    // The server runs in a thread of its own, so it notes arrivals while this thread is blocked.
    worker = new Worker(
      `const { createServer } = require('node:http');
       const { parentPort } = require('node:worker_threads');
       let connections = 0;
       const server = createServer((req, res) => {
         const arrived = Date.now();
         req.resume();
         req.on('end', () => res.end(JSON.stringify({ arrived, connections })));
       });
       server.on('connection', () => connections++);
       server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));`,
      { eval: true },
    );
    const port = await new Promise<number>((resolve) => worker.once('message', resolve));
    url = `http://127.0.0.1:${port}/graphql`;
  });
  afterAll(async () => {
    pool.close();
    await worker.terminate();
  });

  it('writes the call at once, before the task that made it ends, on one reused connection', async () => {
    await (await pool.fetch(url, { method: 'POST', body: '{}' })).json(); // The connection is now idle, kept alive.
    const sent = Date.now();
    const answer = pool.fetch(url, { method: 'POST', body: '{}' });
    for (let tick = 0; tick < 10; tick++) await new Promise((resolve) => process.nextTick(resolve));
    const until = Date.now() + BLOCKED_MS;
    while (Date.now() < until) {
      // Busy, as a gateway reading the other requests of a burst: no event-loop phase runs.
    }
    const { arrived, connections } = (await (await answer).json()) as {
      arrived: number;
      connections: number;
    };
    expect(arrived - sent).toBeLessThan(BLOCKED_MS / 2);
    expect(connections).toBe(1);
  });
});
