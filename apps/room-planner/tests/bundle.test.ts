import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(
  readFileSync(join(root, '../gateway/operations/room-planner/generated/persisted-documents.json'), 'utf8'),
) as Record<string, string>;

describe('the built app', () => {
  let files: Record<string, string>;

  beforeAll(async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'room-planner-build-'));
    await build({ root, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    const read = (dir: string): [string, string][] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? read(join(dir, entry.name))
          : [[join(dir, entry.name).slice(outDir.length), readFileSync(join(dir, entry.name), 'utf8')]],
      );
    files = Object.fromEntries(read(outDir));
  });

  it('holds the document ids and none of their texts', () => {
    const bundle = Object.values(files).join('\n');
    for (const [id, text] of Object.entries(manifest)) {
      expect(bundle).toContain(id);
      expect(bundle).not.toContain(text.slice(0, 40));
    }
    expect(bundle).not.toMatch(/FragmentDefinition|OperationDefinition|gapsWithoutReception \{/);
  });

  it('asks for nothing on another host: no fonts, stylesheets, scripts or images from elsewhere', () => {
    const html = files['/index.html']!;
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    const css = Object.entries(files).filter(([name]) => name.endsWith('.css'));
    expect(css.length).toBeGreaterThan(0);
    for (const [, text] of css) expect(text).not.toMatch(/url\(|@import|@font-face/);
  });
});
