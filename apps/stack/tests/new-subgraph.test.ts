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
import { SCOPES, scopeDescription, scopedDomainsOf } from '@mienskip/kit/scopes';
import { undescribed } from '@mienskip/testing';
import { afterAll, describe, expect, it } from 'vitest';
import {
  freePort,
  generateSubgraph,
  nameProblem,
  nextSteps,
  readCatalogue,
} from '../../../scripts/new-subgraph.mjs';
import { REPO_ROOT } from '../src/services.ts';
import { rowsOf } from './matrix/subgraph-rows.ts';
import { readSupergraph } from './matrix/supergraph.ts';

// Adding a subgraph is two edits plus generated files: `pnpm new-subgraph <name>` (generated), one
// catalogue entry, then `pnpm install && pnpm print-schemas && pnpm compose` (generated). This test
// generates a subgraph whose name is neither planned domain (youth, debt: their scopes exist before
// their entries) into a scratch copy of the repository's layout that borrows the installed
// dependencies, and proves that with the catalogue entry (given here beside SUBGRAPHS, as
// catalogue.test.ts does) nothing else is needed: it type-checks but for that entry, lints, prints a
// described schema that composes, gets its scopes, and the access matrix has a row for each of its
// root fields and entity types.

const NAME = 'zorg';
const root = mkdtempSync(join(tmpdir(), 'mienskip-new-subgraph-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const packageDir = join(root, 'packages', NAME);
const fixturesDir = join(root, 'apps/stack/tests/matrix/fixtures');
const read = (file: string) => readFileSync(join(REPO_ROOT, file), 'utf8');
const run = (args: string[], cwd: string) =>
  spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 120_000 });

for (const file of ['tsconfig.base.json', 'vitest.shared.ts', 'biome.json'])
  copyFileSync(join(REPO_ROOT, file), join(root, file));
writeFileSync(join(root, 'package.json'), '{ "private": true, "type": "module" }\n');
symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
const files = generateSubgraph({ name: NAME, root });
// A subgraph package's dependencies are budget's (a subset): borrow its installed ones.
symlinkSync(join(REPO_ROOT, 'packages/budget/node_modules'), join(packageDir, 'node_modules'), 'dir');
// The matrix rows import the matrix's expectations beside them.
symlinkSync(join(REPO_ROOT, 'apps/stack/tests/matrix/expect.ts'), join(fixturesDir, '../expect.ts'));

/** The one catalogue line the script asks for, as the entry it makes. */
const ENTRY: SubgraphEntry = {
  name: NAME,
  port: freePort(readCatalogue(read('packages/kit/src/catalogue.ts')).ports),
  dir: `packages/${NAME}`,
  schemaFile: `packages/${NAME}/schema.graphql`,
};

describe('pnpm new-subgraph', () => {
  it('creates every file of a subgraph package from the template, and its rows of the access matrix', () => {
    expect(files).toEqual([
      `apps/stack/tests/matrix/fixtures/${NAME}.ts`,
      ...[
        'drizzle.config.ts',
        'package.json',
        'scripts/print-schema.ts',
        'src/db/migrations/0000_init.sql',
        'src/db/migrations/meta/0000_snapshot.json',
        'src/db/migrations/meta/_journal.json',
        'src/db/tables.ts',
        'src/domain/note.ts',
        'src/index.ts',
        'src/migrate.ts',
        'src/schema/builder.ts',
        'src/schema/index.ts',
        'src/schema/note.ts',
        'src/server.ts',
        'src/store/notes.ts',
        'tests/contract.test.ts',
        'tests/domain/note.test.ts',
        'tests/notes.test.ts',
        'tsconfig.build.json',
        'tsconfig.json',
        'vitest.config.ts',
      ].map((file) => `packages/${NAME}/${file}`),
    ]);
    for (const file of files) expect(existsSync(join(root, file)), file).toBe(true);
    const text = files.map((file) => readFileSync(join(root, file), 'utf8')).join('\n');
    expect(text).not.toMatch(/__name__|__Name__|__NAME__/);
    expect(JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).name).toBe(`@mienskip/${NAME}`);
    expect(readFileSync(join(packageDir, 'src/db/migrations/0000_init.sql'), 'utf8')).toContain(
      `CREATE SCHEMA "${NAME}"`,
    );
  });

  it('type-checks but for the catalogue entry it asks for, and lints', () => {
    const tsc = run([join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', '.'], packageDir);
    const errors = tsc.stdout.split('\n').filter((line) => line.includes('error TS'));
    // Without the entry, its name and so its scopes are not yet the catalogue's: the definition's
    // name, and the scopes of the example's type and fields.
    expect(errors.map((error) => error.replace(/\(.*/, ''))).toEqual([
      'src/index.ts',
      'src/schema/note.ts',
      'src/schema/note.ts',
      'src/schema/note.ts',
    ]);
    for (const error of errors)
      expect(error).toMatch(
        /error TS2322: Type '(\{ readonly scope: )?"zorg(:read|:write)?"(; \})?' is not assignable/,
      );

    const biome = run(
      [
        join(REPO_ROOT, 'node_modules/@biomejs/biome/bin/biome'),
        'check',
        '--error-on-warnings',
        '--vcs-enabled=false',
        ...files,
      ],
      root,
    );
    expect(biome.status, `${biome.stdout}${biome.stderr}`).toBe(0);
  }, 120_000);

  it('gets its read and write scopes from its catalogue entry, the ones its fields require', () => {
    const domains = scopedDomainsOf([...SUBGRAPHS, ENTRY]);
    expect(domains).toContain(NAME);
    const scopes = domains.flatMap((name) => [`${name}:read`, `${name}:write`]);
    expect(scopes).toEqual(expect.arrayContaining([`${NAME}:read`, `${NAME}:write`]));
    // ... beside every scope there is today.
    expect(SCOPES.filter((scope) => scope.includes(':'))).toEqual(scopes.filter((s) => !s.startsWith(NAME)));
    expect(scopeDescription(`${NAME}:read`)).toBe(`Read ${NAME}.`);
    const builder = readFileSync(join(packageDir, 'src/schema/builder.ts'), 'utf8');
    expect(builder).toContain(`{ scope: '${NAME}:read' }`);
    expect(builder).toContain(`{ scope: '${NAME}:write' }`);
  });

  it('prints a schema with every element described, which composes with the graph and has a row of the access matrix for each root field and entity', async () => {
    const printed = run(['--conditions=source', '--import', 'tsx', 'scripts/print-schema.ts'], packageDir);
    expect(printed.stderr).toBe('');
    const sdl = readFileSync(join(packageDir, 'schema.graphql'), 'utf8');
    expect(sdl).toContain('zorgNotes(');
    expect(sdl).toContain('type ZorgNote');
    expect(undescribed(sdl)).toEqual([]);

    for (const entry of SUBGRAPHS) {
      mkdirSync(dirname(join(root, entry.schemaFile)), { recursive: true });
      copyFileSync(join(REPO_ROOT, entry.schemaFile), join(root, entry.schemaFile));
    }
    const { supergraphSdl, apiSdl } = composeSupergraph([...SUBGRAPHS, ENTRY], pathToFileURL(`${root}/`));
    expect(apiSdl).toContain('addZorgNote(');

    // What the matrix's completeness tests will ask of the new subgraph, and what its rows cover.
    const before = readSupergraph();
    const after = readSupergraph(supergraphSdl);
    const added = <T>(now: T[], was: T[]) => now.filter((item) => !was.includes(item));
    const rows = await rowsOf(NAME, pathToFileURL(`${fixturesDir}/`));
    expect(Object.keys(rows.queries)).toEqual(added(after.queries, before.queries));
    expect(Object.keys(rows.queries)).toEqual(['zorgNotes']);
    expect(Object.keys(rows.mutations)).toEqual(added(after.mutations, before.mutations));
    expect(Object.keys(rows.mutations)).toEqual(['addZorgNote']);
    // The example has no entity type; a subgraph's own get `_entities` rows and nested paths.
    expect(added(Object.keys(after.entities), Object.keys(before.entities))).toEqual([]);
    expect([rows.entities, rows.nested]).toEqual([[], {}]);
    expect(rows.queries.zorgNotes?.query).toContain('zorgNotes');
  }, 60_000);

  it('prints the catalogue entry to add and the commands that follow', () => {
    const catalogue = readCatalogue(read('packages/kit/src/catalogue.ts'));
    expect(catalogue.names).toEqual(SUBGRAPHS.map(({ name }) => name));
    expect(SUBGRAPHS.map((entry) => entry.port)).not.toContain(ENTRY.port);
    const steps = nextSteps({ name: NAME, port: ENTRY.port });
    expect(steps).toContain(`subgraph('zorg', ${ENTRY.port}),`);
    expect(steps).toContain('pnpm install && pnpm print-schemas && pnpm compose');
    expect(steps).toContain('apps/stack/tests/matrix/fixtures/zorg.ts');
    expect(steps).not.toContain('SCOPED_DOMAINS');
    expect(steps.match(/^\d\. /gm)).toEqual(['1. ', '2. ']);
  });

  it('refuses a name that cannot be one, or that is taken', () => {
    expect(nameProblem('zorg')).toBeUndefined();
    for (const name of ['Zorg', 'youth-care', '1st', 'x', 'gateway']) expect(nameProblem(name)).toBeDefined();
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
    expect(existsSync(join(REPO_ROOT, 'apps/stack/tests/matrix/fixtures/care.ts'))).toBe(false);
    expect(() => generateSubgraph({ name: NAME, root })).toThrow(/exists already/);
  });
});
