import { describe, expect, it } from 'vitest';
import { DdasGraphError } from '../../src/ddas/errors.ts';
import { DDAS_PURPOSE, ddasGraph, readByIds, readPages } from '../../src/ddas/graph.ts';
import { answering, rejection } from '../graph/answering.ts';

const URL = 'http://gateway.test/graphql';

async function message(fetch: typeof globalThis.fetch): Promise<string> {
  const error = await rejection(ddasGraph({ gatewayUrl: URL, apiKey: 'msk_k', fetch }).post('{ a }', {}));
  expect(error).toBeInstanceOf(DdasGraphError);
  return (error as Error).message;
}

const erring = (status: number, code: string) =>
  answering(status, { errors: [{ message: 'refused', extensions: { code } }] });

describe('the delivery’s reads through the gateway', () => {
  it('states the delivery’s purpose with every request (BR-DB48)', async () => {
    const sent: RequestInit[] = [];
    await ddasGraph({ gatewayUrl: URL, apiKey: 'msk_k', fetch: answering(200, { data: {} }, sent) }).post(
      '{ a }',
      {},
    );
    expect((sent[0]!.headers as Record<string, string>)['x-mienskip-purpose']).toBe(DDAS_PURPOSE);
  });

  it('names what to fix in the delivery’s words: the key, its scopes, or the gateway’s errors', async () => {
    expect(await message(erring(401, 'UNAUTHENTICATED'))).toMatch(/refused the key: set MIENSKIP_API_KEY/);
    expect(await message(erring(200, 'FORBIDDEN'))).toMatch(
      /lacks a scope the delivery needs \(debt:read, clients:read, personal-data\)/,
    );
    expect(await message(erring(400, 'BAD_REQUEST'))).toMatch(
      /answered with errors \(HTTP 400\); nothing was written/,
    );
  });

  it('reads every page, and each node by id in the ids’ order', async () => {
    const pages = [
      { page: { pageInfo: { hasNextPage: true, endCursor: 'c1' }, edges: [{ node: { id: '1' } }] } },
      { page: { pageInfo: { hasNextPage: false, endCursor: null }, edges: [{ node: { id: '2' } }] } },
    ];
    const sent: RequestInit[] = [];
    let call = 0;
    const fetch: typeof globalThis.fetch = (url, init) =>
      answering(200, { data: pages[call++] }, sent)(url, init);
    const graph = ddasGraph({ gatewayUrl: URL, apiKey: 'msk_k', fetch, pageSize: 1 });
    expect(await readPages(graph, '{ page }', 'cases')).toEqual([{ id: '1' }, { id: '2' }]);
    expect(JSON.parse(String(sent[1]!.body)).variables).toEqual({ first: 1, after: 'c1' });

    const byIds = ddasGraph({
      gatewayUrl: URL,
      apiKey: 'msk_k',
      fetch: answering(200, { data: { n0: { id: 'b' }, n1: { id: 'a' } } }),
    });
    expect(await readByIds(byIds, ['b', 'a'], () => '{ n0 n1 }', 15, 'cases')).toEqual([
      { id: 'b' },
      { id: 'a' },
    ]);
    const missing = ddasGraph({
      gatewayUrl: URL,
      apiKey: 'msk_k',
      fetch: answering(200, { data: { n0: null } }),
    });
    expect(await rejection(readByIds(missing, ['x'], () => '{ n0 }', 15, 'cases'))).toMatchObject({
      message: 'The gateway answered no cases x, listed a moment before; run the delivery again',
    });
  });
});
