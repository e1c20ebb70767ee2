import { ACCESS_LOG_URL_ENV } from '@mienskip/kit/access-log';
import {
  ACCESS_LOG_SERVICE,
  GATEWAY,
  SUBGRAPHS,
  type SubgraphName,
  subgraphUrlEnv,
} from '@mienskip/kit/catalogue';
import type { KeyMaterial } from '@mienskip/kit/token';
import { type Env, planStack } from '@mienskip/stack/src/plan.ts';
import type { Service } from '@mienskip/stack/src/services.ts';
import { POSTGRES_PORT } from './postgres.ts';

/**
 * The machines of the topology and the last octet of each one's address. One host per subgraph,
 * so that any one of them can be cut off alone; two PostgreSQL servers with the databases spread
 * over them; one Redis that both gateways count rate limits in.
 */
export const GATEWAY_HOSTS = { gw1: 11, gw2: 12 } as const;
export const SUBGRAPH_HOSTS: Record<SubgraphName, number> = {
  clients: 21,
  budget: 22,
  locations: 23,
  youth: 24,
  debt: 25,
  audit: 26,
};
export const REDIS_HOST = { redis: 31 } as const;
export const POSTGRES_HOSTS = { pg1: 41, pg2: 42 } as const;
export type PostgresHostName = keyof typeof POSTGRES_HOSTS;

/** Which PostgreSQL server holds each service's database (named after the service). */
export const DATABASE_HOST: Record<string, PostgresHostName> = {
  [GATEWAY.name]: 'pg1',
  clients: 'pg1',
  budget: 'pg1',
  locations: 'pg2',
  youth: 'pg2',
  debt: 'pg2',
  audit: 'pg2',
};

export function databasesOn(server: PostgresHostName): string[] {
  return Object.keys(DATABASE_HOST).filter((name) => DATABASE_HOST[name] === server);
}

export interface ServicePlan {
  service: Service;
  /** The host it runs on (a key of SUBGRAPH_HOSTS or GATEWAY_HOSTS). */
  host: string;
  env: Env;
}

export interface TopologyPlan {
  subgraphs: ServicePlan[];
  gateways: ServicePlan[];
}

export interface TopologyOptions {
  subnet: string;
  keys: KeyMaterial;
  serviceKeys: Record<string, KeyMaterial>;
  redisUrl: string;
  /** More variables for both gateways (deadlines, breaker, rate limits). */
  gatewayEnv?: Env;
  /** More variables for every subgraph. */
  subgraphEnv?: Env;
}

/**
 * Every service's environment on the topology: `planStack`'s (keys, access log, look-ups) with
 * every address replaced by the owning host's, each service listening on its own host's address,
 * each database on its PostgreSQL host. Pure. Throws when a loopback address is left anywhere:
 * across hosts, 127.0.0.1 is always the wrong machine.
 */
export function planTopology(options: TopologyOptions): TopologyPlan {
  const address = (octet: number) => `${options.subnet}.${octet}`;
  const subgraphAddress = (name: string) => address(SUBGRAPH_HOSTS[name as SubgraphName]);
  const plan = planStack(SUBGRAPHS, {
    keys: options.keys,
    serviceKeys: options.serviceKeys,
    database: (name) => ({
      DATABASE_URL: `postgres://postgres@${address(POSTGRES_HOSTS[DATABASE_HOST[name]!])}:${POSTGRES_PORT}/${name}`,
    }),
    subgraphEnv: options.subgraphEnv,
    gatewayEnv: { ...options.gatewayEnv, REDIS_URL: options.redisUrl },
  });
  const subgraphUrls = Object.fromEntries(
    plan.processes
      .filter((process) => process !== plan.gateway)
      .map(({ service }) => [
        subgraphUrlEnv(service.name),
        `http://${subgraphAddress(service.name)}:${service.port}/graphql`,
      ]),
  );
  const accessLogPort = plan.processes.find(({ service }) => service.name === ACCESS_LOG_SERVICE)!.service
    .port;
  const subgraphs = plan.processes
    .filter((process) => process !== plan.gateway)
    .map(({ service, env }): ServicePlan => {
      const lookups = Object.fromEntries(
        Object.entries(subgraphUrls).filter(([name]) => name in env && name !== subgraphUrlEnv(service.name)),
      );
      return {
        service,
        host: service.name,
        env: checked({
          ...env,
          ...lookups,
          [ACCESS_LOG_URL_ENV]: `http://${subgraphAddress(ACCESS_LOG_SERVICE)}:${accessLogPort}/entries`,
          HOST: subgraphAddress(service.name),
          PORT: String(service.port),
        }),
      };
    });
  const gateways = Object.entries(GATEWAY_HOSTS).map(
    ([host, octet]): ServicePlan => ({
      service: plan.gateway.service,
      host,
      env: checked({
        ...plan.gateway.env,
        ...subgraphUrls,
        HOST: address(octet),
        PORT: String(plan.gateway.service.port),
      }),
    }),
  );
  return { subgraphs, gateways };
}

function checked(env: Env): Env {
  for (const [name, value] of Object.entries(env))
    if (value && /127\.0\.0\.1|localhost|::1/.test(value))
      throw new Error(`${name} points at a loopback address on the topology: ${value}`);
  return env;
}
