import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import {
  buildSchema,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLError,
  Kind,
  parse,
  print,
  specifiedRules,
  validate,
  visit,
} from 'graphql';

/** A registered operation: where it is kept and its text. */
export interface OperationSource {
  file: string;
  text: string;
}

/** A registered operation that the schema refuses, with graphql-js's messages. */
export interface InvalidOperation {
  file: string;
  /** Each message with where it is in the file, e.g. `Cannot query field "x" on type "Query". (2:3)`. */
  messages: string[];
}

const withLocation = (error: GraphQLError) =>
  error.locations?.length
    ? `${error.message} (${error.locations.map((at) => `${at.line}:${at.column}`).join(', ')})`
    : error.message;

/**
 * The operations that do not validate against the schema (SDL) with graphql-js's specified rules,
 * each with its messages; empty when all do. An operation that does not parse is invalid too. Pure:
 * reads and writes nothing.
 */
export function invalidOperations(
  schemaSdl: string,
  operations: readonly OperationSource[],
): InvalidOperation[] {
  const schema = buildSchema(schemaSdl);
  return operations.flatMap(({ file, text }) => {
    let errors: readonly GraphQLError[];
    try {
      errors = validate(schema, parse(text), specifiedRules);
    } catch (error) {
      errors = [error as GraphQLError];
    }
    return errors.length ? [{ file, messages: errors.map(withLocation) }] : [];
  });
}

/**
 * The registered operations under these directories (recursively, `generated/` left out), one entry
 * per file that holds an operation: the file's text followed by the fragments it uses (transitively)
 * from the other files of its directory, its team's. Files of fragments alone make no entry; they
 * are validated with the operations that use them. Throws on a file that does not parse or a fragment
 * name defined twice in one directory.
 */
export function readOperations(...paths: string[]): OperationSource[] {
  return paths.flatMap((path) =>
    [...groupByDirectory(graphqlFiles(path))].flatMap(([, files]) => withFragments(files)),
  );
}

interface ParsedFile {
  file: string;
  text: string;
  document: DocumentNode;
}

function graphqlFiles(path: string): ParsedFile[] {
  if (!statSync(path).isDirectory()) return [parsedFile(path)];
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => entry.name !== 'generated')
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const child = join(path, entry.name);
      if (entry.isDirectory()) return graphqlFiles(child);
      return entry.isFile() && entry.name.endsWith('.graphql') ? [parsedFile(child)] : [];
    });
}

function parsedFile(path: string): ParsedFile {
  const file = relative(process.cwd(), resolve(path)) || path;
  const text = readFileSync(path, 'utf8');
  try {
    return { file, text, document: parse(text) };
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}

function groupByDirectory(files: readonly ParsedFile[]): Map<string, ParsedFile[]> {
  const groups = new Map<string, ParsedFile[]>();
  for (const file of files) groups.set(dirname(file.file), [...(groups.get(dirname(file.file)) ?? []), file]);
  return groups;
}

/** Each operation file of one directory with the fragments of the others that it needs. */
function withFragments(files: readonly ParsedFile[]): OperationSource[] {
  const fragments = new Map<string, { file: string; node: FragmentDefinitionNode }>();
  for (const { file, document } of files)
    for (const node of document.definitions)
      if (node.kind === Kind.FRAGMENT_DEFINITION) {
        const same = fragments.get(node.name.value);
        if (same) throw new Error(`${file}: fragment ${node.name.value} is also defined in ${same.file}`);
        fragments.set(node.name.value, { file, node });
      }
  return files
    .filter(({ document }) => document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION))
    .map(({ file, text, document }) => {
      const own = new Set(
        document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : [])),
      );
      const needed = usedFragments(document.definitions, fragments).filter((name) => !own.has(name));
      const added = needed.map((name) => print(fragments.get(name)!.node));
      return { file, text: [text.trimEnd(), ...added].join('\n\n') };
    });
}

/** The names of the fragments these definitions spread, directly or through other fragments. */
function usedFragments(
  definitions: readonly DefinitionNode[],
  fragments: ReadonlyMap<string, { node: FragmentDefinitionNode }>,
): string[] {
  const found = new Set<string>();
  const walk = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        if (found.has(name)) return;
        found.add(name);
        const fragment = fragments.get(name);
        if (fragment) walk(fragment.node);
      },
    });
  for (const definition of definitions) walk(definition);
  return [...found];
}
