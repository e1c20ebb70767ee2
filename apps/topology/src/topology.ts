import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SUBGRAPHS } from '@mienskip/kit/catalogue';
import { generateKeyMaterial, generateServiceKeyMaterial } from '@mienskip/kit/token';
import { STOP_GRACE_MS } from '@mienskip/stack/src/processes.ts';
import { migrateCommand, serviceCommand } from './command.ts';
import { type HostProcess, httpOk, startInHost, waitUntil } from './hosts.ts';
import {
  DATABASE_HOST,
  databasesOn,
  GATEWAY_HOSTS,
  POSTGRES_HOSTS,
  type PostgresHostName,
  planTopology,
  REDIS_HOST,
  type ServicePlan,
  SUBGRAPH_HOSTS,
} from './layout.ts';
import { runPrefix } from './names.ts';
import {
  addHost,
  createNetwork,
  freeSubnet,
  type NetHost,
  type Network,
  removeNetworkObjects,
  setLink,
} from './netns.ts';
import { type PostgresServer, postgresBinDir, startPostgres } from './postgres.ts';
import { type RedisServer, startRedis } from './redis.ts';

export interface TopologyStartOptions {
  /** More variables for both gateways (deadlines, breaker, rate limits). */
  gatewayEnv?: Record<string, string>;
}

/** A service of the graph running on its host, restartable. */
export interface RunningService {
  plan: ServicePlan;
  host: NetHost;
  process: HostProcess;
  /** `http://<host address>:<port>`. */
  baseUrl: string;
}

export interface Topology {
  network: Network;
  hosts: Record<string, NetHost>;
  postgres: Record<PostgresHostName, PostgresServer>;
  redis: RedisServer;
  subgraphs: Record<string, RunningService>;
  gateways: Record<keyof typeof GATEWAY_HOSTS, RunningService>;
  /** The gateway's key store database (shared by both gateways). */
  gatewayDatabaseUrl: string;
  /** Cuts a host off the network or connects it again. */
  setLink(host: string, state: 'up' | 'down'): Promise<void>;
  /** SIGTERM (graceful stop), wait for the exit, start it again on its host and wait until it is ready. */
  restart(service: RunningService): Promise<void>;
  /** The last lines of every running process's log, for a failed scenario's report. */
  logTails(lines?: number): string;
  /** Kills every process and removes namespaces, interfaces and temp dirs; safe to call twice. */
  close(): Promise<void>;
}

/** Minimal environment for services: nothing of the driver's own (its REDIS_URL, DATABASE_URL) leaks in. */
const BASE_ENV = ['PATH', 'HOME', 'TMPDIR', 'NODE_ENV', 'LOG_LEVEL'];

/**
 * Starts the whole topology: namespaces and a bridge; two PostgreSQL servers and Redis; every
 * subgraph on a host of its own; then gateway 1 (which migrates the shared key store) and gateway 2.
 * Anything that fails on the way takes everything started so far down with it.
 */
export async function startTopology(options: TopologyStartOptions = {}): Promise<Topology> {
  const binDir = postgresBinDir();
  if (!binDir) throw new Error('No PostgreSQL server binaries under /usr/lib/postgresql/<version>/bin');
  removeNetworkObjects(); // leftovers of crashed earlier runs
  const prefix = runPrefix();
  removeNetworkObjects(prefix);
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755); // the postgres OS user keeps its data dirs in here
  let closed = false;
  const processes: HostProcess[] = [];
  const close = async () => {
    if (closed) return;
    closed = true;
    await Promise.all(processes.map((process) => process.stop(3_000)));
    removeNetworkObjects(prefix);
  };
  const onExit = () => removeNetworkObjects(prefix);
  process.once('exit', onExit);

  try {
    const network = await createNetwork(prefix, await freeSubnet());
    const layout: Record<string, number> = {
      ...GATEWAY_HOSTS,
      ...SUBGRAPH_HOSTS,
      ...REDIS_HOST,
      ...POSTGRES_HOSTS,
    };
    const hosts: Record<string, NetHost> = {};
    for (const [name, octet] of Object.entries(layout)) hosts[name] = await addHost(network, name, octet);
    const logFile = (host: string, what: string) => join(dir, `${host}.${what}.log`);

    const started = <T extends { process: HostProcess }>(server: T) => {
      processes.push(server.process);
      return server;
    };
    const [pg1, pg2, redis] = await Promise.all([
      ...(['pg1', 'pg2'] as const).map(async (name) =>
        started(
          await startPostgres(hosts[name]!, {
            binDir,
            dataDir: join(dir, `${name}-data`),
            logFile: logFile(name, 'postgres'),
            subnet: network.subnet,
            databases: databasesOn(name),
          }),
        ),
      ),
      startRedis(hosts.redis!, logFile('redis', 'redis')).then(started),
    ]);
    const postgres = { pg1: pg1 as PostgresServer, pg2: pg2 as PostgresServer };

    const plan = planTopology({
      subnet: network.subnet,
      keys: await generateKeyMaterial(),
      serviceKeys: Object.fromEntries(
        await Promise.all(SUBGRAPHS.map(async ({ name }) => [name, await generateServiceKeyMaterial(name)])),
      ),
      redisUrl: (redis as RedisServer).url,
      gatewayEnv: options.gatewayEnv,
      // The sources' real rooms and organisations are all the scenarios ask for; no generated residents.
      subgraphEnv: { MIENSKIP_SEED: 'reference' },
    });
    const baseEnv = Object.fromEntries(
      BASE_ENV.flatMap((name) => (process.env[name] ? [[name, process.env[name]]] : [])),
    );
    const launch = (service: ServicePlan): RunningService => {
      const host = hosts[service.host]!;
      const env = { ...baseEnv, ...service.env, MIENSKIP_STOP_GRACE_MS: String(STOP_GRACE_MS) };
      const running: RunningService = {
        plan: service,
        host,
        process: startInHost(
          host,
          service.service.name,
          serviceCommand(service.service, env),
          logFile(service.host, service.service.name),
        ),
        baseUrl: `http://${host.address}:${service.service.port}`,
      };
      processes.push(running.process);
      return running;
    };
    /** The service's migrate step on its host, as production runs it before the service starts. */
    const migrate = async (service: ServicePlan) => {
      const host = hosts[service.host]!;
      const env = { ...baseEnv, ...service.env };
      const step = startInHost(
        host,
        `${service.service.name} migrate`,
        migrateCommand(service.service, env),
        logFile(service.host, `${service.service.name}.migrate`),
      );
      const code = await new Promise<number | null>((resolve) => step.child.once('exit', resolve));
      if (code !== 0) throw new Error(`${service.service.name}: migrate exited ${code}\n${step.tail()}`);
    };
    const ready = (service: RunningService) =>
      waitUntil(service.process, 'readiness', httpOk(`${service.baseUrl}/ready`), 120_000);

    await Promise.all([...plan.subgraphs, plan.gateways[0]!].map(migrate));
    const subgraphs = Object.fromEntries(
      plan.subgraphs.map((service) => [service.service.name, launch(service)]),
    );
    await Promise.all(Object.values(subgraphs).map(ready));
    // One after the other, on the key store both share.
    const gateways = {} as Topology['gateways'];
    for (const gateway of plan.gateways) {
      const running = launch(gateway);
      await ready(running);
      gateways[gateway.host as keyof typeof GATEWAY_HOSTS] = running;
    }

    return {
      network,
      hosts,
      postgres,
      redis: redis as RedisServer,
      subgraphs,
      gateways,
      gatewayDatabaseUrl: postgres[DATABASE_HOST.gateway!].url('gateway'),
      setLink: (host, state) => setLink(hosts[host]!, state),
      restart: async (service) => {
        await service.process.stop();
        const index = processes.indexOf(service.process);
        const again = launch(service.plan);
        if (index >= 0) processes.splice(index, 1);
        service.process = again.process;
        await ready(service);
      },
      logTails: (lines = 15) =>
        processes
          .map((running) => `--- ${running.label} on ${running.host.name}\n${running.tail(lines)}`)
          .join('\n'),
      close: async () => {
        process.off('exit', onExit);
        await close();
      },
    };
  } catch (error) {
    process.off('exit', onExit);
    await close();
    throw error;
  }
}
