/**
 * The production build and start of every service, as an operator runs them: `pnpm build` compiles
 * each service package to `dist/`, and each service starts with `NODE_ENV=production node dist/server.js`
 * (its `start:production` script; node's options from the catalogue's `nodeArgs` before the entry): compiled JavaScript, no tsx, configuration from the environment only.
 * The production-start test and the multi-host topology start services through these functions.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT, type Service } from './services.ts';

/** The compiled entry of a service package. */
export const PRODUCTION_ENTRY = 'dist/server.js';

/** What follows `node` when `service` starts in production: its node options, then its compiled entry. */
export function productionArgs(service: Pick<Service, 'nodeArgs'>): string[] {
  return [...service.nodeArgs, PRODUCTION_ENTRY];
}

/** The command that starts `service` in production, to run in `cwd` (its package directory). */
export function productionCommand(service: Pick<Service, 'dir' | 'nodeArgs'>): {
  command: string;
  args: string[];
  cwd: string;
} {
  return { command: process.execPath, args: productionArgs(service), cwd: join(REPO_ROOT, service.dir) };
}

/**
 * Starts `service` from its build with `NODE_ENV=production` and exactly `env` (no
 * variable of this process leaks in: production configuration is the environment given, nothing else).
 */
export function startProductionService(
  service: Service,
  env: Record<string, string | undefined>,
): ChildProcess {
  const { command, args, cwd } = productionCommand(service);
  return spawn(command, args, {
    cwd,
    env: { ...env, NODE_ENV: 'production', PORT: String(service.port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** `pnpm build` of the services and the gateway (turbo: packages they import first; unchanged ones from its cache). */
export function buildServices(): void {
  execFileSync(
    process.execPath,
    [
      join(REPO_ROOT, 'scripts/pnpm.mjs'),
      'exec',
      'turbo',
      'run',
      'build',
      '--filter=@mienskip/gateway',
      '--filter=./packages/*',
      '--output-logs=errors-only',
    ],
    { cwd: REPO_ROOT, stdio: 'inherit' },
  );
}
