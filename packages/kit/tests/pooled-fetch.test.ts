import { createServer, type IncomingMessage } from 'node:http';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The kit cannot depend on @mienskip/testing (which depends on the kit); listen.ts imports no package.
import { type Listening, listenOnLoopback } from '../../testing/src/listen.ts';
import { pooledFetch } from '../src/pooled-fetch.ts';

// Calls between services over undici's `request`: what Apollo's data source, the gateway's fetch
// observation, look-ups and the access-log append read of an answer must read as with fetch's Response.
describe('pooledFetch', () => {
  let received: { method?: string; headers: IncomingMessage['headers']; body: string }[] = [];
  let listening: Listening;
  const agent = new Agent({ connect: { timeout: 1_000 } });
  const fetcher = pooledFetch(agent);

  beforeAll(async () => {
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push({ method: req.method, headers: req.headers, body });
        if (req.url?.endsWith('/slow')) return void setTimeout(() => res.end('{}'), 2_000);
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
    await agent.close();
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
});
