import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * A command as `pnpm <name>` runs it: its main.ts under tsx, in apps/reporting, with only PATH and
 * the given environment.
 */
export function fromShell(command: 'ddas' | 'report') {
  const main = fileURLToPath(new URL(`../../src/${command}/main.ts`, import.meta.url));
  return (args: string[], env: Record<string, string>) =>
    spawnSync(process.execPath, ['--import', 'tsx', '--conditions=source', main, ...args], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', ...env },
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
    });
}
