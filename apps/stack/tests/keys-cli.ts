import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const GATEWAY_DIR = fileURLToPath(new URL('../../gateway/', import.meta.url));
const run = promisify(execFile);

/**
 * Runs the keys CLI (`pnpm keys …`) as a user would, in a process of its own, with only these
 * environment variables (and PATH); the new secret is the last line of its output.
 */
export async function keysCli(args: string[], env: Record<string, string>) {
  const result = await run(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', 'src/keys-cli.ts', ...args],
    {
      cwd: GATEWAY_DIR,
      env: { PATH: process.env.PATH ?? '', ...env },
    },
  );
  return { ...result, lastLine: result.stdout.trim().split('\n').at(-1)! };
}
