import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUBGRAPHS, subgraphUrlEnv } from '@mienskip/kit/catalogue';
import { type Answer, sendOnOwnConnection, spawnServer, testKeyMaterial } from '@mienskip/testing';
import { afterAll, describe, expect, it } from 'vitest';

// SIGTERM under load: the real gateway process (`src/server.ts`) over a stand-in subgraph that
// takes its time, so that requests are in flight when the signal comes.

const gatewayDir = fileURLToPath(new URL('..', import.meta.url));
const DEV_KEY = `msk_${'graceful'.repeat(5)}`;
const GRACE_MS = 8_000;
const HOLD_MS = 1_500;
const ROOMS = 5_000; // a large answer: its body takes several writes

/** POSTs a query on a connection of its own; rejects with the socket error (e.g. ECONNREFUSED). */
function query(port: number, body: string): Promise<Answer> {
  const headers = { authorization: `Bearer ${DEV_KEY}`, 'content-type': 'application/json' };
  return sendOnOwnConnection(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers }, body);
}

let gateway: ChildProcess | undefined;
const standIn = createServer((req, res) => {
  if (req.url === '/ready') return void res.writeHead(200).end('{}');
  standIn.emit('operation');
  req.resume();
  req.on('end', () => {
    setTimeout(() => {
      const rooms = Array.from({ length: ROOMS }, (_, i) => ({ id: `room-${i}` }));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { rooms } }));
    }, HOLD_MS);
  });
});
afterAll(async () => {
  if (gateway?.exitCode === null) gateway.kill('SIGKILL');
  await new Promise((resolve) => standIn.close(resolve));
});

describe('SIGTERM under load', () => {
  it('answers every request in flight in full, refuses new connections and exits 0 within the grace period', async () => {
    await new Promise<void>((resolve) => standIn.listen(0, '127.0.0.1', resolve));
    const standInUrl = `http://127.0.0.1:${(standIn.address() as AddressInfo).port}/graphql`;
    const server = spawnServer({
      cwd: gatewayDir,
      name: 'gateway',
      env: {
        PATH: process.env.PATH,
        PGLITE_DATA_DIR: mkdtempSync(join(tmpdir(), 'gateway-')),
        PORT: '0',
        MIENSKIP_TOKEN_PRIVATE_JWK: JSON.stringify((await testKeyMaterial()).privateJwk),
        MIENSKIP_DEV_API_KEY: DEV_KEY,
        MIENSKIP_STOP_GRACE_MS: String(GRACE_MS),
        ...Object.fromEntries(SUBGRAPHS.map(({ name }) => [subgraphUrlEnv(name), standInUrl])),
      },
    });
    const { child, exited } = server;
    gateway = child;
    const port = Number(new URL(await server.listening).port);

    // A stream of requests, each on its own connection; SIGTERM once ten are in flight. Each has an
    // operation name of its own: identical fetches in flight would be shared (subgraph-dedup.ts).
    const body = JSON.stringify({ query: '{ rooms { id } }' });
    const nth = (i: number) => JSON.stringify({ query: `query InFlight${i} { rooms { id } }` });
    let operations = 0;
    standIn.on('operation', () => operations++);
    const accepted: Promise<Answer>[] = [];
    for (let i = 0; i < 10; i++) {
      accepted.push(query(port, nth(i)));
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    while (operations < 10) await new Promise((resolve) => setTimeout(resolve, 10));
    const signalled = Date.now();
    child.kill('SIGTERM');
    // New connections are refused from the moment it has taken the signal.
    await server.logged('stopping: finishing requests in flight');

    // ...and keep being refused until it exits.
    for (let i = 0; i < 5; i++) {
      await expect(query(port, body)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    for (const answer of await Promise.all(accepted)) {
      expect(answer.status).toBe(200);
      const parsed = JSON.parse(answer.body);
      expect(parsed.errors).toBeUndefined();
      expect(parsed.data.rooms).toHaveLength(ROOMS);
    }
    expect(Date.now() - signalled).toBeGreaterThan(HOLD_MS / 2); // they were truly in flight
    const { code, at } = await exited;
    expect(code, server.log()).toBe(0);
    expect(at - signalled).toBeLessThan(GRACE_MS);
    expect(server.log()).toContain('stopping: finishing requests in flight');
  }, 60_000);
});
