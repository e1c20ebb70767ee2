/**
 * The side-by-side of issue 19: the stack's subgraphs once, then Mienskip's gateway (its production
 * configuration: keys, rate limits, signing, access log) and Hive Gateway (`--hive-router-runtime`,
 * default settings, signing the same internal token) over them, interleaved per operation, for a
 * number of rounds; each figure is the median over the rounds. First both gateways must give the
 * same answer to every operation.
 */
import autocannon from 'autocannon';
import { assertSameAnswers } from './answers.ts';
import { settle, statementsSoFar } from './counters.ts';
import { hiveGatewayVersion, startHiveGateway } from './hive/start.ts';
import type { BenchOperation } from './operations.ts';
import { processTreeCpuMs } from './process-cpu.ts';
import {
  GATEWAYS,
  type GatewayName,
  medianFigures,
  type RunFigures,
  ratios,
  sideBySideKey,
  summarise,
} from './side-by-side-figures.ts';
import { printSideBySide } from './side-by-side-table.ts';
import { type BenchGatewayOptions, type BenchStack, startBenchStack } from './stack.ts';

/** Beside the bench stack's ports (4100–4108); not one of the ports fetch refuses (4190 is). */
export const HIVE_PORT = 4120;

export interface SideBySideSettings {
  durationSeconds: number;
  connections: number;
  rounds: number;
  /** Mienskip's gateway's workers and rate-limit store (default: one process, limits in memory). */
  gateway?: BenchGatewayOptions;
  /** Hive Gateway's `--fork` (default: its own default, one process). */
  hiveFork?: number;
}

interface Target {
  name: GatewayName;
  url: string;
  headers: Record<string, string>;
  pid: number;
}

async function ask(target: Target, operation: BenchOperation): Promise<unknown> {
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: JSON.stringify({ query: operation.query, variables: operation.variables }),
  });
  return response.json();
}

/** CPU ms so far of the gateway under test and of every subgraph, by name. */
function cpuSoFar(stack: BenchStack, target: Target): Record<string, number> {
  const subgraphs = Object.keys(stack.subgraphs).map((name) => [name, processTreeCpuMs(stack.pids[name]!)]);
  return { gateway: processTreeCpuMs(target.pid), ...Object.fromEntries(subgraphs) };
}

async function statementsByService(stack: BenchStack): Promise<Record<string, number>> {
  const entries = await Promise.all(
    Object.entries(stack.subgraphs).map(async ([name, base]) => [name, await statementsSoFar(base, name)]),
  );
  return Object.fromEntries(entries);
}

function perRequest(before: Record<string, number>, after: Record<string, number>, requests: number) {
  return Object.fromEntries(
    Object.keys(after).map((name) => [
      name,
      Math.round(((after[name]! - (before[name] ?? 0)) / requests) * 100) / 100,
    ]),
  );
}

async function run(
  stack: BenchStack,
  target: Target,
  operation: BenchOperation,
  settings: SideBySideSettings,
): Promise<RunFigures> {
  // The subgraphs are idle here: the bench settled them after the answer check and after each run.
  const subgraphBases = Object.values(stack.subgraphs);
  const cpuBefore = cpuSoFar(stack, target);
  const statementsBefore = await statementsByService(stack);
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    connections: settings.connections,
    duration: settings.durationSeconds,
    headers: { 'content-type': 'application/json', ...target.headers },
    body: JSON.stringify({ query: operation.query, variables: operation.variables }),
  });
  // What was sent is finished before anything is read: requests in flight at the end count too.
  await settle(subgraphBases);
  const cpuAfter = cpuSoFar(stack, target);
  const statementsAfter = await statementsByService(stack);
  const requests = Math.max(1, result.requests.sent);
  const byService = perRequest(statementsBefore, statementsAfter, requests);
  return {
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99 },
    requests: result.requests.sent,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    cpuMsPerRequest: perRequest(cpuBefore, cpuAfter, requests),
    statementsPerOperation: {
      total: Math.round(Object.values(byService).reduce((a, b) => a + b, 0) * 100) / 100,
      byService,
    },
  };
}

export async function benchSideBySide(operations: readonly BenchOperation[], settings: SideBySideSettings) {
  const started = Date.now();
  const stack = await startBenchStack(0, { ...(settings.gateway && { gateway: settings.gateway }) });
  try {
    const hive = await startHiveGateway(stack.subgraphs, stack.keys, HIVE_PORT, settings.hiveFork);
    try {
      const targets: Record<GatewayName, Target> = {
        mienskip: {
          name: 'mienskip',
          url: stack.gatewayUrl,
          headers: { authorization: `Bearer ${stack.devKey}` },
          pid: stack.pids.gateway!,
        },
        hive: { name: 'hive', url: hive.url, headers: {}, pid: hive.pid },
      };
      const ready = ((Date.now() - started) / 1000).toFixed(1);
      console.log(
        `\nSide by side on ${stack.database} (${sideBySideKey(stack.database, settings)}), Hive Gateway ${hiveGatewayVersion()} --hive-router-runtime: ready in ${ready} s`,
      );
      // Same answers first (and so both warm: query plans, loaders, caches).
      for (const operation of operations) {
        const [mienskip, hiveAnswer] = [
          await ask(targets.mienskip, operation),
          await ask(targets.hive, operation),
        ];
        assertSameAnswers(operation.name, mienskip, hiveAnswer);
      }
      console.log(`  both gateways give the same answers to all ${operations.length} operations`);
      await settle(Object.values(stack.subgraphs));
      const rounds = new Map<string, Record<GatewayName, RunFigures[]>>(
        operations.map((o) => [o.name, { mienskip: [], hive: [] }]),
      );
      for (let round = 0; round < settings.rounds; round++) {
        // Who goes first changes every round, so neither always runs on the other's leftovers.
        const order = round % 2 === 0 ? GATEWAYS : [...GATEWAYS].reverse();
        for (const operation of operations) {
          for (const name of order) {
            const figures = await run(stack, targets[name], operation, settings);
            rounds.get(operation.name)![name].push(figures);
            console.log(
              `  round ${round + 1} ${operation.name.padEnd(28)} ${name.padEnd(8)} ${String(figures.requestsPerSecond).padStart(5)} req/s`,
            );
          }
        }
      }
      const measured = operations.map((operation) => {
        const byGateway = rounds.get(operation.name)!;
        const mienskip = medianFigures(byGateway.mienskip);
        const hiveFigures = medianFigures(byGateway.hive);
        return {
          name: operation.name,
          subgraph: operation.subgraph,
          ...('joins' in operation && { joins: operation.joins }),
          query: operation.query,
          mienskip: { median: mienskip, rounds: byGateway.mienskip },
          hive: { median: hiveFigures, rounds: byGateway.hive },
          ratio: ratios(mienskip, hiveFigures, byGateway),
        };
      });
      const section = {
        measuredAt: new Date().toISOString(),
        database: stack.database,
        key: sideBySideKey(stack.database, settings),
        settings: {
          durationSeconds: settings.durationSeconds,
          connections: settings.connections,
          rounds: settings.rounds,
          mienskipWorkers: settings.gateway?.workers ?? 1,
          mienskipRateLimits: settings.gateway?.redisUrl ? 'redis' : 'memory',
          hiveGateway: hiveGatewayVersion(),
          hiveRuntime: 'hive-router-runtime',
          hiveFork: settings.hiveFork ?? 1,
        },
        note:
          'Both gateways over the same running subgraphs (9 rooms, about 4,100 clients), interleaved per operation, ' +
          'the first gateway alternating per round; each figure is the median over the rounds. ' +
          "Mienskip's gateway in its production configuration (API key, rate limits counted and set high, signed " +
          'subgraph calls, access log); Hive Gateway with its default settings and a fixed municipal caller. ' +
          'CPU ms per request from /proc (utime+stime) of the gateway and of each subgraph process; statements ' +
          "per operation from each subgraph's mienskip_sql_statements_total (the access log's writes land in audit). " +
          'ratio = Mienskip / Hive: requestsPerSecond of the medians, requestsPerSecondPerRound the median of ' +
          "each round's own ratio (the two gateways run one right after the other in a round).",
        operations: measured,
        summary: summarise(measured),
      };
      printSideBySide(section);
      return section;
    } finally {
      await hive.stop();
    }
  } finally {
    await stack.stop();
  }
}
