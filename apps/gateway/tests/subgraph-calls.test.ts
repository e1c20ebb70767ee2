import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SUBGRAPHS } from '@mienskip/kit/catalogue';
import { TOKEN_HEADER } from '@mienskip/kit/token';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../src/testing.ts';

// A stand-in for every subgraph: ready, answers `{ rooms }` with none (or, while `withhold`, as a
// subgraph whose access log could not be written), keeps the tokens it got.
const WITHHELD = {
  data: null,
  errors: [
    {
      message: 'The access log could not be written, so the data is withheld.',
      extensions: { code: 'ACCESS_LOG_UNAVAILABLE' },
    },
  ],
};
const tokens: string[] = [];
let withhold = false;
let subgraph: Server;
let gateway: TestGateway;

beforeAll(async () => {
  subgraph = createServer((req, res) => {
    if (req.url === '/ready') return void res.writeHead(200).end('{}');
    tokens.push(String(req.headers[TOKEN_HEADER]));
    req.resume();
    req.on('end', () => {
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify(withhold ? WITHHELD : { data: { rooms: [] } }));
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

async function signedPurpose(purpose?: string): Promise<unknown> {
  tokens.length = 0;
  const response = await gateway.query('{ rooms { id } }', {
    headers: purpose === undefined ? {} : { 'x-mienskip-purpose': purpose },
  });
  expect(response.body.errors).toBeUndefined();
  expect(tokens).toHaveLength(1);
  return decodeJwt(tokens[0]!).purpose;
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
    withhold = true;
    try {
      const { body } = await gateway.query('{ rooms { id } }');
      // The withheld subgraph's fields are null; root fields are nullable (the nullability convention).
      expect(body.data).toEqual({ rooms: null });
      expect(body.errors).toEqual([
        expect.objectContaining({
          message: 'The access log could not be written, so the data is withheld.',
          extensions: { code: 'ACCESS_LOG_UNAVAILABLE' },
        }),
      ]);
    } finally {
      withhold = false;
    }
  });
});
