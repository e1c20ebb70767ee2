import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type RunningBff, startBff } from '../server/app.ts';
import { type BffConfig, readConfig } from '../server/config.ts';
import { documentId, runDocument } from '../src/graphql-client.ts';
import { RoomPlannerWeekDocument } from '../src/operations.ts';
import { startUpstream, type Upstream } from './upstream.ts';

const operations = (team: string) =>
  fileURLToPath(
    new URL(`../../gateway/operations/${team}/generated/persisted-documents.json`, import.meta.url),
  );
const roomPlannerId = documentId(RoomPlannerWeekDocument);
const councilId = Object.keys(JSON.parse(readFileSync(operations('council'), 'utf8')))[0]!;
const KEY = 'msk_test_room_planner_0123456789abcdefghijkl';

describe('the room planner backend-for-frontend', () => {
  let upstream: Upstream;
  let bff: RunningBff;
  let config: BffConfig;
  const logs: Record<string, unknown>[] = [];

  beforeAll(async () => {
    upstream = await startUpstream();
    const parent = mkdtempSync(join(tmpdir(), 'room-planner-'));
    const dist = join(parent, 'dist');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Room planner</title>');
    writeFileSync(join(dist, 'assets', 'app-abc123.js'), 'console.log("app")');
    writeFileSync(join(parent, 'secret.txt'), 'outside the app');
    config = {
      ...readConfig({ MIENSKIP_ROOM_PLANNER_KEY: KEY, MIENSKIP_GATEWAY_URL: upstream.url }),
      port: 0,
      distDir: dist,
      upstreamTimeoutMs: 500,
    };
    const logger = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
    bff = await startBff(config, logger);
  });
  afterAll(async () => {
    await bff?.close();
    await upstream?.close();
  });
  beforeEach(() => {
    upstream.received.length = 0;
    upstream.answer = {
      status: 200,
      body: '{"data":{"rooms":[]}}',
      contentType: 'application/json',
      delayMs: 0,
    };
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${bff.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  it('forwards a registered document with its key and answers with the gateway’s status and body', async () => {
    upstream.answer = {
      status: 207,
      body: '{"data":{"rooms":null},"errors":[{"message":"locations is unavailable"}]}',
      contentType: 'application/graphql-response+json; charset=utf-8',
      delayMs: 0,
    };
    const response = await post(
      JSON.stringify({ documentId: roomPlannerId, variables: { week: '2021-01-04' } }),
      {
        authorization: 'Bearer msk_someone_elses_key_that_must_not_pass_through',
        cookie: 'session=1',
      },
    );
    expect(response.status).toBe(207);
    expect(response.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    expect(await response.text()).toBe(upstream.answer.body);
    expect(upstream.received).toHaveLength(1);
    const [forwarded] = upstream.received;
    expect(forwarded!.method).toBe('POST');
    expect(forwarded!.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(forwarded!.headers.cookie).toBeUndefined();
    expect(JSON.parse(forwarded!.body)).toEqual({
      documentId: roomPlannerId,
      variables: { week: '2021-01-04' },
    });
  });

  it('sends only the document id and variables on, whatever else the body holds', async () => {
    await post(
      JSON.stringify({
        documentId: roomPlannerId,
        variables: { week: '2021-01-04' },
        operationName: 'X',
        extensions: { a: 1 },
      }),
    );
    expect(JSON.parse(upstream.received[0]!.body)).toEqual({
      documentId: roomPlannerId,
      variables: { week: '2021-01-04' },
    });
  });

  it('gives the typed helper the data the gateway answered', async () => {
    upstream.answer.body = JSON.stringify({ data: { rooms: [{ id: 'room-de-klomp' }] } });
    const result = await runDocument(
      RoomPlannerWeekDocument,
      { week: '2021-01-04' },
      { endpoint: `${bff.url}/graphql` },
    );
    expect(result.data?.rooms?.[0]?.id).toBe('room-de-klomp');
    expect(result.errors).toEqual([]);
  });

  it.each([
    ['another app’s document', { documentId: councilId, variables: {} }],
    ['a query text', { query: '{ rooms { id } }' }],
    ['a query text beside its own id', { documentId: roomPlannerId, query: '{ clients { totalCount } }' }],
    ['no document id', { variables: { week: '2021-01-04' } }],
    ['an id that is not a string', { documentId: 42 }],
  ])('refuses %s with 403 OPERATION_NOT_TRUSTED and does not call the gateway', async (_, body) => {
    const response = await post(JSON.stringify(body));
    expect(response.status).toBe(403);
    const answer = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(answer.errors[0]!.extensions.code).toBe('OPERATION_NOT_TRUSTED');
    expect(answer.errors[0]!.message).toMatch(/registered documents/);
    expect(upstream.received).toEqual([]);
  });

  it.each([
    ['a body that is not JSON', '{"documentId":', 400, 'BAD_REQUEST'],
    ['a JSON array', '[]', 400, 'BAD_REQUEST'],
    [
      'variables that are not an object',
      JSON.stringify({ documentId: 'x', variables: [1] }),
      403,
      'OPERATION_NOT_TRUSTED',
    ],
    [
      'variables of a list',
      JSON.stringify({ documentId: roomPlannerId, variables: [1] }),
      400,
      'BAD_REQUEST',
    ],
    [
      'a body over the limit',
      JSON.stringify({ documentId: roomPlannerId, variables: { week: 'x'.repeat(20_000) } }),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
  ])(
    'answers %s with a GraphQL-shaped error and does not call the gateway',
    async (_, body, status, code) => {
      const response = await post(body);
      expect(response.status).toBe(status);
      expect(
        ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions
          .code,
      ).toBe(code);
      expect(upstream.received).toEqual([]);
    },
  );

  it('answers GET /graphql with 405', async () => {
    const response = await fetch(`${bff.url}/graphql?query=%7Brooms%7Bid%7D%7D`);
    expect(response.status).toBe(405);
    expect(upstream.received).toEqual([]);
  });

  it('answers 504 when the gateway takes longer than the timeout', async () => {
    upstream.answer.delayMs = 2_000;
    const started = Date.now();
    const response = await post(
      JSON.stringify({ documentId: roomPlannerId, variables: { week: '2021-01-04' } }),
    );
    expect(response.status).toBe(504);
    expect(
      ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code,
    ).toBe('GATEWAY_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('answers 502 when the gateway cannot be reached', async () => {
    const down = await startUpstream();
    await down.close();
    const other = await startBff({ ...config, gatewayUrl: down.url }, pino({ level: 'silent' }));
    try {
      const response = await fetch(`${other.url}/graphql`, {
        method: 'POST',
        body: JSON.stringify({ documentId: roomPlannerId, variables: {} }),
      });
      expect(response.status).toBe(502);
      expect(
        ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions
          .code,
      ).toBe('GRAPH_UNAVAILABLE');
    } finally {
      await other.close();
    }
  });

  it('serves the built app with a policy that allows only its own server, and nothing outside it', async () => {
    const page = await fetch(`${bff.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Room planner</title>');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self'");
    const asset = await fetch(`${bff.url}/assets/app-abc123.js`);
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/missing.js',
    ]) {
      const response = await fetch(`${bff.url}${path}`);
      expect(response.status, path).toBe(404);
    }
  });

  it('answers /health', async () => {
    const response = await fetch(`${bff.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', documents: 1 });
  });

  it('logs the document id and status of each call, never the variables nor the key', () => {
    const text = JSON.stringify(logs);
    expect(logs.some((line) => line.msg === 'graphql' && line.documentId === roomPlannerId)).toBe(true);
    expect(text).not.toContain(KEY);
    expect(text).not.toContain('2021-01-04');
  });
});

describe('the configuration', () => {
  it('names every variable that is wrong', () => {
    expect(() => readConfig({ MIENSKIP_GATEWAY_URL: 'ftp://x', PORT: 'eighty' })).toThrow(
      /MIENSKIP_ROOM_PLANNER_KEY is not set[\s\S]*MIENSKIP_GATEWAY_URL[\s\S]*PORT must be a whole number/,
    );
    expect(() => readConfig({ MIENSKIP_ROOM_PLANNER_KEY: 'secret' })).toThrow(/not an API key/);
  });

  it('defaults to the local stack’s gateway and its own port', () => {
    const config = readConfig({ MIENSKIP_ROOM_PLANNER_KEY: KEY });
    expect(config).toMatchObject({
      gatewayUrl: 'http://127.0.0.1:4000/graphql',
      port: 4010,
      host: '127.0.0.1',
    });
  });

  it('refuses to start on a manifest that is not the codegen’s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'room-planner-manifest-'));
    const manifestFile = join(dir, 'persisted-documents.json');
    writeFileSync(manifestFile, JSON.stringify({ [`sha256:${'0'.repeat(64)}`]: 'query X { rooms { id } }' }));
    const config = { ...readConfig({ MIENSKIP_ROOM_PLANNER_KEY: KEY }), port: 0, manifestFile };
    await expect(startBff(config, pino({ level: 'silent' }))).rejects.toThrow(
      /is not sha256:<hex> of its text/,
    );
  });
});
