import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type KeyMaterial, PRIVATE_KEY_ENV } from '@mienskip/kit/token';
import { stopAll } from '../../processes.ts';
import { assertPortFree } from '../stack.ts';
import { SUBGRAPH_URLS_ENV } from './caller.ts';
import { supergraphAt } from './supergraph.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const STACK_DIR = join(HERE, '..', '..', '..');
const require = createRequire(import.meta.url);

const PACKAGE = require.resolve('@graphql-hive/gateway/package.json');

/** The installed Hive Gateway's version, for the results. */
export function hiveGatewayVersion(): string {
  return (JSON.parse(readFileSync(PACKAGE, 'utf8')) as { version: string }).version;
}

export interface HiveGateway {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Hive Gateway (`hive-gateway supergraph --hive-router-runtime`, its default settings otherwise) in
 * a process of its own over the bench's running subgraphs, signing as Mienskip's gateway does
 * (`gateway.config.ts`). tsx loads the configuration, as it loads our services.
 */
export async function startHiveGateway(
  subgraphUrls: Readonly<Record<string, string>>,
  keys: Pick<KeyMaterial, 'privateJwk'>,
  port: number,
  /** `--fork`: workers of its own; unset, Hive's default (one process). */
  fork?: number,
): Promise<HiveGateway> {
  await assertPortFree(port, '127.0.0.1');
  const dir = mkdtempSync(join(tmpdir(), 'mienskip-bench-hive-'));
  const supergraph = join(dir, 'supergraph.graphql');
  writeFileSync(supergraph, supergraphAt(subgraphUrls));
  const bin = join(dirname(PACKAGE), 'dist', 'bin.js');
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--conditions=source',
      '--import',
      'tsx',
      bin,
      'supergraph',
      supergraph,
      '--hive-router-runtime',
      '--config-path',
      join(HERE, 'gateway.config.ts'),
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      ...(fork ? ['--fork', String(fork)] : []),
    ],
    {
      cwd: STACK_DIR,
      env: {
        ...process.env,
        [PRIVATE_KEY_ENV]: JSON.stringify(keys.privateJwk),
        [SUBGRAPH_URLS_ENV]: JSON.stringify(
          Object.fromEntries(Object.entries(subgraphUrls).map(([name, base]) => [name, `${base}/graphql`])),
        ),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopAll([child]);
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  // Ready once it answers a query: it loads the supergraph at the first request.
  const answers = () =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    })
      .then((r) => r.ok)
      .catch(() => false);
  while (!(await answers())) {
    if (Date.now() > deadline || child.exitCode !== null) {
      await stop();
      throw new Error(`Hive Gateway did not become ready:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url: `${base}/graphql`, pid: child.pid!, stop };
}
