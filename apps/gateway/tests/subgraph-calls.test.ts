import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { useGatewayOverRecordingSubgraph } from './gateway-over-recording-subgraph.ts';

// A stand-in for every subgraph: answers `{ rooms }` with none (or, while WITHHELD is its answer, as
// a subgraph whose access log could not be written), keeps the tokens it got.
const WITHHELD = {
  data: null,
  errors: [
    {
      message: 'The access log could not be written, so the data is withheld.',
      extensions: { code: 'ACCESS_LOG_UNAVAILABLE' },
    },
  ],
};
const graph = useGatewayOverRecordingSubgraph();
const { received } = graph.subgraph;

async function signedPurpose(purpose?: string): Promise<unknown> {
  received.length = 0;
  const response = await graph.gateway.query('{ rooms { id } }', {
    headers: purpose === undefined ? {} : { 'x-mienskip-purpose': purpose },
  });
  expect(response.body.errors).toBeUndefined();
  expect(received).toHaveLength(1);
  return decodeJwt(received[0]!.token).purpose;
}

describe('the purpose header (x-mienskip-purpose)', () => {
  it('is signed into the internal token, trimmed', async () => {
    expect(await signedPurpose('  Herindicatie Wmo, keukentafelgesprek ')).toBe(
      'Herindicatie Wmo, keukentafelgesprek',
    );
  });

  it('is left out when absent, empty, too long or not printable', async () => {
    expect(await signedPurpose()).toBeUndefined();
    expect(await signedPurpose('   ')).toBeUndefined();
    expect(await signedPurpose('x'.repeat(201))).toBeUndefined();
    expect(await signedPurpose('tab\there')).toBeUndefined();
  });
});

describe('a subgraph whose access log could not be written', () => {
  it('fails the operation with ACCESS_LOG_UNAVAILABLE through the gateway', async () => {
    graph.subgraph.answer = WITHHELD;
    try {
      const { body } = await graph.gateway.query('{ rooms { id } }');
      // The withheld subgraph's fields are null; root fields are nullable (the nullability convention).
      expect(body.data).toEqual({ rooms: null });
      expect(body.errors).toEqual([
        expect.objectContaining({
          message: 'The access log could not be written, so the data is withheld.',
          extensions: { code: 'ACCESS_LOG_UNAVAILABLE' },
        }),
      ]);
    } finally {
      graph.subgraph.answer = undefined;
    }
  });
});
