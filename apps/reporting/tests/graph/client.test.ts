import { afterEach, describe, expect, it, vi } from 'vitest';
import { graphClient } from '../../src/graph/client.ts';
import { GraphFailure } from '../../src/graph/failure.ts';
import { closedPort } from '../support/closed-port.ts';
import { answering, rejection } from './answering.ts';

const URL = 'http://gateway.test/graphql';
const headersOf = (init: RequestInit) => init.headers as Record<string, string>;

async function failureOf(fetch: typeof globalThis.fetch): Promise<GraphFailure> {
  const error = await rejection(
    graphClient({ gatewayUrl: URL, apiKey: 'msk_k', fetch }).run({ query: '{ a }' }),
  );
  expect(error).toBeInstanceOf(GraphFailure);
  return error as GraphFailure;
}

const erring = (status: number, code: string, message = 'no') =>
  answering(status, { errors: [{ message, path: ['a'], extensions: { code } }] });

afterEach(() => {
  vi.useRealTimers();
});

describe('the gateway client both commands share', () => {
  it('sends the key, the purpose when there is one, and the operation’s name when it has one', async () => {
    const sent: RequestInit[] = [];
    const fetch = answering(200, { data: { a: 1 } }, sent);
    const withPurpose = graphClient({ gatewayUrl: URL, apiKey: 'msk_k', purpose: 'DDAS-levering', fetch });
    expect(await withPurpose.run({ query: '{ a }', variables: { x: 1 } })).toEqual({
      data: { a: 1 },
      errors: [],
    });
    const plain = graphClient({ gatewayUrl: URL, apiKey: 'msk_k', fetch });
    await plain.run({ query: 'query A { a }', operationName: 'A' });
    expect(headersOf(sent[0]!)).toMatchObject({
      authorization: 'Bearer msk_k',
      'x-mienskip-purpose': 'DDAS-levering',
    });
    expect(JSON.parse(String(sent[0]!.body))).toEqual({ query: '{ a }', variables: { x: 1 } });
    expect(headersOf(sent[1]!)).not.toHaveProperty('x-mienskip-purpose');
    expect(JSON.parse(String(sent[1]!.body))).toEqual({
      query: 'query A { a }',
      operationName: 'A',
      variables: {},
    });
  });

  it('waits the Retry-After of a 429 and tries again, counting every request', async () => {
    vi.useFakeTimers();
    const progress: string[] = [];
    let calls = 0;
    const limited = answering(429, { errors: [{ message: 'slow down' }] }, [], { 'retry-after': '2' });
    const fine = answering(200, { data: { a: 1 } });
    const fetch: typeof globalThis.fetch = (url, init) => (++calls === 1 ? limited : fine)(url, init);
    const client = graphClient({
      gatewayUrl: URL,
      apiKey: 'msk_k',
      fetch,
      progress: (l) => progress.push(l),
    });
    const run = client.run({ query: '{ a }' });
    await vi.advanceTimersByTimeAsync(2000);
    expect((await run).data).toEqual({ a: 1 });
    expect(client.requests).toBe(2);
    expect(progress).toEqual(['  rate limited: waiting 2 s']);
  });

  it('gives up on a 429 once its retries are spent', async () => {
    const fetch = answering(429, { errors: [{ message: 'slow down' }] });
    const error = await rejection(
      graphClient({ gatewayUrl: URL, apiKey: 'msk_k', fetch, retries: 0 }).run({ query: '{ a }' }),
    );
    expect(error).toMatchObject({ kind: 'errors', status: 429 });
  });

  it('sorts a failure by what to fix: the key, the operation, a scope, anything else', async () => {
    expect((await failureOf(answering(401, { message: 'who?' }))).kind).toBe('unauthenticated');
    expect((await failureOf(erring(200, 'UNAUTHENTICATED'))).kind).toBe('unauthenticated');
    expect((await failureOf(erring(403, 'OPERATION_NOT_TRUSTED'))).kind).toBe('not-trusted');
    const forbidden = await failureOf(erring(200, 'FORBIDDEN', 'needs debt:read'));
    expect(forbidden.kind).toBe('forbidden');
    expect(forbidden.details).toBe('  a: needs debt:read (FORBIDDEN)');
    expect((await failureOf(erring(400, 'BAD_REQUEST'))).kind).toBe('errors');
    expect((await failureOf(answering(200, { data: null }))).kind).toBe('errors');
    const html = async () => new Response('<html>not found</html>', { status: 404 });
    expect(await failureOf(html)).toMatchObject({
      kind: 'not-graphql',
      status: 404,
      reason: '<html>not found</html>',
    });
  });

  it('names the gateway it cannot reach', async () => {
    const gatewayUrl = `http://127.0.0.1:${await closedPort()}/graphql`;
    const error = await rejection(graphClient({ gatewayUrl, apiKey: 'msk_k' }).run({ query: '{ a }' }));
    expect(error).toMatchObject({ kind: 'unreachable', gatewayUrl, status: 0 });
    expect((error as Error).message).toMatch(
      /^Cannot reach the gateway at http:\/\/127\.0\.0\.1:\d+\/graphql \(.+\)$/,
    );
  });

  it('lets through only the errors the request tolerates, with the data', async () => {
    const fetch = answering(200, {
      data: { a: null },
      errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }],
    });
    const client = graphClient({ gatewayUrl: URL, apiKey: 'msk_k', fetch });
    const answer = await client.run({ query: '{ a }', tolerate: (errors) => errors.length === 1 });
    expect(answer).toMatchObject({ data: { a: null }, errors: [{ message: 'no' }] });
    expect(await rejection(client.run({ query: '{ a }', tolerate: () => false }))).toMatchObject({
      kind: 'forbidden',
    });
  });
});
