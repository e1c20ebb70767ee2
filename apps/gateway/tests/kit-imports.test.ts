import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const GATEWAY = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(join(GATEWAY, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every kit entry point the gateway's code imports, with the files that import it. */
function kitEntries(): Map<string, string[]> {
  const entries = new Map<string, string[]>();
  for (const file of [...sourceFiles('src'), ...sourceFiles('scripts')]) {
    for (const [, entry] of readFileSync(file, 'utf8').matchAll(/from '@mienskip\/kit(\/[\w-]+)?'/g))
      entries.set(entry ?? '(barrel)', [...(entries.get(entry ?? '(barrel)') ?? []), file]);
  }
  return entries;
}

describe("the gateway's use of the kit", () => {
  it('imports neither schema building nor the subgraph server: it signs tokens, it serves no subgraph', () => {
    const entries = kitEntries();
    expect(entries.size).toBeGreaterThan(0);
    for (const forbidden of ['/schema', '/server', '(barrel)'])
      expect(entries.get(forbidden)).toBeUndefined();
  });
});
