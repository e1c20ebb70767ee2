import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SUBGRAPHS } from '@mienskip/kit/catalogue';
import { createTokenVerifier, REQUEST_ID_HEADER, TOKEN_HEADER } from '@mienskip/kit/token';
import { testKeyMaterial } from '@mienskip/testing';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../src/testing.ts';

// Issue 19: the gateway signs one token per caller and subgraph and reuses it; each subgraph fetch
// carries its request's own id in `x-request-id`. A stand-in for every subgraph keeps both.
const received: { token: string; requestId: string | undefined }[] = [];
let subgraph: Server;
let gateway: TestGateway;

beforeAll(async () => {
  subgraph = createServer((req, res) => {
    if (req.url === '/ready') return void res.writeHead(200).end('{}');
    received.push({
      token: String(req.headers[TOKEN_HEADER]),
      requestId: req.headers[REQUEST_ID_HEADER] as string | undefined,
    });
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { rooms: [] } }));
    });
  });
  await new Promise<void>((resolve) => subgraph.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(subgraph.address() as AddressInfo).port}/graphql`;
  gateway = await startTestGateway(Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, url])));
});
afterAll(async () => {
  await gateway?.close();
  await new Promise((resolve) => subgraph?.close(resolve));
});
beforeEach(() => {
  received.length = 0;
});

async function rooms(headers: Record<string, string> = {}) {
  const response = await gateway.query('{ rooms { id } }', { headers });
  expect(response.body.errors).toBeUndefined();
  return response.headers.get(REQUEST_ID_HEADER);
}

describe('the internal token, shared by a caller’s requests', () => {
  it("is the same for two requests of one key, each fetch carrying its own request's id", async () => {
    const first = await rooms();
    const second = await rooms();
    expect(received).toHaveLength(2);
    expect(received[1]!.token).toBe(received[0]!.token);
    expect(first).not.toBe(second);
    expect(received.map(({ requestId }) => requestId)).toEqual([first, second]);
    expect(decodeJwt(received[0]!.token)).not.toHaveProperty('rid');
  });

  it('gives the subgraph each request id through the verifier, and the token alone is not enough', async () => {
    const id = await rooms({ [REQUEST_ID_HEADER]: 'req-from-the-client' });
    expect(id).toBe('req-from-the-client');
    const verifier = createTokenVerifier((await testKeyMaterial()).publicJwks, 'locations');
    const { token, requestId } = received[0]!;
    await expect(verifier.verify(token, { requestId })).resolves.toMatchObject({
      requestId: 'req-from-the-client',
    });
    await expect(verifier.verify(token)).rejects.toThrow(/x-request-id/);
  });

  it('is another token for another purpose', async () => {
    await rooms({ 'x-mienskip-purpose': 'Herindicatie Wmo' });
    await rooms({ 'x-mienskip-purpose': 'Toeleiding' });
    await rooms({ 'x-mienskip-purpose': 'Herindicatie Wmo' });
    const [a, b, c] = received.map(({ token }) => token);
    expect(b).not.toBe(a);
    expect(c).toBe(a);
  });
});
