import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { testKeyMaterial, testServiceKey } from '@mienskip/testing';
import type { SubgraphProcessOptions } from './subgraph-process.ts';

/** What `subgraph-process.ts` prints once it listens, before its URL. */
const URL_LINE = 'SUBGRAPH_URL ';
const STACK_DIR = fileURLToPath(new URL('../', import.meta.url));

export interface SeparateSubgraph {
  url: string;
  process: ChildProcess;
  freeze(): void;
  thaw(): void;
  close(): Promise<void>;
}

/** Starts one subgraph in a process of its own (`subgraph-process.ts`) and waits for its URL. */
export async function startSeparateSubgraph(
  name: string,
  accessLogUrl: string,
  ownerUrls: Record<string, string>,
): Promise<SeparateSubgraph> {
  const options: SubgraphProcessOptions = {
    name,
    accessLogUrl,
    ownerUrls,
    publicJwks: (await testKeyMaterial()).publicJwks,
    serviceKey: await testServiceKey(name),
  };
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', 'tests/subgraph-process.ts'],
    {
      cwd: STACK_DIR,
      env: { ...process.env, SUBGRAPH_PROCESS: JSON.stringify(options) },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) =>
      reject(new Error(`the ${name} subgraph process exited (${code}) before listening`)),
    );
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith(URL_LINE)) resolve(line.slice(URL_LINE.length));
    });
  });
  const signal = (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
  };
  return {
    url,
    process: child,
    freeze: () => signal('SIGSTOP'),
    thaw: () => signal('SIGCONT'),
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        signal('SIGCONT');
        signal('SIGTERM');
        setTimeout(() => signal('SIGKILL'), 10_000).unref();
      }),
  };
}
