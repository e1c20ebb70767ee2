import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { filesUnder, foldersIn, readText } from './repository.ts';

// The error codes the graph can answer, read from the code, against the page that lists them for
// partners (docs/errors.md): every code a source can put in `extensions.code` has a row there, and
// every row names a code a source can answer.

const CODE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$|^[A-Z]{4,}$/;

/** The source files of the gateway and of every package: TypeScript, no tests. */
export function errorSourceFiles(root: string): string[] {
  const dirs = ['apps/gateway/src', ...foldersIn(root, 'packages').map((dir) => `${dir}/src`)];
  return dirs.flatMap((dir) =>
    filesUnder(root, dir, (name) => /\.(ts|mts|mjs)$/.test(name) && !/\.(test|spec)\.\w+$/.test(name)),
  );
}

type Parsed = { file: string; source: ts.SourceFile };

const nameOf = (node: ts.Node | undefined): string | undefined =>
  node && (ts.isIdentifier(node) || ts.isStringLiteral(node)) ? node.text : undefined;

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

/** The UPPER_SNAKE string literals anywhere in `node` (a tuple, a conditional, a `??`). */
function literalsIn(node: ts.Node): string[] {
  const found: string[] = [];
  walk(node, (at) => {
    if ((ts.isStringLiteral(at) || ts.isNoSubstitutionTemplateLiteral(at)) && CODE.test(at.text))
      found.push(at.text);
  });
  return found;
}

/** Whether an object literal is an error's `extensions`: `extensions: { … }` or `const extensions = { … }`. */
function isExtensions(object: ts.ObjectLiteralExpression): boolean {
  const parent = object.parent;
  return (
    (ts.isPropertyAssignment(parent) || ts.isVariableDeclaration(parent)) &&
    nameOf(parent.name) === 'extensions'
  );
}

/** The function a parameter belongs to, and the name it is called by (declared, or the const it is assigned to). */
function functionOf(parameter: ts.ParameterDeclaration): { name: string; index: number } | undefined {
  const fn = parameter.parent;
  if (!ts.isFunctionLike(fn)) return undefined;
  const index = fn.parameters.indexOf(parameter);
  const declared = nameOf((fn as ts.FunctionDeclaration).name);
  if (declared) return { name: declared, index };
  if (ts.isVariableDeclaration(fn.parent)) {
    const assigned = nameOf(fn.parent.name);
    if (assigned) return { name: assigned, index };
  }
  return undefined;
}

/** Whether `file` may call a function `name` declared in `declaredIn`: it is that file, or imports it from there. */
function mayCall(caller: Parsed, name: string, declaredIn: string): boolean {
  if (caller.file === declaredIn) return true;
  return caller.source.statements.some((statement) => {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) return false;
    const spec = statement.moduleSpecifier.text;
    if (!spec.startsWith('.')) return false;
    const target = join(dirname(caller.file), spec).replace(/\.(ts|js|mjs|mts)$/, '');
    if (target !== declaredIn.replace(/\.(ts|js|mjs|mts)$/, '')) return false;
    const bindings = statement.importClause?.namedBindings;
    return !!bindings && ts.isNamedImports(bindings) && bindings.elements.some((e) => e.name.text === name);
  });
}

/** Where each code is produced: a scan of every source's error `extensions`, traced back to its literal. */
export function producedErrorCodes(root: string, files: readonly string[]): Map<string, string[]> {
  const parsed: Parsed[] = files.map((file) => ({
    file,
    source: ts.createSourceFile(file, readText(root, file), ts.ScriptTarget.Latest, true),
  }));
  // `const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE'`, in any file (constants are imported by name).
  const constants = new Map<string, string>();
  for (const { source } of parsed)
    walk(source, (node) => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer)
        if (ts.isStringLiteral(node.initializer) && CODE.test(node.initializer.text))
          constants.set(node.name.text, node.initializer.text);
    });

  const produced = new Map<string, string[]>();
  const add = (code: string, file: string) => {
    const where = produced.get(code) ?? [];
    if (!where.includes(file)) produced.set(code, [...where, file].sort());
  };

  const trace = (expression: ts.Expression, at: Parsed, seen: Set<ts.Node>): void => {
    if (seen.has(expression)) return;
    seen.add(expression);
    if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) {
      if (CODE.test(expression.text)) add(expression.text, at.file);
      return;
    }
    if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression)) {
      trace(expression.expression, at, seen);
      return;
    }
    if (ts.isConditionalExpression(expression)) {
      trace(expression.whenTrue, at, seen);
      trace(expression.whenFalse, at, seen);
      return;
    }
    if (ts.isBinaryExpression(expression)) {
      trace(expression.left, at, seen);
      trace(expression.right, at, seen);
      return;
    }
    if (!ts.isIdentifier(expression)) return; // `error.code`: the property's type names its codes.
    const name = expression.text;
    const constant = constants.get(name);
    if (constant) {
      add(constant, at.file);
      return;
    }
    // A local: a parameter (then every call's argument), or a variable (then the literals it is made of).
    let scope: ts.Node | undefined = expression.parent;
    while (scope) {
      if (ts.isFunctionLike(scope)) {
        const parameter = scope.parameters.find((p) => nameOf(p.name) === name);
        if (parameter) {
          const fn = functionOf(parameter);
          if (!fn) return;
          for (const caller of parsed)
            if (mayCall(caller, fn.name, at.file))
              walk(caller.source, (node) => {
                if (ts.isCallExpression(node) && nameOf(node.expression) === fn.name) {
                  const argument = node.arguments[fn.index];
                  if (argument) trace(argument, caller, seen);
                }
              });
          return;
        }
      }
      if (ts.isBlock(scope) || ts.isSourceFile(scope) || ts.isFunctionLike(scope)) {
        let local: ts.VariableDeclaration | undefined;
        scope.forEachChild((child) =>
          walk(child, (node) => {
            if (local || !ts.isVariableDeclaration(node) || !node.initializer) return;
            const names: string[] = [];
            walk(node.name, (n) => {
              if (ts.isIdentifier(n)) names.push(n.text);
            });
            if (names.includes(name)) local = node;
          }),
        );
        if (local?.initializer) {
          for (const code of literalsIn(local.initializer)) add(code, at.file);
          return;
        }
      }
      scope = scope.parent;
    }
  };

  for (const at of parsed)
    walk(at.source, (node) => {
      // `extensions: { code: … }`, `extensions: { code }`, `const extensions = { code, … }`.
      if (ts.isObjectLiteralExpression(node) && isExtensions(node))
        for (const property of node.properties) {
          if (ts.isPropertyAssignment(property) && nameOf(property.name) === 'code')
            trace(property.initializer, at, new Set());
          if (ts.isShorthandPropertyAssignment(property) && property.name.text === 'code')
            trace(property.name, at, new Set());
        }
      // `readonly code: 'BAD_USER_INPUT' | 'NOT_FOUND'`: an error class whose code is passed on as `error.code`.
      if (
        (ts.isPropertySignature(node) || ts.isPropertyDeclaration(node) || ts.isParameter(node)) &&
        nameOf(node.name) === 'code' &&
        node.type
      ) {
        const types = ts.isUnionTypeNode(node.type) ? node.type.types : [node.type];
        for (const type of types)
          if (ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal) && CODE.test(type.literal.text))
            add(type.literal.text, at.file);
      }
    });
  return new Map([...produced].sort(([a], [b]) => a.localeCompare(b)));
}

/** The codes `maskError` lets through to a caller: the members of the kit's `PUBLIC_ERROR_CODES`. */
export function publicErrorCodes(root: string, file = 'packages/kit/src/errors.ts'): Set<string> {
  const text = readText(root, file);
  const list = /PUBLIC_ERROR_CODES\s*=\s*new Set\(\[([^\]]*)\]/.exec(text);
  if (!list) throw new Error(`${file} declares no PUBLIC_ERROR_CODES set`);
  return new Set([...list[1]!.matchAll(/['"]([A-Z_]+)['"]/g)].map(([, code]) => code!));
}

/** The codes Apollo Server answers by itself (its `ApolloServerErrorCode` and validation codes), as installed. */
export function apolloServerErrorCodes(root: string, from = 'apps/gateway/package.json'): Set<string> {
  const require = createRequire(join(root, from));
  const text = readFileSync(require.resolve('@apollo/server/errors'), 'utf8');
  const codes = [...text.matchAll(/ApolloServer\w*ErrorCode\["([A-Z_]+)"\]\s*=/g)].map(([, code]) => code!);
  if (codes.length === 0) throw new Error('no ApolloServerErrorCode found in the installed @apollo/server');
  return new Set(codes);
}

/** The first-column names (in backticks) of the table rows in one `## ` section of a Markdown page. */
export function tableNames(markdown: string, heading: string): string[] {
  const sections = markdown.split(/^## /m);
  const section = sections.find((text) => text.startsWith(heading));
  if (!section) throw new Error(`no section "## ${heading}"`);
  const lines = section.split('\n');
  // A table's header row is the one followed by its `| --- |` line.
  return lines.flatMap((line, index) => {
    const name = /^\|\s*`([A-Za-z_]+)`\s*\|/.exec(line)?.[1];
    return name && !/^\|\s*:?-{3,}/.test(lines[index + 1] ?? '') ? [name] : [];
  });
}

/** The object types of a schema that implement the `Error` interface. */
export function typedErrorTypes(sdl: string): string[] {
  return [...sdl.matchAll(/^type\s+(\w+)\s+implements\s+([^{]*)\{/gm)]
    .filter(([, , interfaces]) => interfaces!.split('&').some((name) => name.trim() === 'Error'))
    .map(([, name]) => name!)
    .sort();
}

export interface ErrorPageOptions {
  /** The sources that produce codes (`errorSourceFiles`). */
  files: readonly string[];
  /** `producedErrorCodes` of `files`, when already read. */
  produced?: Map<string, string[]>;
  /** The codes Apollo Server answers by itself. */
  apolloCodes: ReadonlySet<string>;
  page: string;
  schema: string;
}

export const CODES_HEADING = 'Codes in `extensions.code`';
export const TYPED_HEADING = 'Typed errors in mutation results';

/**
 * What is wrong with the errors page: a code the graph can answer (produced by a source or by
 * Apollo Server, and let through by the mask) without a row, a row for a code nothing answers, a
 * code a source produces that the mask turns into INTERNAL_SERVER_ERROR, and the same for the
 * typed errors of the schema against their table.
 */
export function errorPageProblems(root: string, options: ErrorPageOptions): string[] {
  const produced = options.produced ?? producedErrorCodes(root, options.files);
  const allowed = publicErrorCodes(root);
  const answerable = new Set(
    [...produced.keys(), ...options.apolloCodes].filter((code) => allowed.has(code)),
  );
  const markdown = readText(root, options.page);
  const rows = tableNames(markdown, CODES_HEADING);
  const problems: string[] = [];
  for (const [code, where] of produced)
    if (!allowed.has(code))
      problems.push(
        `${code} (${where.join(', ')}) is not in PUBLIC_ERROR_CODES: callers see INTERNAL_SERVER_ERROR`,
      );
  for (const code of [...answerable].sort())
    if (!rows.includes(code)) {
      const where = produced.get(code)?.join(', ') ?? 'Apollo Server';
      problems.push(`${code} (${where}) has no row in ${options.page}`);
    }
  for (const code of rows)
    if (!answerable.has(code)) problems.push(`${options.page} lists ${code}, which no source answers`);
  const types = typedErrorTypes(readText(root, options.schema));
  const typedRows = tableNames(markdown, TYPED_HEADING);
  for (const type of types)
    if (!typedRows.includes(type)) problems.push(`${type} (${options.schema}) has no row in ${options.page}`);
  for (const type of typedRows)
    if (!types.includes(type))
      problems.push(`${options.page} lists ${type}, which is no typed error of ${options.schema}`);
  for (const name of [...rows, ...typedRows])
    if ([...rows, ...typedRows].indexOf(name) !== [...rows, ...typedRows].lastIndexOf(name))
      problems.push(`${options.page} lists ${name} more than once`);
  return [...new Set(problems)];
}
