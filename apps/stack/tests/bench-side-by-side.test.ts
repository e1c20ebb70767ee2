// The side-by-side bench's arithmetic, answer check, supergraph rewrite and CPU reading, without a load.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUBGRAPHS } from '@mienskip/kit/catalogue';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { assertSameAnswers, firstDifference } from '../src/bench/answers.ts';
import { SUPERGRAPH_PATH, supergraphAt } from '../src/bench/hive/supergraph.ts';
import { JOIN_OPERATIONS, OPERATIONS, SIDE_BY_SIDE_OPERATIONS } from '../src/bench/operations.ts';
import { processTreeCpuMs } from '../src/bench/process-cpu.ts';
import {
  median,
  medianFigures,
  type RunFigures,
  ratios,
  sideBySideKey,
  summarise,
} from '../src/bench/side-by-side-figures.ts';
import { sideBySideTable } from '../src/bench/side-by-side-table.ts';

const API_SCHEMA_PATH = join(SUPERGRAPH_PATH, '..', 'api.graphql');

const figures = (requestsPerSecond: number, gatewayCpu: number, statements = 2): RunFigures => ({
  requestsPerSecond,
  latencyMs: { p50: 1000 / requestsPerSecond, p99: 3000 / requestsPerSecond },
  requests: requestsPerSecond * 5,
  errors: 0,
  non2xx: 0,
  cpuMsPerRequest: { gateway: gatewayCpu, locations: 1 },
  statementsPerOperation: { total: statements, byService: { locations: statements } },
});

describe('the side-by-side figures', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(/No values/);
  });

  it('takes each figure’s median over the rounds, and sums failures', () => {
    const rounds = [figures(100, 4), { ...figures(300, 2), errors: 1 }, figures(200, 9, 3)];
    const summed = medianFigures(rounds);
    expect(summed.requestsPerSecond).toBe(200);
    expect(summed.cpuMsPerRequest).toEqual({ gateway: 4, locations: 1 });
    expect(summed.statementsPerOperation).toEqual({ total: 2, byService: { locations: 2 } });
    expect(summed.errors).toBe(1);
  });

  it('gives Mienskip over Hive, their geometric mean and the worst operation', () => {
    const operations = [
      { name: 'a', ratio: ratios(figures(100, 4), figures(400, 1)) },
      { name: 'b', ratio: ratios(figures(100, 4), figures(100, 2)) },
    ];
    expect(operations[0]!.ratio).toMatchObject({ requestsPerSecond: 0.25, gatewayCpuMsPerRequest: 4 });
    expect(summarise(operations).requestsPerSecondRatio).toEqual({
      geometricMean: 0.5,
      worst: { operation: 'a', ratio: 0.25 },
    });
  });

  it('pairs the rounds: the median of each round’s own ratio, free of drift between rounds', () => {
    const mienskip = [figures(1000, 1), figures(500, 1), figures(1100, 1)];
    const hive = [figures(800, 1), figures(400, 1), figures(880, 1)];
    const steady = ratios(medianFigures(mienskip), medianFigures(hive), { mienskip, hive });
    expect(steady).toMatchObject({ requestsPerSecond: 1.25, requestsPerSecondPerRound: 1.25 });
    // Hive's third run fell in a slow moment: its median is that run, set against Mienskip's good one.
    const slowThird = [figures(800, 1), figures(400, 1), figures(600, 1)];
    expect(
      ratios(medianFigures(mienskip), medianFigures(slowThird), { mienskip, hive: slowThird }),
    ).toMatchObject({ requestsPerSecond: 1.67, requestsPerSecondPerRound: 1.25 });
    expect(() => ratios(figures(1, 1), figures(1, 1), { mienskip, hive: hive.slice(1) })).toThrow(
      /every round/,
    );
    expect(summarise([{ name: 'a', ratio: steady }]).requestsPerSecondRatioPerRound).toEqual({
      geometricMean: 1.25,
      worst: { operation: 'a', ratio: 1.25 },
    });
  });

  it('prints a row per operation and the summary', () => {
    const operation = {
      name: 'roomsWithArea',
      mienskip: { median: figures(100, 4) },
      hive: { median: figures(400, 1) },
      ratio: ratios(figures(100, 4), figures(400, 1)),
    };
    const table = sideBySideTable({
      database: 'pglite',
      key: 'pglite',
      operations: [operation],
      summary: summarise([operation]),
    });
    expect(table).toContain('| roomsWithArea | 100 | 400 | 0.25 | 0.25 | 10 / 2.5 |');
    expect(table).toContain(
      'pglite: Mienskip/Hive req/s of the medians, geometric mean 0.25, worst 0.25 (roomsWithArea); per round, geometric mean 0.25, worst 0.25 (roomsWithArea)',
    );
  });

  it('files a run by database and by the gateways’ processes, so other configurations keep theirs', () => {
    expect(sideBySideKey('postgresql', {})).toBe('postgresql');
    expect(sideBySideKey('postgresql', { gateway: { workers: 1 }, hiveFork: 1 })).toBe('postgresql');
    expect(sideBySideKey('postgresql', { gateway: { workers: 2, redisUrl: 'redis://x' }, hiveFork: 2 })).toBe(
      'postgresql+mienskip-2-workers+redis-limits+hive-fork-2',
    );
  });
});

describe('the answer check', () => {
  it('finds the first difference, whatever the key order', () => {
    expect(firstDifference({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBeUndefined();
    expect(firstDifference({ a: [1, { c: 2 }] }, { a: [1, { c: 3 }] })).toBe('$.a[1].c (2 against 3)');
    expect(firstDifference({ a: [1] }, { a: [1, 2] })).toBe('$.a (1 items against 2)');
    expect(firstDifference({ a: 1 }, { a: 1, b: null })).toBe('$.b (present in one answer only)');
  });

  it('refuses errors, a missing answer and different data', () => {
    const answer = { data: { rooms: [{ id: 'r1' }] } };
    expect(() => assertSameAnswers('op', answer, structuredClone(answer))).not.toThrow();
    expect(() => assertSameAnswers('op', answer, { data: { rooms: [] } })).toThrow(
      /differ at \$\.data\.rooms/,
    );
    expect(() => assertSameAnswers('op', answer, { ...answer, errors: [{ message: 'x' }] })).toThrow(
      /Hive's gateway answered/,
    );
    expect(() => assertSameAnswers('op', { data: null }, answer)).toThrow(/Mienskip's gateway answered/);
  });
});

describe('the supergraph Hive Gateway serves', () => {
  it('points every subgraph at the bench’s URL', () => {
    const urls = Object.fromEntries(SUBGRAPHS.map(({ name }, i) => [name, `http://127.0.0.1:${5000 + i}`]));
    const rewritten = supergraphAt(urls);
    for (const [name, base] of Object.entries(urls))
      expect(rewritten).toContain(`@join__graph(name: "${name}", url: "${base}/graphql")`);
    expect(rewritten).not.toMatch(/localhost:40\d\d/);
    // Only the URLs change.
    const original = readFileSync(SUPERGRAPH_PATH, 'utf8');
    expect(rewritten.replace(/url: "[^"]*"/g, '')).toBe(original.replace(/url: "[^"]*"/g, ''));
  });

  it('refuses a supergraph subgraph the bench does not run', () => {
    expect(() => supergraphAt({ locations: 'http://127.0.0.1:1' })).toThrow(/runs no subgraph "audit"/);
  });
});

describe('the mix', () => {
  it('has the single-subgraph operations and the joins, each name once', () => {
    const names = SIDE_BY_SIDE_OPERATIONS.map((o) => o.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual([...OPERATIONS, ...JOIN_OPERATIONS].map((o) => o.name));
    for (const join of JOIN_OPERATIONS) expect(join.joins).not.toContain(join.subgraph);
  });

  it('measures the large presence answer with one client too, and only operations it calls direct', () => {
    // `pnpm bench` measures one client for operations of the single-subgraph mix only (issue 19).
    const singleClient = SIDE_BY_SIDE_OPERATIONS.filter((operation) => operation.singleClient);
    expect(singleClient.map((operation) => operation.name)).toEqual(['presenceSlots']);
    for (const operation of singleClient) expect(OPERATIONS).toContain(operation);
  });

  it('asks only what the public schema has', () => {
    const schema = buildSchema(readFileSync(API_SCHEMA_PATH, 'utf8'));
    for (const operation of SIDE_BY_SIDE_OPERATIONS)
      expect(validate(schema, parse(operation.query)).map((e) => `${operation.name}: ${e.message}`)).toEqual(
        [],
      );
  });
});

describe('CPU time from /proc', () => {
  it('grows with the work a process does', () => {
    // Spin for 150 ms of this process's own CPU (by Node's count, not the wall clock, which a loaded
    // machine stretches); /proc, counted in 10 ms ticks, must see at least 100 of them.
    const before = processTreeCpuMs(process.pid);
    const start = process.cpuUsage();
    const cpuMs = () => {
      const { user, system } = process.cpuUsage(start);
      return (user + system) / 1000;
    };
    let spin = 0;
    while (cpuMs() < 150) spin++;
    expect(spin).toBeGreaterThan(0);
    expect(processTreeCpuMs(process.pid) - before).toBeGreaterThanOrEqual(100);
  });

  it('refuses a process that does not exist', () => {
    expect(() => processTreeCpuMs(2 ** 22 + 1)).toThrow();
  });
});
