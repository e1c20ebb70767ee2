import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { REQUEST_ID_HEADER, TOKEN_HEADER } from '@mienskip/kit/token';
import {
  createTestDatabase,
  requirePostgres,
  sendOnOwnConnection,
  signTestToken,
  spawnServer,
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

let child: ChildProcess | undefined;
let database: TestDatabase | undefined;
afterAll(async () => {
  if (child?.exitCode === null) child.kill('SIGKILL');
  await database?.drop();
});

describe.runIf(requirePostgres())('SIGTERM under load, on a subgraph', () => {
  it('answers every accepted request in full, refuses new connections and exits 0 within the grace period', async () => {
    database = await createTestDatabase();
    const server = spawnServer({
      cwd: packageDir,
      name: 'locations',
      listeningMessage: 'locations subgraph listening',
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: database.options.url!,
        PORT: '0',
        MIENSKIP_TOKEN_PUBLIC_JWKS: JSON.stringify((await testKeyMaterial()).publicJwks),
        MIENSKIP_STOP_GRACE_MS: String(GRACE_MS),
        MIENSKIP_LOCATIONS_GENERATED_ROOMS: String(GENERATED_ROOMS),
      },
    });
    const { child: service, exited } = server;
    child = service;
    const url = await server.listening;
    const metrics = async () =>
      Number(
        /mienskip_graphql_requests_total\{[^}]*\} (\d+)/.exec(
          (await sendOnOwnConnection(url.replace('/graphql', '/metrics'), {})).body,
        )?.[1],
      );

    const headers = {
      [TOKEN_HEADER]: await signTestToken('locations'),
      [REQUEST_ID_HEADER]: 'req-graceful-stop',
      'content-type': 'application/json',
    };
    const body = JSON.stringify({ query: '{ rooms { id name area { id name } } }' });
    const graphql = () => sendOnOwnConnection(url, { method: 'POST', headers }, body);
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
    await server.logged('stopping: finishing requests in flight');
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
    expect(code, server.log()).toBe(0);
    expect(at - signalled).toBeLessThan(GRACE_MS);
    expect(server.log()).toContain('stopping: finishing requests in flight');
  }, 90_000);
});
