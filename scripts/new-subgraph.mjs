#!/usr/bin/env node
// `pnpm new-subgraph <name> [--port <port>]`: creates packages/<name> from templates/subgraph and its
// rows of the access matrix from templates/matrix-fixture.ts, and prints the one catalogue entry to
// add and the commands that follow. Plain Node, no dependencies, so that it runs before
// `pnpm install` has seen the new package.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const TEMPLATE_DIR = join(REPO_ROOT, 'templates', 'subgraph');
export const MATRIX_TEMPLATE = join(REPO_ROOT, 'templates', 'matrix-fixture.ts');
const CATALOGUE_FILE = 'packages/kit/src/catalogue.ts';

/**
 * Where the generated files go, relative to the repository root.
 * @param {string} name
 */
export function targetsOf(name) {
  return { packageDir: `packages/${name}`, matrixFixture: `apps/stack/tests/matrix/fixtures/${name}.ts` };
}

/**
 * A subgraph's name is its package directory, PostgreSQL schema, token audience, scope prefix and
 * `MIENSKIP_<NAME>_URL`: one lower-case word.
 * @param {string} name
 * @returns {string | undefined} why the name cannot be one
 */
export function nameProblem(name) {
  if (!/^[a-z][a-z0-9]{1,29}$/.test(name))
    return `"${name}" cannot be a subgraph's name: use one lower-case word (a-z, then a-z or 0-9), e.g. youth`;
  if (['gateway', 'kit', 'testing', 'stack'].includes(name)) return `"${name}" is taken by the workspace`;
  return undefined;
}

/**
 * The names and ports in the catalogue of services, read from its source (this script runs
 * without TypeScript).
 * @param {string} source the text of packages/kit/src/catalogue.ts
 */
export function readCatalogue(source) {
  const subgraphs = [...source.matchAll(/subgraph\('([a-z0-9]+)',\s*(\d+)\)/g)].map(([, name, port]) => ({
    name: String(name),
    port: Number(port),
  }));
  const others = [...source.matchAll(/\bport:\s*(\d+)/g)].map(([, port]) => Number(port));
  return { names: subgraphs.map((entry) => entry.name), ports: [...subgraphs.map((e) => e.port), ...others] };
}

/**
 * The first port from 4001 that the catalogue does not use.
 * @param {number[]} used
 */
export function freePort(used) {
  let port = 4001;
  while (used.includes(port)) port++;
  return port;
}

/**
 * Copies the template into `packages/<name>` and the matrix template into
 * `apps/stack/tests/matrix/fixtures/<name>.ts` under `root`, with `__name__`, `__Name__` and
 * `__NAME__` replaced in paths and text.
 * @param {{ name: string, root?: string }} options
 * @returns {string[]} the files written, relative to `root`
 */
export function generateSubgraph({ name, root = REPO_ROOT }) {
  const { packageDir, matrixFixture } = targetsOf(name);
  for (const target of [packageDir, matrixFixture])
    if (existsSync(join(root, target))) throw new Error(`${target} exists already`);
  const capitalised = `${name[0]?.toUpperCase()}${name.slice(1)}`;
  /** @param {string} text */
  const fill = (text) =>
    text
      .replaceAll('__name__', name)
      .replaceAll('__Name__', capitalised)
      .replaceAll('__NAME__', name.toUpperCase());
  const copies = [
    ...filesUnder(TEMPLATE_DIR).map((file) => ({
      file,
      target: join(packageDir, fill(relative(TEMPLATE_DIR, file))),
    })),
    { file: MATRIX_TEMPLATE, target: matrixFixture },
  ];
  for (const { file, target } of copies) {
    mkdirSync(dirname(join(root, target)), { recursive: true });
    writeFileSync(join(root, target), fill(readFileSync(file, 'utf8')));
  }
  return copies.map(({ target }) => target).sort();
}

/**
 * @param {string} dir
 * @returns {string[]}
 */
function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * What to do after the files are there: the one edit, then the commands.
 * @param {{ name: string, port: number }} options
 */
export function nextSteps({ name, port }) {
  const { packageDir, matrixFixture } = targetsOf(name);
  return [
    `Created ${packageDir} and its rows of the access matrix, ${matrixFixture}. Next:`,
    '',
    `1. Add its entry to the catalogue of services, ${CATALOGUE_FILE} (SUBGRAPHS):`,
    '',
    `     subgraph('${name}', ${port}),`,
    '',
    `   That is the only edit: its scopes, ${name}:read and ${name}:write, follow from the entry.`,
    '2. Install, print its schema and compose the supergraph:',
    '',
    '     pnpm install && pnpm print-schemas && pnpm compose',
    '',
    `Then replace the example (a note) with what ${name} owns: rules in src/domain/ (unit tests in`,
    `tests/domain/), tables in src/db/tables.ts (and \`pnpm --filter @mienskip/${name} db:generate\`),`,
    `types in src/schema/, and its rows in ${matrixFixture} to match.`,
  ].join('\n');
}

/** @param {string[]} args */
function main(args) {
  const [name, ...rest] = args;
  const portFlag = rest.indexOf('--port');
  if (!name || name.startsWith('-') || (rest.length > 0 && portFlag !== 0) || rest.length > 2) {
    console.error('Usage: pnpm new-subgraph <name> [--port <port>]');
    return 2;
  }
  const problem = nameProblem(name);
  if (problem) {
    console.error(problem);
    return 1;
  }
  const catalogue = readCatalogue(readFileSync(join(REPO_ROOT, CATALOGUE_FILE), 'utf8'));
  if (catalogue.names.includes(name)) {
    console.error(`"${name}" is in the catalogue of services already`);
    return 1;
  }
  const port = portFlag === 0 ? Number(rest[1]) : freePort(catalogue.ports);
  if (!Number.isInteger(port) || port < 1024 || port > 65535 || catalogue.ports.includes(port)) {
    console.error(`Port ${rest[1] ?? port} is not free in the catalogue of services (or not a port)`);
    return 1;
  }
  try {
    generateSubgraph({ name });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  }
  console.log(nextSteps({ name, port }));
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  process.exit(main(process.argv.slice(2)));
