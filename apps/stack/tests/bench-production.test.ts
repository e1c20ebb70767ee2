// The bench measures Mienskip's gateway as it runs in production (issue 19): started by the bench's
// own functions, its requests are counted by the rate limiter (set high, not switched off) and its
// reads of personal data are written to the access log.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { GATEWAY, SUBGRAPHS } from '@mienskip/kit/catalogue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIDE_BY_SIDE_OPERATIONS } from '../src/bench/operations.ts';
import { BENCH_RATE_LIMITS, type BenchStack, benchGatewayEnv, startBenchStack } from '../src/bench/stack.ts';
import { productionArgs } from '../src/production.ts';
import { serviceOf } from '../src/services.ts';

const catalogueEntry = (name: string) => [...SUBGRAPHS, GATEWAY].find((entry) => entry.name === name)!;

let stack: BenchStack;

beforeAll(async () => {
  // Ports of its own (4300–4308): a `pnpm bench` may run at the same time on 4100–4108.
  stack = await startBenchStack(0, { transitionClients: 100, portOffset: 300 });
}, 300_000);

afterAll(async () => {
  await stack?.stop();
}, 60_000);

async function viaGateway(query: string, requestId: string, variables?: Record<string, unknown>) {
  const response = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${stack.devKey}`,
      'x-request-id': requestId,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  return { response, body };
}

describe("the bench's gateway", () => {
  it('sets the rate limits high, never off', () => {
    const env = benchGatewayEnv('msk_bench_x');
    expect(Number(env.MIENSKIP_RATE_LIMIT_REQUESTS_PER_MINUTE)).toBe(BENCH_RATE_LIMITS.requestsPerMinute);
    expect(Number(env.MIENSKIP_RATE_LIMIT_COST_PER_MINUTE)).toBe(BENCH_RATE_LIMITS.costPerMinute);
  });

  it('runs every service from its build, with NODE_ENV=production', () => {
    for (const [name, pid] of Object.entries(stack.pids)) {
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      expect(command.slice(1), name).toEqual(productionArgs(serviceOf(catalogueEntry(name))));
      expect(readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0'), name).toContain('NODE_ENV=production');
    }
  });

  it("counts every operation of the mix against the key's rate limits", async () => {
    const limits: number[] = Object.values(BENCH_RATE_LIMITS);
    const used = new Map<number, number>();
    for (const operation of SIDE_BY_SIDE_OPERATIONS) {
      for (let i = 0; i < 2; i++) {
        const { response, body } = await viaGateway(
          operation.query,
          `bench-limit-${operation.name}-${i}`,
          operation.variables,
        );
        expect(body.errors, operation.name).toBeUndefined();
        const limit = Number(response.headers.get('ratelimit-limit'));
        const remaining = Number(response.headers.get('ratelimit-remaining'));
        expect(limits, operation.name).toContain(limit);
        // The headers describe whichever quota is closest to used up; each of them only grows.
        const nowUsed = limit - remaining;
        expect(nowUsed, operation.name).toBeGreaterThan(used.get(limit) ?? 0);
        used.set(limit, nowUsed);
      }
    }
  }, 120_000);

  it('writes the reads of personal data of its mix to the access log', async () => {
    const page = SIDE_BY_SIDE_OPERATIONS.find((operation) => operation.name === 'clientsPage')!;
    const requestId = `bench-access-${randomUUID()}`;
    const { body } = await viaGateway(page.query, requestId);
    expect(body.errors).toBeUndefined();
    const clients = body.data!.clients as { edges: { node: { id: string; name: string | null } }[] };
    expect(clients.edges).toHaveLength(20);
    const read = clients.edges.find(({ node }) => node.name !== null)!.node;
    const { body: log } = await viaGateway(
      `{ client(id: "${read.id}") { accessLog(first: 100) { edges { node { requestId action fields } } } } }`,
      `bench-access-check-${randomUUID()}`,
    );
    expect(log.errors).toBeUndefined();
    const entries = (
      log.data!.client as { accessLog: { edges: { node: Record<string, unknown> }[] } }
    ).accessLog.edges.map(({ node }) => node);
    expect(entries).toContainEqual({ requestId, action: 'READ', fields: ['name'] });
  }, 60_000);
});
