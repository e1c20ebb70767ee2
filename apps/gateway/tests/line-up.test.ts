import { beforeEach, describe, expect, it } from 'vitest';
import { LineUp, lineUpKey } from '../src/line-up.ts';
import { useGatewayOverRecordingSubgraph } from './gateway-over-recording-subgraph.ts';

// Issue 19: identical requests that arrive together wait behind the first until it executes, so
// that its subgraph fetch goes out before their checks run. Only the order may change: a request
// behind a first that never executes must still be answered.

describe('LineUp', () => {
  it('lets the first of a key go at once and keeps an identical one until the first is released', async () => {
    const lineUp = new LineUp();
    const first = lineUp.enter('k');
    const second = lineUp.enter('k');
    const other = lineUp.enter('other');
    expect('release' in first && 'behind' in second && 'release' in other).toBe(true);
    let passed = false;
    if ('behind' in second) void second.behind.then(() => (passed = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(passed).toBe(false);
    if ('release' in first) first.release();
    await new Promise((resolve) => setImmediate(resolve));
    expect(passed).toBe(true);
    // Released: the next identical request is a first again; a second release changes nothing.
    expect('release' in lineUp.enter('k')).toBe(true);
    if ('release' in first) first.release();
    expect(lineUp.size).toBe(2);
  });
});

describe('lineUpKey', () => {
  const body = { query: '{ rooms { id } }', variables: { a: 1 } };
  it('is the same for the same authorization, purpose, operation and variables', () => {
    expect(lineUpKey({ authorization: 'Bearer a' }, body)).toBe(
      lineUpKey({ authorization: 'Bearer a' }, { ...body }),
    );
  });

  it('differs by key, purpose, text or variables, and is none without a text', () => {
    const key = lineUpKey({ authorization: 'Bearer a' }, body);
    for (const other of [
      lineUpKey({ authorization: 'Bearer b' }, body),
      lineUpKey({ authorization: 'Bearer a', purpose: 'review' }, body),
      lineUpKey({ authorization: 'Bearer a' }, { ...body, query: '{ rooms { name } }' }),
      lineUpKey({ authorization: 'Bearer a' }, { ...body, variables: { a: 2 } }),
    ])
      expect(other).not.toBe(key);
    expect(lineUpKey({}, undefined)).toBeUndefined();
    expect(lineUpKey({}, { documentId: 'x' })).toBeUndefined();
  });
});

describe('identical requests through the gateway', () => {
  const graph = useGatewayOverRecordingSubgraph();
  beforeEach(() => {
    graph.subgraph.received.length = 0;
  });

  it('behind a first that fails validation and never executes: each is answered', async () => {
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => graph.gateway.query('{ rooms { noSuchField } }')),
    );
    for (const { body } of responses)
      expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(graph.subgraph.received).toHaveLength(0);
  });

  it('behind a first whose key is refused: each is answered 401', async () => {
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => graph.gateway.query('{ rooms { id } }', { key: 'msk_no_such_key' })),
    );
    expect(responses.map(({ status }) => status)).toEqual([401, 401, 401, 401, 401]);
  });

  it('behind a first that executes: each answered (the fetches they share: shared-fetches.test.ts)', async () => {
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => graph.gateway.query('{ rooms { id name } }')),
    );
    for (const { body } of responses) expect(body).toEqual({ data: { rooms: [] } });
  });
});
