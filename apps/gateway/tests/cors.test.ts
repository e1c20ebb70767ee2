import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testKeyMaterial } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORS_ORIGINS_ENV, corsOriginsFromEnv } from '../src/cors.ts';
import { startTestGateway, type TestGateway } from '../src/testing.ts';
import { type StandInSubgraph, startStandInSubgraph } from './stand-in-subgraph.ts';

const PLANNER = 'https://planner.leeuwarden.nl';
const LOCAL_APP = 'http://localhost:5173';
const ELSEWHERE = 'https://evil.example';

let standIn: StandInSubgraph;
/** Allows PLANNER and LOCAL_APP. */
let gateway: TestGateway;
/** Started without the variable: today's behaviour. */
let closedGateway: TestGateway;
/** Every response seen, to check that none ever carries a wildcard or credentials. */
const seen: Response[] = [];

/** Starts a test gateway with `MIENSKIP_CORS_ORIGINS` set to `value` (unset when undefined). */
async function withOrigins<T>(value: string | undefined, start: () => Promise<T>): Promise<T> {
  const before = process.env[CORS_ORIGINS_ENV];
  if (value === undefined) delete process.env[CORS_ORIGINS_ENV];
  else process.env[CORS_ORIGINS_ENV] = value;
  try {
    return await start();
  } finally {
    if (before === undefined) delete process.env[CORS_ORIGINS_ENV];
    else process.env[CORS_ORIGINS_ENV] = before;
  }
}

beforeAll(async () => {
  standIn = await startStandInSubgraph();
  gateway = await withOrigins(` ${PLANNER}, ${LOCAL_APP} ,`, () => startTestGateway(standIn.urls));
  closedGateway = await withOrigins(undefined, () => startTestGateway(standIn.urls, { keys: gateway.keys }));
});
afterAll(async () => {
  await closedGateway?.close();
  await gateway?.close();
  await standIn?.close();
});

async function post(url: string, origin: string | null, key: string | null = gateway.municipalKey) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(origin !== null && { origin }),
      ...(key !== null && { authorization: `Bearer ${key}` }),
    },
    body: JSON.stringify({ query: '{ rooms { id } }' }),
  });
  seen.push(response);
  return response;
}

async function preflight(url: string, origin: string) {
  const response = await fetch(url, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, content-type, x-mienskip-purpose',
    },
  });
  seen.push(response);
  return response;
}

/** The response's CORS headers, by name. */
function corsOf(response: Response): Record<string, string> {
  return Object.fromEntries([...response.headers].filter(([name]) => name.startsWith('access-control-')));
}

function listed(response: Response, header: string): string[] {
  return (response.headers.get(header) ?? '').split(',').map((name) => name.trim().toLowerCase());
}

describe('an allowed origin', () => {
  it('may read the answer to a POST: its own origin, Vary: Origin, the headers it needs exposed', async () => {
    const response = await post(gateway.url, PLANNER);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { rooms: [] } });
    expect(response.headers.get('access-control-allow-origin')).toBe(PLANNER);
    expect(listed(response, 'vary')).toContain('origin');
    expect(listed(response, 'access-control-expose-headers')).toEqual(
      expect.arrayContaining([
        'ratelimit-limit',
        'ratelimit-remaining',
        'ratelimit-reset',
        'retry-after',
        'x-request-id',
      ]),
    );
    expect(response.headers.get('ratelimit-remaining')).not.toBeNull();
  });

  it('may read the answer to a GET', async () => {
    const response = await fetch(`${gateway.url}?query=${encodeURIComponent('{ rooms { id } }')}`, {
      headers: { origin: PLANNER, authorization: `Bearer ${gateway.municipalKey}` },
    });
    seen.push(response);
    expect(await response.json()).toEqual({ data: { rooms: [] } });
    expect(response.headers.get('access-control-allow-origin')).toBe(PLANNER);
  });

  it('gets its own origin back, not the first of the list', async () => {
    const response = await post(gateway.url, LOCAL_APP);
    expect(response.headers.get('access-control-allow-origin')).toBe(LOCAL_APP);
  });

  it('has its preflight answered 204 without a key: methods, headers and max age', async () => {
    standIn.calls = 0;
    const response = await preflight(gateway.url, PLANNER);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(PLANNER);
    expect(listed(response, 'access-control-allow-methods')).toEqual(['get', 'post']);
    expect(listed(response, 'access-control-allow-headers')).toEqual(
      expect.arrayContaining([
        'authorization',
        'content-type',
        'x-mienskip-purpose',
        'x-request-id',
        'apollographql-client-name',
        'apollographql-client-version',
      ]),
    );
    expect(Number(response.headers.get('access-control-max-age'))).toBeGreaterThan(0);
    expect(listed(response, 'vary')).toContain('origin');
    expect(standIn.calls).toBe(0);
  });

  it('is still authenticated: no key is 401, readable by the app', async () => {
    const response = await post(gateway.url, PLANNER, null);
    expect(response.status).toBe(401);
    expect(response.headers.get('access-control-allow-origin')).toBe(PLANNER);
  });

  it('gets no CORS on the admin API: key administration is not done from a web page', async () => {
    expect(corsOf(await post(gateway.url.replace(/\/graphql$/, '/admin/graphql'), PLANNER))).toEqual({});
    expect(corsOf(await preflight(gateway.url.replace(/\/graphql$/, '/admin/graphql'), PLANNER))).toEqual({});
  });
});

describe('an origin not on the list', () => {
  it.each([
    ELSEWHERE,
    'https://planner.leeuwarden.nl.evil.example',
    'http://planner.leeuwarden.nl',
    'https://planner.leeuwarden.nl:8443',
    'null',
  ])('%s gets no CORS header, while the request is answered as before', async (origin) => {
    const response = await post(gateway.url, origin);
    expect(response.status).toBe(200);
    expect(corsOf(response)).toEqual({});
    expect(listed(response, 'vary')).toContain('origin');
  });

  it('has its preflight answered without CORS headers, so the browser stops there', async () => {
    const response = await preflight(gateway.url, ELSEWHERE);
    expect(response.status).toBe(204);
    expect(corsOf(response)).toEqual({});
  });

  it('is still refused without a key', async () => {
    const response = await post(gateway.url, ELSEWHERE, null);
    expect(response.status).toBe(401);
    expect(corsOf(response)).toEqual({});
  });
});

describe('without MIENSKIP_CORS_ORIGINS', () => {
  it('no origin gets cross-origin access, as before', async () => {
    const response = await post(closedGateway.url, PLANNER);
    expect(response.status).toBe(200);
    expect(corsOf(response)).toEqual({});
    expect(corsOf(await preflight(closedGateway.url, PLANNER))).toEqual({});
  });

  it('an empty value is the same as unset', () => {
    expect(corsOriginsFromEnv({ [CORS_ORIGINS_ENV]: ' , ' })).toEqual([]);
    expect(corsOriginsFromEnv({})).toEqual([]);
  });
});

describe('a malformed MIENSKIP_CORS_ORIGINS', () => {
  it.each([
    '*',
    'https://*.leeuwarden.nl',
    'https://planner.leeuwarden.nl/',
    'https://planner.leeuwarden.nl/app',
    'planner.leeuwarden.nl',
    'ftp://planner.leeuwarden.nl',
    'https://Planner.leeuwarden.nl',
    'https://planner.leeuwarden.nl:443',
    'https://user@planner.leeuwarden.nl',
    'null',
    `${PLANNER} ${LOCAL_APP}`,
  ])('%s is refused, naming the variable', (value) => {
    expect(() => corsOriginsFromEnv({ [CORS_ORIGINS_ENV]: `${LOCAL_APP},${value}` })).toThrow(
      CORS_ORIGINS_ENV,
    );
  });

  it('stops the gateway from starting', async () => {
    await expect(
      withOrigins('*', () => startTestGateway(standIn.urls, { keys: gateway.keys })),
    ).rejects.toThrow('MIENSKIP_CORS_ORIGINS may not hold a wildcard');
  });

  it('is a start-up error an operator can read', async () => {
    const result = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', 'src/server.ts'], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      env: {
        PATH: process.env.PATH,
        PGLITE_DATA_DIR: mkdtempSync(join(tmpdir(), 'gateway-cors-')),
        PORT: '0',
        MIENSKIP_TOKEN_PRIVATE_JWK: JSON.stringify((await testKeyMaterial()).privateJwk),
        MIENSKIP_CORS_ORIGINS: 'https://planner.leeuwarden.nl/app',
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    const log = result.stdout + result.stderr;
    expect(log).toContain('gateway could not start: MIENSKIP_CORS_ORIGINS holds');
    expect(log).toContain('https://planner.leeuwarden.nl/app');
    expect(log).toContain('which is not an origin');
    // Refused before the key store is opened: the operator learns at once.
    expect(log).not.toContain('"msg":"starting"');
  }, 60_000);
});

describe('never', () => {
  it('answers with a wildcard origin or allows credentials', () => {
    expect(seen.length).toBeGreaterThan(15);
    for (const response of seen) {
      expect(response.headers.get('access-control-allow-origin')).not.toBe('*');
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    }
  });
});
