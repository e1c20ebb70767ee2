import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from './repository.ts';

/** A read of a variable through `process.env` or an `env` object: by property or by a quoted name in brackets. */
const READ = /\benv(?:\.([A-Z][A-Z0-9_]*)\b|\[\s*['"]([A-Z][A-Z0-9_]*)['"]\s*\])/g;
/** `const SOMETHING_ENV = 'X'`: a variable named once and read through the constant. */
const CONSTANT = /\b[A-Z0-9_]*_ENV\s*=\s*['"]([A-Z][A-Z0-9_]*)['"]/g;
/** A variable name in backticks in a table row; `NAME=1` names NAME, `PREFIX_*` every variable starting with `PREFIX_`. */
const DOCUMENTED = /`([A-Z][A-Z0-9_]*(?:_\*)?)(?:=[^`]*)?`/g;

/** Every environment variable that the code under `dirs` (tests excluded) reads, with one file that reads it. */
export function environmentReads(root: string, dirs: readonly string[]): Map<string, string> {
  const reads = new Map<string, string>();
  const isCode = (name: string) => /\.(ts|mts|mjs|js)$/.test(name) && !/\.test\.|\.d\.ts$/.test(name);
  for (const dir of dirs) {
    for (const file of filesUnder(root, dir, isCode)) {
      if (/(^|\/)(tests?|__tests__)\//.test(file)) continue;
      const text = readFileSync(join(root, file), 'utf8');
      for (const match of [...text.matchAll(READ), ...text.matchAll(CONSTANT)]) {
        const name = match[1] ?? match[2];
        if (name && !reads.has(name)) reads.set(name, file);
      }
    }
  }
  return reads;
}

/** The variables the `## Environment` section's table of `file` names. */
export function documentedVariables(root: string, file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const start = text.indexOf('\n## Environment');
  if (start < 0) throw new Error(`${file} has no "## Environment" section`);
  const end = text.indexOf('\n## ', start + 1);
  const rows = text
    .slice(start, end < 0 ? undefined : end)
    .split('\n')
    .filter((line) => line.startsWith('|'));
  return rows.flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(DOCUMENTED)].map((match) => match[1]!));
}

/** Each variable read that the table does not name, as `NAME (read in file)`. */
export function undocumentedVariables(reads: Map<string, string>, documented: readonly string[]): string[] {
  const covers = (name: string) =>
    documented.some((entry) => (entry.endsWith('_*') ? name.startsWith(entry.slice(0, -1)) : entry === name));
  return [...reads]
    .filter(([name]) => !covers(name))
    .map(([name, file]) => `${name} (read in ${file})`)
    .sort();
}
