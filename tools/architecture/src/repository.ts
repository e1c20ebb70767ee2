import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const SKIPPED = new Set(['node_modules', '.turbo', '.data', 'dist', 'coverage', '.cache', '.git']);

/** Every file under `dir` (relative to `root`) whose name matches, skipping installed and generated folders. */
export function filesUnder(
  root: string,
  dir: string,
  matches: (file: string) => boolean = () => true,
): string[] {
  const start = join(root, dir);
  if (!existsSync(start)) return [];
  const walk = (at: string): string[] =>
    readdirSync(at, { withFileTypes: true }).flatMap((entry) => {
      if (SKIPPED.has(entry.name)) return [];
      const path = join(at, entry.name);
      if (entry.isDirectory()) return walk(path);
      return matches(entry.name) ? [relative(root, path)] : [];
    });
  return walk(start).sort();
}

/** The folders directly under `dir` (relative to `root`), e.g. every package of `packages/`. */
export function foldersIn(root: string, dir: string): string[] {
  const at = join(root, dir);
  if (!existsSync(at)) return [];
  return readdirSync(at, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !SKIPPED.has(entry.name))
    .map((entry) => `${dir}/${entry.name}`)
    .sort();
}

export function readText(root: string, file: string): string {
  return readFileSync(join(root, file), 'utf8');
}
