/**
 * `pnpm bench`: starts the stack at 9 rooms / 13 organisations and with 900 more of each (and twelve
 * months of realisation per generated organisation) and, for each operation of the fixed mix,
 * measures SQL statements per operation (counted at the database driver of the answering subgraph,
 * read from its /metrics) and throughput and latency with autocannon, through the gateway and
 * straight to the subgraph with a valid internal token; a large answer (`singleClient` in the mix)
 * also with one connection at the large scale, with its size (`singleClient` in its figures).
 * Writes bench/results.json.
 *
 * BENCH_DURATION (seconds per run, default 10), BENCH_CONNECTIONS (default 10),
 * BENCH_DATABASE_URL (a PostgreSQL server; PGlite otherwise), BENCH_OPERATIONS (names, comma
 * separated: only these operations, their figures merged into the existing bench/results.json, each
 * with its own `measuredAt`; the others' figures are kept as they were; `report` names the council
 * report's timing at the default and ten times the clients, measured after the mix; the names of
 * the side-by-side's joins choose its operations), BENCH_SIDE_BY_SIDE (`only`: only the side-by-side
 * of Mienskip's gateway and Hive Gateway, written into the existing results; `skip`: without it;
 * otherwise it runs last), BENCH_ROUNDS (the side-by-side's interleaved rounds, default 3),
 * BENCH_GATEWAY_WORKERS (the side-by-side's Mienskip gateway workers, default 1; more need
 * BENCH_DATABASE_URL and BENCH_REDIS_URL), BENCH_REDIS_URL (its rate limits in this Redis; in memory
 * otherwise), BENCH_HIVE_FORK (Hive Gateway's `--fork`; its default, one process, otherwise).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { SCOPES } from '@mienskip/kit/scopes';
import { createTokenSigner, REQUEST_ID_HEADER, TOKEN_HEADER } from '@mienskip/kit/token';
import autocannon from 'autocannon';
import { REPO_ROOT } from '../services.ts';
import { settle, statementsSoFar } from './counters.ts';
import { type BenchOperation, OPERATIONS, SIDE_BY_SIDE_OPERATIONS } from './operations.ts';
import { benchReport } from './report.ts';
import { benchSideBySide } from './side-by-side.ts';
import { type BenchStack, startBenchStack } from './stack.ts';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SCALES = [0, 900];
const STATEMENT_SAMPLES = 10;
const ONLY = process.env.BENCH_OPERATIONS?.split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const REPORT = 'report';
const unknown = (ONLY ?? []).filter(
  (name) => name !== REPORT && !SIDE_BY_SIDE_OPERATIONS.some((operation) => operation.name === name),
);
if (unknown.length > 0)
  throw new Error(
    `BENCH_OPERATIONS names no operation of the mix: ${unknown.join(', ')} (${[...SIDE_BY_SIDE_OPERATIONS.map((o) => o.name), REPORT].join(', ')})`,
  );
const SIDE_BY_SIDE = process.env.BENCH_SIDE_BY_SIDE ?? 'after';
if (!['only', 'skip', 'after'].includes(SIDE_BY_SIDE))
  throw new Error(`BENCH_SIDE_BY_SIDE is "only", "skip" or unset, not "${SIDE_BY_SIDE}"`);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) throw new Error('BENCH_ROUNDS must be a positive integer');
const positive = (name: string): number | undefined => {
  const value = process.env[name];
  if (value === undefined || value === '') return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`${name} must be a positive integer`);
  return number;
};
const GATEWAY_WORKERS = positive('BENCH_GATEWAY_WORKERS') ?? 1;
if (GATEWAY_WORKERS > 1 && !(process.env.BENCH_DATABASE_URL && process.env.BENCH_REDIS_URL))
  throw new Error(
    'BENCH_GATEWAY_WORKERS above 1 needs BENCH_DATABASE_URL and BENCH_REDIS_URL, as the gateway does',
  );
const HIVE_FORK = positive('BENCH_HIVE_FORK');
const chosen = <T extends { name: string }>(operations: readonly T[]) =>
  ONLY ? operations.filter((operation) => ONLY.includes(operation.name)) : operations;
const MEASURED = SIDE_BY_SIDE === 'only' ? [] : chosen(OPERATIONS);
const SIDE_BY_SIDE_MEASURED = SIDE_BY_SIDE === 'skip' ? [] : chosen(SIDE_BY_SIDE_OPERATIONS);

interface Load {
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number };
  errors: number;
  non2xx: number;
}

const statementsOf = (stack: BenchStack, subgraph: string) =>
  statementsSoFar(stack.subgraphs[subgraph]!, subgraph);
const settleStack = (stack: BenchStack) => settle(Object.values(stack.subgraphs));

/** Sends the operation once; the size of its answer in bytes. */
async function send(
  url: string,
  headers: Record<string, string>,
  operation: BenchOperation,
): Promise<number> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: operation.query, variables: operation.variables }),
  });
  const text = await response.text();
  const body = JSON.parse(text) as { errors?: unknown[] };
  if (!response.ok || body.errors) throw new Error(`${operation.name} failed: ${text.slice(0, 300)}`);
  return Buffer.byteLength(text);
}

async function load(
  url: string,
  headers: Record<string, string>,
  operation: BenchOperation,
  connections = CONNECTIONS,
): Promise<Load> {
  const result = await autocannon({
    url,
    method: 'POST',
    connections,
    duration: DURATION,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: operation.query, variables: operation.variables }),
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99 },
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Signed as the gateway signs for the development key; fresh for every run (tokens live 30 s). */
async function directHeaders(stack: BenchStack, subgraph: string): Promise<Record<string, string>> {
  const signer = await createTokenSigner(stack.keys.privateJwk);
  const caller = {
    keyId: 'bench',
    organisationId: 'org-gemeente-leeuwarden',
    organisationKind: 'MUNICIPALITY' as const,
    scopes: new Set(SCOPES),
    requestId: 'bench',
  };
  // The token names no request (issue 19): its id travels beside it, as the gateway sends it.
  return { [TOKEN_HEADER]: await signer.sign(caller, subgraph), [REQUEST_ID_HEADER]: caller.requestId };
}

/** A large answer as one user waits for it: one connection, through the gateway and direct. */
async function measureSingleClient(
  stack: BenchStack,
  operation: BenchOperation,
  viaGateway: Record<string, string>,
) {
  const answerBytes = await send(stack.gatewayUrl, viaGateway, operation);
  await settleStack(stack);
  const gateway = await load(stack.gatewayUrl, viaGateway, operation, 1);
  await settleStack(stack);
  const directUrl = `${stack.subgraphs[operation.subgraph]}/graphql`;
  const direct = await load(directUrl, await directHeaders(stack, operation.subgraph), operation, 1);
  console.log(
    `  ${''.padEnd(18)} one client, ${answerBytes} bytes | gateway p50 ${gateway.latencyMs.p50} ms p99 ${gateway.latencyMs.p99} ms | ` +
      `direct p50 ${direct.latencyMs.p50} ms p99 ${direct.latencyMs.p99} ms`,
  );
  return { connections: 1, answerBytes, gateway, direct };
}

async function measureScale(generated: number) {
  const started = Date.now();
  const stack = await startBenchStack(generated);
  const ready = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `\n${9 + generated} rooms, ${13 + generated} organisations on ${stack.database}: ready in ${ready} s`,
  );
  const viaGateway = { authorization: `Bearer ${stack.devKey}` };
  try {
    const operations = [];
    for (const operation of MEASURED) {
      await settleStack(stack);
      await send(stack.gatewayUrl, viaGateway, operation); // warm: query plan, loaders, caches
      const before = await statementsOf(stack, operation.subgraph);
      for (let i = 0; i < STATEMENT_SAMPLES; i++) await send(stack.gatewayUrl, viaGateway, operation);
      const statementsPerOperation =
        ((await statementsOf(stack, operation.subgraph)) - before) / STATEMENT_SAMPLES;
      const gateway = await load(stack.gatewayUrl, viaGateway, operation);
      await settleStack(stack);
      const directUrl = `${stack.subgraphs[operation.subgraph]}/graphql`;
      const direct = await load(directUrl, await directHeaders(stack, operation.subgraph), operation);
      console.log(
        `  ${operation.name.padEnd(18)} ${String(statementsPerOperation).padStart(4)} statements/op | ` +
          `gateway ${gateway.requestsPerSecond} req/s p50 ${gateway.latencyMs.p50} ms p99 ${gateway.latencyMs.p99} ms | ` +
          `direct ${direct.requestsPerSecond} req/s p50 ${direct.latencyMs.p50} ms p99 ${direct.latencyMs.p99} ms`,
      );
      const singleClient =
        operation.singleClient && generated > 0
          ? await measureSingleClient(stack, operation, viaGateway)
          : undefined;
      operations.push({
        name: operation.name,
        subgraph: operation.subgraph,
        query: operation.query,
        statementsPerOperation,
        gateway,
        direct,
        ...(singleClient && { singleClient }),
        ...(ONLY && { measuredAt: new Date().toISOString() }),
      });
    }
    return {
      rooms: 9 + generated,
      organisations: 13 + generated,
      realisationEntries: 48 + 12 * generated,
      database: stack.database,
      operations,
    };
  } finally {
    await stack.stop();
  }
}

const file = join(REPO_ROOT, 'bench', 'results.json');

if (SIDE_BY_SIDE === 'only') {
  // Only the side-by-side: every other figure of bench/results.json stays as it was.
  if (!existsSync(file)) throw new Error(`BENCH_SIDE_BY_SIDE=only writes into ${file}, which does not exist`);
  const earlier = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const sideBySide = withSideBySide(await measureSideBySide());
  writeFileSync(file, `${JSON.stringify({ ...earlier, sideBySide }, null, 2)}\n`);
  console.log(`\nWrote the side-by-side into ${file}`);
  process.exit(0);
}

type SideBySide = NonNullable<Awaited<ReturnType<typeof measureSideBySide>>>;

/** The side-by-side by database and configuration (`sideBySideKey`): a run keeps the figures of the others. */
function withSideBySide(fresh: SideBySide | undefined): Record<string, SideBySide> | undefined {
  const earlier = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { sideBySide?: Record<string, SideBySide> }).sideBySide
    : undefined;
  if (!fresh) return earlier;
  return { ...earlier, [fresh.key]: fresh };
}

async function measureSideBySide() {
  if (SIDE_BY_SIDE_MEASURED.length === 0) return undefined;
  return benchSideBySide(SIDE_BY_SIDE_MEASURED, {
    durationSeconds: DURATION,
    connections: CONNECTIONS,
    rounds: ROUNDS,
    gateway: {
      ...(GATEWAY_WORKERS > 1 && { workers: GATEWAY_WORKERS }),
      ...(process.env.BENCH_REDIS_URL && { redisUrl: process.env.BENCH_REDIS_URL }),
    },
    ...(HIVE_FORK && { hiveFork: HIVE_FORK }),
  });
}

const scales: Awaited<ReturnType<typeof measureScale>>[] = [];
if (MEASURED.length > 0) for (const generated of SCALES) scales.push(await measureScale(generated));
const report = !ONLY || ONLY.includes(REPORT) ? await benchReport() : undefined;
const sideBySide = withSideBySide(await measureSideBySide());

type Scale = (typeof scales)[number];

/** With BENCH_OPERATIONS: the earlier results, with the figures of the operations measured now in place. */
type Report = Awaited<ReturnType<typeof benchReport>>;
function merged(now: Scale[]): {
  generatedAt?: string;
  scales: Scale[];
  report?: Report;
} {
  if (!existsSync(file)) throw new Error(`BENCH_OPERATIONS merges into ${file}, which does not exist`);
  const earlier = JSON.parse(readFileSync(file, 'utf8')) as {
    generatedAt: string;
    scales: Scale[];
    report?: Report;
  };
  return {
    generatedAt: earlier.generatedAt,
    report: earlier.report,
    scales: earlier.scales.map((scale) => {
      const fresh = now.find((s) => s.rooms === scale.rooms);
      if (!fresh) return scale;
      const kept = scale.operations.filter((o) => !fresh.operations.some((f) => f.name === o.name));
      const operations = OPERATIONS.flatMap(
        (operation) =>
          [...kept, ...fresh.operations].filter((o) => o.name === operation.name) as Scale['operations'],
      );
      return { ...scale, operations };
    }),
  };
}

const written = ONLY ? merged(scales) : { scales };
const present = (name: string) => written.scales.every((s) => s.operations.some((o) => o.name === name));
const statementsConstant = OPERATIONS.filter((operation) => present(operation.name)).every(
  (operation) =>
    new Set(
      written.scales.map((s) => s.operations.find((o) => o.name === operation.name)!.statementsPerOperation),
    ).size === 1,
);
const results = {
  generatedAt: written.generatedAt ?? new Date().toISOString(),
  ...(ONLY && { updatedAt: new Date().toISOString(), updatedOperations: ONLY }),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, node: process.version },
  settings: { durationSeconds: DURATION, connections: CONNECTIONS, statementSamples: STATEMENT_SAMPLES },
  note:
    'Statements per operation are counted at the database driver of the subgraph that answers the operation (/metrics), ' +
    'over sequential requests through the gateway. "direct" calls that subgraph with a valid internal token, bypassing the gateway.' +
    (ONLY ? ' Operations with `measuredAt` were measured alone (BENCH_OPERATIONS) after `generatedAt`.' : ''),
  statementsConstantAcrossScales: statementsConstant,
  scales: written.scales,
  report: report ?? written.report,
  sideBySide,
};
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWrote ${file}; statements per operation constant across scales: ${statementsConstant}`);
if (!statementsConstant) process.exit(1);
