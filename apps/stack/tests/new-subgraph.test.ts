import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { composeSupergraph } from '@mienskip/gateway';
import { SUBGRAPHS, type SubgraphEntry } from '@mienskip/kit/catalogue';
import { SCOPED_DOMAINS } from '@mienskip/kit/scopes';
import { undescribed } from '@mienskip/testing';
import { afterAll, describe, expect, it } from 'vitest';
import {
  freePort,
  generateSubgraph,
  nameProblem,
  nextSteps,
  readCatalogue,
  readScopedDomains,
} from '../../../scripts/new-subgraph.mjs';
import { REPO_ROOT } from '../src/services.ts';

// `pnpm new-subgraph <name>` makes a package that type-checks, prints a described schema and
// composes with the graph; the only thing it leaves is the catalogue entry it asks for. A planned
// subgraph (youth: its scopes exist, its catalogue entry does not) is generated into a scratch
// copy of the repository's layout that borrows the installed dependencies.

const NAME = 'youth';
const root = mkdtempSync(join(tmpdir(), 'mienskip-new-subgraph-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const packageDir = join(root, 'packages', NAME);
const read = (file: string) => readFileSync(join(REPO_ROOT, file), 'utf8');
const run = (args: string[], cwd: string) =>
  spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 120_000 });

for (const file of ['tsconfig.base.json', 'vitest.shared.ts'])
  copyFileSync(join(REPO_ROOT, file), join(root, file));
writeFileSync(join(root, 'package.json'), '{ "private": true, "type": "module" }\n');
symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
const files = generateSubgraph({ name: NAME, targetDir: packageDir });
// A subgraph package's dependencies are budget's (a subset): borrow its installed ones.
symlinkSync(join(REPO_ROOT, 'packages/budget/node_modules'), join(packageDir, 'node_modules'), 'dir');

describe('pnpm new-subgraph', () => {
  it('creates every file of a subgraph package from the template', () => {
    expect(files).toEqual([
      'drizzle.config.ts',
      'package.json',
      'scripts/print-schema.ts',
      'src/db/migrations/0000_init.sql',
      'src/db/migrations/meta/0000_snapshot.json',
      'src/db/migrations/meta/_journal.json',
      'src/db/tables.ts',
      'src/domain/note.test.ts',
      'src/domain/note.ts',
      'src/index.ts',
      'src/schema/builder.ts',
      'src/schema/index.ts',
      'src/schema/note.ts',
      'src/server.ts',
      'src/store/notes.ts',
      'tests/contract.test.ts',
      'tests/notes.test.ts',
      'tsconfig.json',
      'vitest.config.ts',
    ]);
    const text = files.map((file) => readFileSync(join(packageDir, file), 'utf8')).join('\n');
    expect(text).not.toMatch(/__name__|__Name__/);
    expect(JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).name).toBe('@mienskip/youth');
    expect(readFileSync(join(packageDir, 'src/db/migrations/0000_init.sql'), 'utf8')).toContain(
      'CREATE SCHEMA "youth"',
    );
  });

  it('type-checks but for the catalogue entry it asks for', () => {
    const tsc = run([join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', '.'], packageDir);
    const errors = tsc.stdout.split('\n').filter((line) => line.includes('error TS'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^src\/index\.ts.*error TS2322: Type '"youth"' is not assignable to type '"clients"/,
    );
  }, 120_000);

  it('prints a schema with every element described, which composes with the graph', () => {
    const printed = run(['--conditions=source', '--import', 'tsx', 'scripts/print-schema.ts'], packageDir);
    expect(printed.stderr).toBe('');
    const sdl = readFileSync(join(packageDir, 'schema.graphql'), 'utf8');
    expect(sdl).toContain('youthNotes(');
    expect(sdl).toContain('type YouthNote');
    expect(undescribed(sdl)).toEqual([]);

    for (const entry of SUBGRAPHS) {
      mkdirSync(dirname(join(root, entry.schemaFile)), { recursive: true });
      copyFileSync(join(REPO_ROOT, entry.schemaFile), join(root, entry.schemaFile));
    }
    const youth: SubgraphEntry = {
      name: NAME,
      port: 4004,
      dir: `packages/${NAME}`,
      schemaFile: `packages/${NAME}/schema.graphql`,
    };
    const { apiSdl } = composeSupergraph([...SUBGRAPHS, youth], pathToFileURL(`${root}/`));
    expect(apiSdl).toContain('addYouthNote(');
  }, 60_000);

  it('prints the catalogue entry to add and the commands that follow', () => {
    const catalogue = readCatalogue(read('packages/kit/src/catalogue.ts'));
    expect(catalogue.names).toEqual(SUBGRAPHS.map(({ name }) => name));
    expect(readScopedDomains(read('packages/kit/src/scopes.ts'))).toEqual([...SCOPED_DOMAINS]);
    const port = freePort(catalogue.ports);
    expect(SUBGRAPHS.map((entry) => entry.port)).not.toContain(port);
    const steps = nextSteps({ name: NAME, port, hasScopes: true });
    expect(steps).toContain(`subgraph('youth', ${port}),`);
    expect(steps).toContain('pnpm install && pnpm print-schemas && pnpm compose');
    expect(steps).not.toContain('SCOPED_DOMAINS');
    expect(nextSteps({ name: 'care', port, hasScopes: false })).toContain("add 'care' to SCOPED_DOMAINS");
  });

  it('refuses a name that cannot be one, or that is taken', () => {
    expect(nameProblem('youth')).toBeUndefined();
    for (const name of ['Youth', 'youth-care', '1st', 'x', 'gateway'])
      expect(nameProblem(name)).toBeDefined();
    const cli = (...args: string[]) => run([join(REPO_ROOT, 'scripts/new-subgraph.mjs'), ...args], REPO_ROOT);
    expect(cli('youth-care')).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('one lower-case word'),
    });
    expect(cli('clients')).toMatchObject({ status: 1, stderr: expect.stringContaining('in the catalogue') });
    expect(cli()).toMatchObject({ status: 2, stderr: expect.stringContaining('Usage') });
    expect(cli('care', '--port', '4000')).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('not free'),
    });
    expect(existsSync(join(REPO_ROOT, 'packages/care'))).toBe(false);
    expect(() => generateSubgraph({ name: NAME, targetDir: packageDir })).toThrow(/exists already/);
  });
});
