import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUBGRAPHS, subgraphUrlEnv } from '@mienskip/kit/catalogue';
import { testKeyMaterial } from '@mienskip/testing';
import { afterAll, describe, expect, it } from 'vitest';

// SIGTERM under load: the real gateway process (`src/server.ts`) over a stand-in subgraph that
// takes its time, so that requests are in flight when the signal comes.

const gatewayDir = fileURLToPath(new URL('..', import.meta.url));
const DEV_KEY = `msk_${'graceful'.repeat(5)}`;
const GRACE_MS = 8_000;
const HOLD_MS = 1_500;
const ROOMS = 5_000; // a large answer: its body takes several writes

interface Answer {
  status: number;
  body: string;
}

/** POSTs a query on a connection of its own; rejects with the socket error (e.g. ECONNREFUSED). */
function query(port: number, body: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent: false,
        headers: { authorization: `Bearer ${DEV_KEY}`, 'content-type': 'application/json' },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, body: text }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
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
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'src/server.ts'], {
      cwd: gatewayDir,
      env: {
        PATH: process.env.PATH,
        PGLITE_DATA_DIR: mkdtempSync(join(tmpdir(), 'gateway-')),
        PORT: '0',
        MIENSKIP_TOKEN_PRIVATE_JWK: JSON.stringify((await testKeyMaterial()).privateJwk),
        MIENSKIP_DEV_API_KEY: DEV_KEY,
        MIENSKIP_STOP_GRACE_MS: String(GRACE_MS),
        ...Object.fromEntries(SUBGRAPHS.map(({ name }) => [subgraphUrlEnv(name), standInUrl])),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    gateway = child;
    let log = '';
    child.stdout!.on('data', (chunk) => (log += chunk));
    child.stderr!.on('data', (chunk) => (log += chunk));
    const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
      child.once('exit', (code) => resolve({ code, at: Date.now() })),
    );
    const port = await new Promise<number>((resolve, reject) => {
      const look = () => {
        const match = /"url":"http:\/\/127\.0\.0\.1:(\d+)\/graphql".*"msg":"gateway listening"/.exec(log);
        if (match) return resolve(Number(match[1]));
        if (child.exitCode !== null) return reject(new Error(`gateway did not start:\n${log}`));
        setTimeout(look, 50);
      };
      look();
    });

    // A stream of requests, each on its own connection; SIGTERM once ten are in flight.
    const body = JSON.stringify({ query: '{ rooms { id } }' });
    let operations = 0;
    standIn.on('operation', () => operations++);
    const accepted: Promise<Answer>[] = [];
    for (let i = 0; i < 10; i++) {
      accepted.push(query(port, body));
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    while (operations < 10) await new Promise((resolve) => setTimeout(resolve, 10));
    const signalled = Date.now();
    child.kill('SIGTERM');
    // New connections are refused from the moment it has taken the signal.
    while (!log.includes('stopping: finishing requests in flight'))
      await new Promise((resolve) => setTimeout(resolve, 10));

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
    expect(code, log).toBe(0);
    expect(at - signalled).toBeLessThan(GRACE_MS);
    expect(log).toContain('stopping: finishing requests in flight');
  }, 60_000);
});
