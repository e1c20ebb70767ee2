import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SUBGRAPHS } from '@mienskip/kit/catalogue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSTHROUGH_ENV, passthroughCounts } from '../src/single-fetch/passthrough.ts';
import { startTestGateway, type TestGateway } from '../src/testing.ts';
import { metricsOf, sample } from './metrics-text.ts';

// Issue 19: an answer of one subgraph that Apollo's result shaping would not change is passed through
// as the subgraph sent it. Two real gateways over one stand-in for every subgraph, one with the
// passthrough and one without (`MIENSKIP_SINGLE_FETCH_PASSTHROUGH=off`): their answers must be the
// same bytes, and the decision counters say which way each request went.

/** What the stand-in answers next: the whole body, given the subgraph operation it got. */
let answer: (query: string) => unknown = () => ({ data: { rooms: [] } });
let subgraph: Server;
let passing: TestGateway;
let shaping: TestGateway;

beforeAll(async () => {
  subgraph = createServer((req, res) => {
    if (req.url === '/ready') return void res.writeHead(200).end('{}');
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const { query } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer(query)));
    });
  });
  await new Promise<void>((resolve) => subgraph.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(subgraph.address() as AddressInfo).port}/graphql`;
  const urls = Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, url]));
  passing = await startTestGateway(urls);
  process.env[PASSTHROUGH_ENV] = 'off';
  try {
    shaping = await startTestGateway(urls, { keys: passing.keys });
  } finally {
    delete process.env[PASSTHROUGH_ENV];
  }
});
afterAll(async () => {
  await shaping?.close();
  await passing?.close();
  await new Promise((resolve) => subgraph?.close(resolve));
});

async function rawAnswer(gateway: TestGateway, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${passing.municipalKey}` },
    body: JSON.stringify({ query, ...(variables && { variables }) }),
  });
  return { status: response.status, body: await response.text() };
}

/** Both gateways' answer (the same bytes), and which way the passthrough gateway's went (reasons for Apollo's). */
async function bothWays(query: string, variables?: Record<string, unknown>) {
  const before = passthroughCounts();
  const passed = await rawAnswer(passing, query, variables);
  const after = passthroughCounts();
  const shaped = await rawAnswer(shaping, query, variables);
  expect(passthroughCounts()).toEqual(after); // the gateway without passthrough decides nothing
  expect(passed).toEqual(shaped);
  const apollo = Object.fromEntries(
    Object.entries(after.apollo)
      .map(([reason, count]) => [reason, count - (before.apollo[reason] ?? 0)] as const)
      .filter(([, count]) => count > 0),
  );
  return {
    body: JSON.parse(passed.body),
    way: { passthrough: after.passthrough - before.passthrough, apollo },
  };
}

const room = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: `Kamer ${id}`, ...extra });

describe('answers passed through as the subgraph sent them, the same bytes as shaped', () => {
  it('plain fields', async () => {
    answer = () => ({
      data: { rooms: [room('r1', { status: 'PLANNED' }), room('r2', { status: 'IN_NEGOTIATION' })] },
    });
    const result = await bothWays('{ rooms { id name status } }');
    expect(result.way).toEqual({ passthrough: 1, apollo: {} });
    expect(result.body.data.rooms).toHaveLength(2);
  });

  it('aliases', async () => {
    answer = () => ({ data: { kamers: [{ naam: 'Kamer r1', id: 'r1', ook: 'r1' }] } });
    const result = await bothWays('{ kamers: rooms { naam: name id ook: id } }');
    expect(result).toEqual({
      body: { data: { kamers: [{ naam: 'Kamer r1', id: 'r1', ook: 'r1' }] } },
      way: { passthrough: 1, apollo: {} },
    });
  });

  it('nested lists, enums, custom scalars and __typename', async () => {
    const slot = (id: string) => ({
      __typename: 'PresenceSlot',
      id,
      weekday: 'MONDAY',
      from: '09:00',
      to: '12:30',
      receivesVisitors: true,
    });
    answer = () => ({
      data: {
        rooms: [
          { id: 'r1', presence: [slot('p1'), slot('p2')] },
          { id: 'r2', presence: [] },
        ],
      },
    });
    const result = await bothWays(
      '{ rooms { id presence { __typename id weekday from to receivesVisitors } } }',
    );
    expect(result.way).toEqual({ passthrough: 1, apollo: {} });
    expect(result.body.data.rooms[0].presence[1]).toEqual(slot('p2'));
  });

  it('nulls', async () => {
    answer = (query) =>
      query.includes('room(')
        ? { data: { room: null } }
        : { data: { rooms: [room('r1', { statusNote: null, address: null })] } };
    expect((await bothWays('{ rooms { id name statusNote address } }')).way).toEqual({
      passthrough: 1,
      apollo: {},
    });
    expect(await bothWays('{ room(id: "gone") { id name } }')).toEqual({
      body: { data: { room: null } },
      way: { passthrough: 1, apollo: {} },
    });
  });

  it('named and inline fragments, a field selected twice', async () => {
    answer = () => ({
      data: { rooms: [{ id: 'r1', status: 'PLANNED', name: 'Kamer r1', address: 'Wirdumerdijk 1' }] },
    });
    const result = await bothWays(
      `query Rooms { rooms { id ...Status ... on Room { name id } ... { address } } }
       fragment Status on Room { status id }`,
    );
    expect(result.way).toEqual({ passthrough: 1, apollo: {} });
  });

  it('variables', async () => {
    answer = () => ({ data: { rooms: [{ id: 'r1' }] } });
    const query =
      'query Rooms($status: RoomStatus, $areaId: ID) { rooms(status: $status, areaId: $areaId) { id } }';
    expect((await bothWays(query, { status: 'PLANNED', areaId: 'a1' })).way).toEqual({
      passthrough: 1,
      apollo: {},
    });
    expect((await bothWays(query, { status: null })).way).toEqual({ passthrough: 1, apollo: {} });
  });
});

describe("Apollo's shaping, unchanged", () => {
  it('for @skip and @include', async () => {
    answer = () => ({ data: { rooms: [{ id: 'r1', name: 'Kamer r1' }] } });
    const query = 'query Rooms($skip: Boolean!) { rooms { id name @skip(if: $skip) } }';
    const skipped = await bothWays(query, { skip: true });
    expect(skipped).toEqual({
      body: { data: { rooms: [{ id: 'r1' }] } },
      way: { passthrough: 0, apollo: { directive: 1 } },
    });
    expect((await bothWays(query, { skip: false })).way).toEqual({
      passthrough: 0,
      apollo: { directive: 1 },
    });
    // At the root the plan itself is conditional.
    const atRoot = await bothWays('query Rooms($on: Boolean!) { rooms @include(if: $on) { id } }', {
      on: true,
    });
    expect(atRoot.way).toEqual({ passthrough: 0, apollo: { 'not-one-fetch': 1 } });
  });

  it('for plans over more than one subgraph', async () => {
    answer = (query) =>
      query.includes('_entities')
        ? { data: { _entities: [{ name: 'Gemeente Leeuwarden' }] } }
        : { data: { rooms: [{ id: 'r1', organisations: [{ __typename: 'Organisation', id: 'o1' }] }] } };
    const result = await bothWays('{ rooms { id organisations { name } } }');
    expect(result).toEqual({
      body: { data: { rooms: [{ id: 'r1', organisations: [{ name: 'Gemeente Leeuwarden' }] }] } },
      way: { passthrough: 0, apollo: { 'not-one-fetch': 1 } },
    });
  });

  it('for a subgraph answer with errors, shaped and located as before', async () => {
    answer = () => ({
      data: { rooms: [{ id: 'r1', statusNote: null }] },
      errors: [
        { message: 'Note unavailable', path: ['rooms', 0, 'statusNote'], extensions: { code: 'FORBIDDEN' } },
      ],
    });
    const result = await bothWays('{ rooms { id statusNote } }');
    expect(result.way).toEqual({ passthrough: 0, apollo: { 'subgraph-errors': 1 } });
    expect(result.body.data).toEqual({ rooms: [{ id: 'r1', statusNote: null }] });
    expect(result.body.errors).toEqual([
      { message: 'Note unavailable', path: ['rooms', 0, 'statusNote'], extensions: { code: 'FORBIDDEN' } },
    ]);
  });

  it('for a subgraph answer without data', async () => {
    answer = () => ({
      data: null,
      errors: [{ message: 'Locations is down', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
    });
    const result = await bothWays('{ rooms { id } }');
    expect(result.way).toEqual({ passthrough: 0, apollo: { 'subgraph-errors': 1 } });
    expect(result.body.data).toEqual({ rooms: null });
  });

  it('for mutations', async () => {
    answer = () => ({ data: { createRoom: { __typename: 'ValidationError', message: 'No.' } } });
    const result = await bothWays(
      `mutation { createRoom(input: { name: "K", areaId: "a1", buildingType: COMMUNITY_CENTRE }) {
        ... on Error { message } } }`,
    );
    expect(result.way).toEqual({ passthrough: 0, apollo: { 'not-a-query': 1 } });
  });

  it('for answers shaping would change: an unknown enum value, an extra or missing field, another order, null where not allowed', async () => {
    const cases: [string, unknown][] = [
      ['{ rooms { id status } }', { rooms: [{ id: 'r1', status: 'NOT_A_STATUS' }] }],
      ['{ rooms { id } }', { rooms: [{ id: 'r1', secret: 'not asked for' }] }],
      ['{ rooms { id name } }', { rooms: [{ id: 'r1' }] }],
      ['{ rooms { id name } }', { rooms: [{ name: 'Kamer r1', id: 'r1' }] }],
      ['{ rooms { id name } }', { rooms: [{ id: 'r1', name: null }] }],
      ['{ rooms { id version } }', { rooms: [{ id: 'r1', version: 1.5 }] }],
      ['{ rooms { __typename id } }', { rooms: [{ __typename: 'Area', id: 'r1' }] }],
    ];
    for (const [query, data] of cases) {
      answer = () => ({ data });
      expect((await bothWays(query)).way, query).toEqual({
        passthrough: 0,
        apollo: { 'answer-does-not-fit': 1 },
      });
    }
  });
});

describe('mienskip_single_fetch_answers_total', () => {
  it('counts each answer by the way it went, and why it was shaped', async () => {
    const counted = async (labels: Record<string, string>) =>
      sample((await metricsOf(passing.url)).text, 'mienskip_single_fetch_answers_total', labels);
    const passed = { way: 'passthrough', reason: '' };
    const shaped = { way: 'shaped', reason: 'directive' };
    const before = { passed: await counted(passed), shaped: await counted(shaped) };
    answer = () => ({ data: { rooms: [room('r1')] } });
    await rawAnswer(passing, '{ rooms { id name } }');
    await rawAnswer(passing, 'query Rooms($skip: Boolean!) { rooms { id name @skip(if: $skip) } }', {
      skip: true,
    });
    expect(await counted(passed)).toBe(before.passed + 1);
    expect(await counted(shaped)).toBe(before.shaped + 1);
    // The gateway with the passthrough off has no such answers to count.
    expect((await metricsOf(shaping.url)).text).not.toContain('mienskip_single_fetch_answers_total{');
  });
});
