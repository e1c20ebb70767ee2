import { createRequire } from 'node:module';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  PASSTHROUGH_ENV,
  REVIEWED_GATEWAY_VERSION,
  singleFetchPassthrough,
} from '../src/single-fetch/passthrough.ts';
import { singleFetchOf } from '../src/single-fetch/plan.ts';
import {
  answerFits,
  compileShape,
  type ObjectShape,
  type ShapedOperation,
} from '../src/single-fetch/shape.ts';

// The pure decisions of the single-fetch passthrough (issue 19), on the operations and schema types
// of the gateway's own @apollo/federation-internals, as `computeResponse` gets them.

const gatewayRequire = createRequire(createRequire(import.meta.url).resolve('@apollo/gateway'));
const internals = gatewayRequire('@apollo/federation-internals') as {
  buildSchema(sdl: string): unknown;
  operationFromDocument(schema: unknown, document: unknown): ShapedOperation;
  isValidLeafValue(schema: unknown, value: unknown, type: unknown): boolean;
};
const schema = internals.buildSchema(`
  type Query { rooms: [Room!]! room(id: ID!): Room thing: Thing results: [Result] }
  type Mutation { touch: Room }
  type Room { id: ID! name: String! status: Status count: Int tags: [String!] opens: Time next: Room }
  scalar Time
  enum Status { OPEN CLOSED }
  interface Thing { id: ID! }
  type Widget implements Thing { id: ID! }
  union Result = Room | Widget
`);
const operation = (query: string) => internals.operationFromDocument(schema, parse(query));
const compiled = (query: string) => compileShape(operation(query));
const fits = (query: string, data: unknown) => {
  const result = compiled(query);
  if (!('shape' in result)) throw new Error(`not eligible: ${result.ineligible}`);
  return answerFits(data, result.shape, (value, type) => internals.isValidLeafValue(schema, value, type));
};
/** The response names of a shape, nested, as plain data. */
const names = (shape: ObjectShape): unknown =>
  shape.fields.map((field) => {
    const value = field.value;
    let inner = value;
    while (inner && (inner.kind === 'nonNull' || inner.kind === 'list')) inner = inner.of;
    return inner?.kind === 'object' ? { [field.responseName]: names(inner.shape) } : field.responseName;
  });

describe('singleFetchOf: plans whose result is one fetch merged as is', () => {
  const fetch = { kind: 'Fetch', serviceName: 'locations' };
  it('accepts one root fetch of a query', () => {
    expect(singleFetchOf({ node: fetch }, 'query')).toEqual({ serviceName: 'locations' });
    expect(singleFetchOf({ node: { ...fetch, inputRewrites: [], outputRewrites: [] } }, 'query')).toEqual({
      serviceName: 'locations',
    });
  });
  it('refuses mutations, no plan, sequences, conditions, entity fetches and rewrites', () => {
    expect(singleFetchOf({ node: fetch }, 'mutation')).toEqual({ ineligible: 'not-a-query' });
    expect(singleFetchOf({}, 'query')).toEqual({ ineligible: 'not-one-fetch' });
    for (const kind of ['Sequence', 'Parallel', 'Flatten', 'Condition', 'Defer'])
      expect(singleFetchOf({ node: { kind } }, 'query')).toEqual({ ineligible: 'not-one-fetch' });
    expect(singleFetchOf({ node: { ...fetch, requires: [{}] } }, 'query')).toEqual({
      ineligible: 'requires',
    });
    expect(singleFetchOf({ node: { ...fetch, outputRewrites: [{}] } }, 'query')).toEqual({
      ineligible: 'rewrites',
    });
    expect(singleFetchOf({ node: { ...fetch, inputRewrites: [{}] } }, 'query')).toEqual({
      ineligible: 'rewrites',
    });
    expect(singleFetchOf({ node: { ...fetch, contextRewrites: [{}] } }, 'query')).toEqual({
      ineligible: 'rewrites',
    });
  });
});

describe('compileShape: operations shaping may leave unchanged', () => {
  it('plain fields, aliases, nested objects and __typename, in the order shaping writes them', () => {
    const result = compiled('{ rooms { __typename id naam: name next { id } } room(id: "1") { id } }');
    expect('shape' in result && names(result.shape)).toEqual([
      { rooms: ['__typename', 'id', 'naam', { next: ['id'] }] },
      { room: ['id'] },
    ]);
  });
  it('fragments on the same type are the parent’s fields, merged in order', () => {
    const result = compiled(`{ rooms { id ...F ... on Room { tags next { name } } ... { opens } } }
      fragment F on Room { status next { id } id }`);
    expect('shape' in result && names(result.shape)).toEqual([
      { rooms: ['id', 'status', { next: ['id', 'name'] }, 'tags', 'opens'] },
    ]);
  });
  it('refuses @skip, @include, abstract types, introspection, reserved aliases and mutations', () => {
    const refusals: [string, string][] = [
      ['query ($s: Boolean!) { rooms { id name @skip(if: $s) } }', 'directive'],
      ['{ rooms { id name @include(if: true) } }', 'directive'],
      ['query ($s: Boolean!) { rooms { id ... on Room @skip(if: $s) { name } } }', 'directive'],
      ['query ($s: Boolean!) { rooms { id ...F @skip(if: $s) } } fragment F on Room { name }', 'directive'],
      ['{ thing { id } }', 'abstract-type'],
      ['{ results { ... on Room { id } } }', 'abstract-type'],
      ['{ __schema { queryType { name } } }', 'introspection'],
      ['{ __type(name: "Room") { name } }', 'introspection'],
      ['{ rooms { __typename: id } }', 'reserved-alias'],
      ['{ rooms { __kind: __typename } }', 'reserved-alias'],
      ['mutation { touch { id } }', 'not-a-query'],
    ];
    for (const [query, reason] of refusals) expect(compiled(query), query).toEqual({ ineligible: reason });
  });
});

describe('answerFits: answers shaping gives back unchanged', () => {
  const query = '{ rooms { __typename id name status count tags opens next { id } } }';
  const room = (extra: Record<string, unknown> = {}) => ({
    __typename: 'Room',
    id: 'r1',
    name: 'Kamer',
    status: 'OPEN',
    count: 3,
    tags: ['a'],
    opens: { any: 'custom scalar value' },
    next: null,
    ...extra,
  });
  it('accepts exactly the shape, with nulls where allowed', () => {
    expect(
      fits(query, { rooms: [room(), room({ status: null, count: null, tags: null, next: { id: 'r2' } })] }),
    ).toBe(true);
    expect(fits(query, { rooms: [] })).toBe(true);
    expect(fits('{ room(id: "x") { id } }', { room: null })).toBe(true);
  });
  it('refuses anything shaping would change', () => {
    const { name: _name, ...withoutName } = room();
    const refused: unknown[] = [
      { rooms: [room({ extra: 1 })] },
      { rooms: [withoutName] },
      { rooms: [{ ...withoutName, name: 'Kamer' }] }, // name last
      { rooms: [room({ name: null })] },
      { rooms: [room({ status: 'GONE' })] },
      { rooms: [room({ count: 1.5 })] },
      { rooms: [room({ count: '3' })] },
      { rooms: [room({ tags: 'a' })] },
      { rooms: [room({ tags: [null] })] },
      { rooms: [room({ __typename: 'Widget' })] },
      { rooms: [room({ next: [] })] },
      { rooms: [room({ next: {} })] },
      { rooms: null },
      { rooms: {} },
      {},
      { rooms: [], more: [] },
      null,
    ];
    for (const data of refused) expect(fits(query, data), JSON.stringify(data)).toBe(false);
  });
});

describe('the reviewed @apollo/gateway', () => {
  it('is the installed one: another needs its computeResponse read again before the passthrough is on', () => {
    expect((gatewayRequire('../package.json') as { version: string }).version).toBe(REVIEWED_GATEWAY_VERSION);
  });

  it('is on unless MIENSKIP_SINGLE_FETCH_PASSTHROUGH=off, and says which', () => {
    expect(singleFetchPassthrough({}).state).toBe('on');
    const off = singleFetchPassthrough({ [PASSTHROUGH_ENV]: 'off' });
    expect(off.state).toBe('off');
    expect(off.didResolveQueryPlan).toBeUndefined();
  });
});
