import type { Import, ImportGraph } from './import-graph.ts';

/** The kit's pure entry, the one a `src/domain/` may import. */
export const KIT_RULES = 'packages/kit/src/rules.ts';

/** Node built-ins that reach outside the process (files, network, processes, the machine): not pure. */
export const IO_BUILT_INS = new Set([
  'child_process',
  'cluster',
  'dgram',
  'dns',
  'dns/promises',
  'fs',
  'fs/promises',
  'http',
  'http2',
  'https',
  'inspector',
  'module',
  'net',
  'os',
  'process',
  'readline',
  'readline/promises',
  'repl',
  'sqlite',
  'tls',
  'tty',
  'v8',
  'vm',
  'worker_threads',
]);

const bare = (name: string) => name.replace(/^node:/, '');
export const isIoBuiltIn = (dependency: Import) =>
  dependency.builtIn && IO_BUILT_INS.has(bare(dependency.resolved));

const DOMAIN_FILE = /^(packages\/[^/]+\/src\/domain\/).+\.ts$/;
// Tests may sit beside the rules they test; they are not part of the domain that runs.
const TEST_FILE = /\.test\.ts$/;

/**
 * Files of a `packages/<name>/src/domain/` that import anything but their own domain folder, a Node
 * built-in that does no I/O, or `@mienskip/kit/rules` (type-only imports count: they couple too).
 */
export function domainImportProblems(graph: ImportGraph): string[] {
  const problems: string[] = [];
  for (const { file, imports } of graph.values()) {
    const folder = DOMAIN_FILE.exec(file)?.[1];
    if (!folder || TEST_FILE.test(file)) continue;
    for (const dependency of imports) {
      const allowed =
        dependency.resolved.startsWith(folder) ||
        dependency.resolved === KIT_RULES ||
        (dependency.builtIn && !isIoBuiltIn(dependency));
      if (!allowed) problems.push(`${file} imports ${dependency.specifier}`);
    }
  }
  return problems;
}

/**
 * What `@mienskip/kit/rules` reaches that is not pure: any installed package, an I/O built-in, a
 * file outside the kit's `src/`, or an import that does not resolve.
 */
export function kitRulesProblems(graph: ImportGraph): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const module = graph.get(file);
    if (!module) return void problems.push(`${file} was not read`);
    for (const dependency of module.imports) {
      const where = `${file} imports ${dependency.specifier}`;
      if (dependency.unresolved) problems.push(`${where}, which does not resolve`);
      else if (dependency.npm) problems.push(`${where}, an installed package`);
      else if (isIoBuiltIn(dependency)) problems.push(`${where}, a built-in that does I/O`);
      else if (dependency.builtIn) continue;
      else if (!dependency.resolved.startsWith('packages/kit/src/'))
        problems.push(`${where}, outside the kit`);
      else visit(dependency.resolved);
    }
  };
  visit(KIT_RULES);
  return problems;
}
