import { ACCESS_LOG_URL_ENV } from '@mienskip/kit/access-log';
import { SUBGRAPHS, subgraphUrlEnv } from '@mienskip/kit/catalogue';
import { generateKeyMaterial, generateServiceKeyMaterial, PRIVATE_KEY_ENV } from '@mienskip/kit/token';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_HOST, planTopology, SUBGRAPH_HOSTS, type TopologyPlan } from '../src/layout.ts';

// The topology's plan is pure: it runs without root or namespaces, wherever the suite runs.

describe('planTopology', () => {
  let plan: TopologyPlan;
  beforeAll(async () => {
    plan = planTopology({
      subnet: '10.213.9',
      keys: await generateKeyMaterial(),
      serviceKeys: Object.fromEntries(
        await Promise.all(SUBGRAPHS.map(async ({ name }) => [name, await generateServiceKeyMaterial(name)])),
      ),
      redisUrl: 'redis://10.213.9.31:6379',
      gatewayEnv: { MIENSKIP_RATE_LIMIT_REQUESTS_PER_MINUTE: '300' },
    });
  });

  it('puts every subgraph on its own host address, and points it at the others by theirs', () => {
    expect(plan.subgraphs.map((s) => s.service.name).sort()).toEqual(SUBGRAPHS.map((s) => s.name).sort());
    for (const { service, env } of plan.subgraphs) {
      expect(env.HOST).toBe(`10.213.9.${SUBGRAPH_HOSTS[service.name as keyof typeof SUBGRAPH_HOSTS]}`);
      expect(env[ACCESS_LOG_URL_ENV]).toBe('http://10.213.9.26:4008/entries');
      for (const other of SUBGRAPHS.filter((o) => o.name !== service.name))
        expect(env[subgraphUrlEnv(other.name)]).toBe(
          `http://10.213.9.${SUBGRAPH_HOSTS[other.name]}:${other.port}/graphql`,
        );
    }
  });

  it('gives both gateways their own address and the same subgraphs, key store, signing key and Redis', () => {
    const [one, two] = plan.gateways as [TopologyPlan['gateways'][0], TopologyPlan['gateways'][0]];
    expect([one.env.HOST, two.env.HOST]).toEqual(['10.213.9.11', '10.213.9.12']);
    for (const name of [
      'DATABASE_URL',
      'REDIS_URL',
      PRIVATE_KEY_ENV,
      'MIENSKIP_RATE_LIMIT_REQUESTS_PER_MINUTE',
      ...SUBGRAPHS.map((s) => subgraphUrlEnv(s.name)),
    ])
      expect(two.env[name], name).toBe(one.env[name]);
    expect(one.env.REDIS_URL).toBe('redis://10.213.9.31:6379');
    expect(one.env[subgraphUrlEnv('debt')]).toBe('http://10.213.9.25:4005/graphql');
  });

  it('spreads one database per service over two PostgreSQL hosts', () => {
    const urls = [...plan.subgraphs, ...plan.gateways].map(({ service, env }) => [
      service.name,
      env.DATABASE_URL,
    ]);
    for (const [name, url] of urls)
      expect(url).toMatch(new RegExp(`^postgres://postgres@10\\.213\\.9\\.4[12]:5432/${name}$`));
    expect(new Set(Object.values(DATABASE_HOST))).toEqual(new Set(['pg1', 'pg2']));
  });

  it('refuses a plan that would reach another host by a loopback address', async () => {
    await expect(async () =>
      planTopology({
        subnet: '10.213.9',
        keys: await generateKeyMaterial(),
        serviceKeys: {},
        redisUrl: 'redis://127.0.0.1:6379',
      }),
    ).rejects.toThrow(/REDIS_URL points at a loopback address/);
  });
});
