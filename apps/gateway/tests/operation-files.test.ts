import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOperationFiles } from '../src/trusted-documents/operation-files.ts';

// The teams' registered `.graphql` files, as schema releases and `pnpm check` read them (keys are
// bound to apps' persisted-document manifests instead: `trusted-documents.test.ts`).

const OPERATIONS_DIR = fileURLToPath(new URL('../operations', import.meta.url));

describe('operation files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'operation-files-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const load = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return () => loadOperationFiles(file);
  };

  it('are refused with several operations, none, an anonymous one, a fragment or a syntax error', () => {
    expect(load('two.graphql', 'query A { rooms { id } }\nquery B { rooms { name } }\n')).toThrow(
      /two\.graphql: .*exactly one operation.*it has 2 operation/,
    );
    expect(load('none.graphql', 'fragment F on Room { id }\n')).toThrow(
      /none\.graphql: .*it has 0 operation/,
    );
    expect(load('fragment.graphql', 'query A { rooms { ...F } }\nfragment F on Room { id }\n')).toThrow(
      /fragment\.graphql: .*1 operation\(s\) in 2 definition/,
    );
    expect(load('anonymous.graphql', '{ rooms { id } }\n')).toThrow(
      /anonymous\.graphql: the operation needs a name/,
    );
    expect(load('broken.graphql', 'query A { rooms { id }\n')).toThrow(/broken\.graphql: Syntax Error/);
  });

  it('are found recursively, by path, and each hashed as its exact bytes', () => {
    const files = loadOperationFiles(join(OPERATIONS_DIR, 'buurtkamer'), join(OPERATIONS_DIR, 'council'));
    expect(files.map(({ name }) => name)).toEqual([
      'BuurtkamerRooms',
      'CouncilDebt',
      'CouncilFinance',
      'CouncilReference',
      'CouncilRooms',
      'CouncilWmo',
      'CouncilYouth',
    ]);
    for (const { file, hash } of files) {
      const bytes = readFileSync(join(process.cwd(), file));
      expect(hash).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });
});
