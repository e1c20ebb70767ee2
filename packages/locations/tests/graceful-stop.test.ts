import { type ChildProcess, spawn } from 'node:child_process';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { TOKEN_HEADER } from '@mienskip/kit/token';
import {
  createTestDatabase,
  requirePostgres,
  signTestToken,
  type TestDatabase,
  testKeyMaterial,
} from '@mienskip/testing';
import { afterAll, describe, expect, it } from 'vitest';

// SIGTERM under load on a real subgraph process: `src/server.ts`, that is the kit's `runSubgraph`,
// on a PostgreSQL database of its own. Not on PGlite: its queries block the process, so that the
// requests would be done before the signal is even taken.

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const GRACE_MS = 8_000;
const REQUESTS = 20;
/** Rooms generated at the first seed: a large answer, so that requests are still running at SIGTERM. */
const GENERATED_ROOMS = 2_000;

interface Answer {
  status: number;
  body: string;
}

/** A request on a connection of its own; rejects with the socket error (e.g. ECONNREFUSED). */
function send(url: string, options: { method?: string; headers?: Record<string, string> }, body?: string) {
  return new Promise<Answer>((resolve, reject) => {
    const req = request(url, { ...options, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body: text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

let child: ChildProcess | undefined;
let database: TestDatabase | undefined;
afterAll(async () => {
  if (child?.exitCode === null) child.kill('SIGKILL');
  await database?.drop();
});

describe.runIf(requirePostgres())('SIGTERM under load, on a subgraph', () => {
  it('answers every accepted request in full, refuses new connections and exits 0 within the grace period', async () => {
    database = await createTestDatabase();
    const service = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'src/server.ts'], {
      cwd: packageDir,
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: database.options.url!,
        PORT: '0',
        MIENSKIP_TOKEN_PUBLIC_JWKS: JSON.stringify((await testKeyMaterial()).publicJwks),
        MIENSKIP_STOP_GRACE_MS: String(GRACE_MS),
        MIENSKIP_LOCATIONS_GENERATED_ROOMS: String(GENERATED_ROOMS),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = service;
    let log = '';
    service.stdout!.on('data', (chunk) => (log += chunk));
    service.stderr!.on('data', (chunk) => (log += chunk));
    const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
      service.once('exit', (code) => resolve({ code, at: Date.now() })),
    );
    const url = await new Promise<string>((resolve, reject) => {
      const look = () => {
        const match =
          /"url":"(http:\/\/127\.0\.0\.1:\d+\/graphql)".*"msg":"locations subgraph listening"/.exec(log);
        if (match) return resolve(match[1]!);
        if (service.exitCode !== null) return reject(new Error(`locations did not start:\n${log}`));
        setTimeout(look, 50);
      };
      look();
    });
    const metrics = async () =>
      Number(
        /mienskip_graphql_requests_total\{[^}]*\} (\d+)/.exec(
          (await send(url.replace('/graphql', '/metrics'), {})).body,
        )?.[1],
      );

    const headers = { [TOKEN_HEADER]: await signTestToken('locations'), 'content-type': 'application/json' };
    const body = JSON.stringify({ query: '{ rooms { id name area { id name } } }' });
    const graphql = () => send(url, { method: 'POST', headers }, body);
    const before = await metrics();
    const answeredAt: number[] = [];
    const accepted = Array.from({ length: REQUESTS }, () =>
      graphql().then((answer) => {
        answeredAt.push(Date.now());
        return answer;
      }),
    );
    // SIGTERM as soon as the service has taken every one of them in.
    while ((await metrics()) < before + REQUESTS) await new Promise((resolve) => setTimeout(resolve, 5));
    const signalled = Date.now();
    service.kill('SIGTERM');
    // New connections are refused from the moment it has taken the signal.
    while (!log.includes('stopping: finishing requests in flight'))
      await new Promise((resolve) => setTimeout(resolve, 10));
    await expect(graphql()).rejects.toMatchObject({ code: 'ECONNREFUSED' });

    const answers = await Promise.all(accepted);
    const first = JSON.parse(answers[0]!.body);
    expect(first.errors).toBeUndefined();
    expect(first.data.rooms.length).toBeGreaterThan(GENERATED_ROOMS);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toEqual(first);
    }
    // They were truly in flight: some were answered only after the signal.
    expect(answeredAt.filter((at) => at > signalled).length).toBeGreaterThan(0);
    const { code, at } = await exited;
    expect(code, log).toBe(0);
    expect(at - signalled).toBeLessThan(GRACE_MS);
    expect(log).toContain('stopping: finishing requests in flight');
  }, 90_000);
});
