import { existsSync, readFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

/** `import … from '…'`, `export … from '…'` and `import '…'` at a statement's start, as tsc emits them, and `import('…')`. */
const IMPORT =
  /^\s*(?:import|export)\b[^;'"]*?\bfrom\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/gm;

export interface CompiledImports {
  /** Every package outside the workspace that the compiled code imports, by name. */
  packages: string[];
  /** Imports of a package that the importing workspace package does not list in its `dependencies`. */
  undeclared: string[];
}

/**
 * What the compiled entry `entry` loads at run time: its relative imports and the workspace packages
 * it imports are followed (to their `dist/`, as Node resolves them without the `source` condition);
 * other packages are listed, and each must be a dependency (not a devDependency) of the importer.
 */
export function compiledImports(entry: string): CompiledImports {
  const packages = new Set<string>();
  const undeclared = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const owner = owningPackage(file);
    const require = createRequire(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? match[3];
      if (!specifier || specifier.startsWith('node:') || builtinModules.includes(specifier)) continue;
      if (specifier.startsWith('.')) {
        visit(resolve(dirname(file), specifier));
        continue;
      }
      const name = packageName(specifier);
      if (!owner.dependencies.includes(name)) undeclared.add(`${owner.name} imports ${name}`);
      if (name.startsWith('@mienskip/')) visit(require.resolve(specifier));
      else packages.add(name);
    }
  };
  visit(entry);
  return { packages: [...packages].sort(), undeclared: [...undeclared].sort() };
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

function owningPackage(file: string): { name: string; dependencies: string[] } {
  let dir = dirname(file);
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  const { name, dependencies = {} } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return { name, dependencies: Object.keys(dependencies) };
}
