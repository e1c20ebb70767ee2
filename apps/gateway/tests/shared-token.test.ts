import { createTokenVerifier, REQUEST_ID_HEADER } from '@mienskip/kit/token';
import { testKeyMaterial } from '@mienskip/testing';
import { decodeJwt } from 'jose';
import { beforeEach, describe, expect, it } from 'vitest';
import { useGatewayOverRecordingSubgraph } from './gateway-over-recording-subgraph.ts';

// Issue 19: the gateway signs one token per caller and subgraph and reuses it; each subgraph fetch
// carries its request's own id in `x-request-id`. A stand-in for every subgraph keeps both.
const graph = useGatewayOverRecordingSubgraph();
const { received } = graph.subgraph;
beforeEach(() => {
  received.length = 0;
});

async function rooms(headers: Record<string, string> = {}) {
  const response = await graph.gateway.query('{ rooms { id } }', { headers });
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
