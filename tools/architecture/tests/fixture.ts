import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * A small repository in a scratch folder, for showing that a check fails when a rule is broken.
 * `links` are symlinks (path → target, relative to the root), e.g. a workspace package in
 * `node_modules`. Removed after the test file.
 */
export function scratchRepository(files: Record<string, string>, links: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'mienskip-architecture-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  for (const [link, target] of Object.entries(links)) {
    mkdirSync(dirname(join(root, link)), { recursive: true });
    symlinkSync(join(root, target), join(root, link), 'dir');
  }
  return root;
}

/** The kit as a workspace package, with entry points `rules` (pure) and `access-log` (I/O). */
export const KIT_FILES = {
  'packages/kit/package.json': JSON.stringify({
    name: '@mienskip/kit',
    type: 'module',
    exports: {
      './rules': { source: './src/rules.ts' },
      './access-log': { source: './src/access-log.ts' },
    },
  }),
  'packages/kit/src/rules.ts': "export { isMoney } from './money.ts';\n",
  'packages/kit/src/money.ts': 'export const isMoney = (text: string) => /^\\d+\\.\\d{2}$/.test(text);\n',
  'packages/kit/src/access-log.ts':
    "import { appendFileSync } from 'node:fs';\nexport const log = (line: string) => appendFileSync('log', line);\n",
};
export const KIT_LINK = { 'node_modules/@mienskip/kit': 'packages/kit' };
