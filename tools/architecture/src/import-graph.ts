import { cruise, type IDependency } from 'dependency-cruiser';

/** One import of one module, resolved. */
export interface Import {
  /** As written: `./rules.ts`, `drizzle-orm`, `@mienskip/kit/rules`, `node:fs` (as `fs`). */
  specifier: string;
  /** The file it resolves to, relative to the root (`packages/kit/src/rules.ts`), or the built-in's name. */
  resolved: string;
  /** A Node built-in. */
  builtIn: boolean;
  /** An installed package (from node_modules), not a workspace file. */
  npm: boolean;
  unresolved: boolean;
  /** `import type` / `export type`: no code at run time, but a dependency all the same. */
  typeOnly: boolean;
}

export interface ModuleImports {
  /** Relative to the root, e.g. `packages/budget/src/domain/lots.ts`. */
  file: string;
  imports: Import[];
}

export type ImportGraph = Map<string, ModuleImports>;

function toImport(dependency: IDependency): Import {
  const types = dependency.dependencyTypes as string[];
  return {
    specifier: dependency.module,
    resolved: dependency.resolved,
    builtIn: dependency.coreModule,
    npm: !dependency.coreModule && dependency.resolved.includes('node_modules/'),
    unresolved: dependency.couldNotResolve,
    typeOnly: types.includes('type-only'),
  };
}

/**
 * The imports of every TypeScript file under `paths` (relative to `root`) and of every workspace
 * file they reach, parsed and resolved by dependency-cruiser: workspace packages through their
 * `source` export condition (their `src/*.ts`), type-only imports included.
 */
export async function importGraph(root: string, paths: string[]): Promise<ImportGraph> {
  const result = await cruise(
    paths,
    {
      baseDir: root,
      tsPreCompilationDeps: true,
      doNotFollow: { path: 'node_modules' },
      // The build's output (`pnpm build`) repeats the sources as JavaScript: the sources are what is checked.
      exclude: { path: '(^|/)dist/' },
      enhancedResolveOptions: {
        conditionNames: ['source', 'import', 'node', 'default'],
        exportsFields: ['exports'],
        extensions: ['.ts', '.mjs', '.js'],
      },
    },
    {},
    {},
  );
  if (typeof result.output === 'string') throw new Error('dependency-cruiser answered text, not a graph');
  const graph: ImportGraph = new Map();
  for (const module of result.output.modules) {
    if (module.coreModule || module.source.includes('node_modules/')) continue;
    graph.set(module.source, { file: module.source, imports: module.dependencies.map(toImport) });
  }
  return graph;
}
