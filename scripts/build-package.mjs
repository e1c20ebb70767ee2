#!/usr/bin/env node
/**
 * `pnpm build` of one service package (run in its directory): compiles `src/` to `dist/` with the
 * package's `tsconfig.build.json` (`.ts` imports become `.js`), copies every other file under `src/`
 * that the code reads at run time (drizzle's migrations and their `meta/`, GraphQL and JSON files) and
 * writes `dist/build-info.json` (`version` of package.json, `commit`: `MIENSKIP_COMMIT` or git's HEAD).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const dist = 'dist';
rmSync(dist, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
cpSync('src', dist, {
  recursive: true,
  // Directories are walked; of the files, only what tsc does not emit.
  filter: (source) => statSync(source).isDirectory() || !source.endsWith('.ts'),
});
const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
writeFileSync(
  `${dist}/build-info.json`,
  `${JSON.stringify({ name, version, commit: commit(), builtAt: new Date().toISOString() }, null, 2)}\n`,
);

function commit() {
  if (process.env.MIENSKIP_COMMIT) return process.env.MIENSKIP_COMMIT;
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined; // Not a git checkout (a source archive): the version alone says what runs.
  }
}
