import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { productionArgs } from './production.ts';
import { REPO_ROOT, type Service } from './services.ts';

const LEVELS: Record<number, string> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warn',
  50: 'error',
  60: 'fatal',
};

/** How long a stopping service may finish the requests in flight (`MIENSKIP_STOP_GRACE_MS`)... */
export const STOP_GRACE_MS = 3_000;
/** ...well within the time `stopAll` gives it before it kills it. */
export const KILL_AFTER_MS = 5_000;

/**
 * Starts one service in a process of its own (a PGlite query blocks its process's event loop): from
 * its sources through tsx, or `compiled` from its build (`dist/server.js`, `NODE_ENV=production`) as
 * in production — the bench measures that, since tsx's loader costs CPU on every request.
 */
export function startService(
  service: Service,
  env: NodeJS.ProcessEnv,
  json: boolean,
  { compiled = false }: { compiled?: boolean } = {},
): ChildProcess {
  const args = compiled
    ? productionArgs(service)
    : [...service.nodeArgs, '--conditions=source', '--import', 'tsx', service.entry];
  const child = spawn(process.execPath, args, {
    cwd: join(REPO_ROOT, service.dir),
    env: {
      ...process.env,
      ...(compiled && { NODE_ENV: 'production' }),
      ...env,
      PORT: String(service.port),
      MIENSKIP_STOP_GRACE_MS: String(STOP_GRACE_MS),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream! }).on('line', (line) =>
      console.log(json ? line : humanLine(service.name, line)),
    );
  }
  return child;
}

/** pino's JSON line as `[service] level message {details}` for a person at a terminal. */
function humanLine(name: string, line: string): string {
  try {
    const { level, msg, time: _t, pid: _p, hostname: _h, service: _s, name: _n, ...rest } = JSON.parse(line);
    const details = Object.keys(rest).length ? ` ${JSON.stringify(rest)}` : '';
    return `[${name}] ${LEVELS[level] ?? level} ${msg}${details}`;
  } catch {
    return `[${name}] ${line}`;
  }
}

export function stopAll(children: readonly ChildProcess[]): Promise<void> {
  return Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
          // Each service stops by itself within STOP_GRACE_MS; the kill is for one that hangs.
          setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS).unref();
        }),
    ),
  ).then(() => undefined);
}
