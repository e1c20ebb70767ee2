import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_PERSISTED_DOCUMENTS_DIR,
  documentHash,
  loadManifests,
  PERSISTED_DOCUMENTS_ENV,
  PersistedDocuments,
} from '../src/trusted-documents/manifests.ts';
import { hashOperation } from '../src/trusted-documents/operation-hash.ts';

// The apps' persisted-document manifests as the gateway loads them at start.

const A = 'query A { rooms { id } }';
const B = 'query B { rooms { name } }';
const id = (text: string) => `sha256:${hashOperation(text)}`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'persisted-documents-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A directory of apps, each `[layout, manifest content]`. */
function apps(name: string, content: Record<string, ['flat' | 'generated', string]>): string {
  const root = join(dir, name);
  for (const [app, [layout, text]] of Object.entries(content)) {
    const folder = layout === 'flat' ? join(root, app) : join(root, app, 'generated');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'persisted-documents.json'), text);
  }
  mkdirSync(join(root, 'not-an-app'), { recursive: true });
  return root;
}

describe('persisted-document manifests', () => {
  it("are the committed apps' manifests by default, each id the SHA-256 of its text", () => {
    const manifests = loadManifests(DEFAULT_PERSISTED_DOCUMENTS_DIR);
    expect(Object.keys(manifests)).toEqual(['buurtkamer', 'case-worker', 'council', 'room-planner']);
    for (const [app, documents] of Object.entries(manifests)) {
      const file = join(DEFAULT_PERSISTED_DOCUMENTS_DIR, app, 'generated', 'persisted-documents.json');
      expect(documents).toEqual(JSON.parse(readFileSync(file, 'utf8')));
      for (const [documentId, text] of Object.entries(documents)) expect(documentId).toBe(id(text));
    }
  });

  it('are read from either layout, a directory without one being no app', () => {
    const root = apps('layouts', {
      kiosk: ['flat', JSON.stringify({ [id(A)]: A })],
      planner: ['generated', JSON.stringify({ [id(A)]: A, [id(B)]: B })],
    });
    expect(loadManifests(root)).toEqual({ kiosk: { [id(A)]: A }, planner: { [id(A)]: A, [id(B)]: B } });
  });

  it('stop the start with a message naming the file when one is malformed', () => {
    const cases: [string, string, RegExp][] = [
      ['not-json', '{', /not-json\/app\/persisted-documents\.json is not JSON/],
      ['array', '[]', /array\/app\/persisted-documents\.json is not an object/],
      ['empty', '{}', /empty\/app\/persisted-documents\.json has no documents/],
      [
        'bad-id',
        JSON.stringify({ A }),
        /bad-id\/app\/persisted-documents\.json: id A is not sha256:<64 hex digits>/,
      ],
      [
        'no-text',
        JSON.stringify({ [id(A)]: 1 }),
        /no-text\/app\/persisted-documents\.json: sha256:\w+ has no text/,
      ],
      [
        'wrong-hash',
        JSON.stringify({ [id(A)]: B }),
        /wrong-hash\/app\/persisted-documents\.json: sha256:\w+ is not the SHA-256 of its text .*pnpm codegen/,
      ],
    ];
    for (const [name, content, message] of cases)
      expect(() => loadManifests(apps(name, { app: ['flat', content] }))).toThrow(message);
    expect(() => loadManifests(apps('none', {}))).toThrow(/No persisted-document manifests in .*none/);
    expect(() => loadManifests(join(dir, 'absent'))).toThrow(/No persisted-document manifests at .*absent/);
  });

  it('are found through MIENSKIP_PERSISTED_DOCUMENTS_DIR', () => {
    const root = apps('from-env', { kiosk: ['flat', JSON.stringify({ [id(B)]: B })] });
    const before = process.env[PERSISTED_DOCUMENTS_ENV];
    process.env[PERSISTED_DOCUMENTS_ENV] = root;
    try {
      expect(Object.keys(loadManifests())).toEqual(['kiosk']);
    } finally {
      if (before === undefined) delete process.env[PERSISTED_DOCUMENTS_ENV];
      else process.env[PERSISTED_DOCUMENTS_ENV] = before;
    }
  });
});

describe('the documents a key may run', () => {
  const documents = new PersistedDocuments({ kiosk: { [id(A)]: A }, planner: { [id(A)]: A, [id(B)]: B } });

  it("are its apps' documents together; an app without a manifest adds none", () => {
    expect(documents.apps).toEqual(['kiosk', 'planner']);
    expect(documents.hashesOf(['kiosk'])).toEqual(new Set([hashOperation(A)]));
    expect(documents.hashesOf(['kiosk', 'planner'])).toEqual(new Set([hashOperation(A), hashOperation(B)]));
    // What the migration binds a key with unknown hashes to: it runs nothing.
    expect(documents.hashesOf(['unmigrated'])).toEqual(new Set());
    expect(documents.text(hashOperation(B))).toBe(B);
    expect(documents.text(hashOperation('{ rooms { id } }'))).toBeUndefined();
  });

  it('are named by sha256:<hex> or <hex>, nothing else', () => {
    const hash = hashOperation(A);
    expect(documentHash(`sha256:${hash}`)).toBe(hash);
    expect(documentHash(hash)).toBe(hash);
    expect(documentHash(`sha256:${hash.toUpperCase()}`)).toBeUndefined();
    expect(documentHash('A')).toBeUndefined();
  });
});

describe('pnpm keys apps', () => {
  it("lists each app's document ids and operation names", async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', 'src/keys-cli.ts', 'apps'],
      { cwd: join(DEFAULT_PERSISTED_DOCUMENTS_DIR, '..'), env: { ...process.env, INIT_CWD: '' } },
    );
    const [planner] = Object.keys(loadManifests(DEFAULT_PERSISTED_DOCUMENTS_DIR)['room-planner']!);
    expect(stdout).toContain(`room-planner\n  ${planner}  RoomPlannerWeek\n`);
    expect(stdout.split('\n').filter((line) => line && !line.startsWith(' '))).toEqual([
      'buurtkamer',
      'case-worker',
      'council',
      'room-planner',
    ]);
  }, 30_000);
});
