import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Kind, parse } from 'graphql';
import { hashOperation } from './operation-hash.ts';

export interface OperationFile {
  /** The path given, or below the directory given (relative to the working directory). */
  file: string;
  /** The operation's name. */
  name: string;
  hash: string;
}

function graphqlFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const child = join(path, entry.name);
      if (entry.isDirectory()) return graphqlFiles(child);
      return entry.isFile() && entry.name.endsWith('.graphql') ? [child] : [];
    });
}

/**
 * Every `.graphql` file in these directories (recursively, by path) or these files, each holding
 * exactly one named operation and no fragments (a client sends the file as it is, so a fragment
 * would have to be in the same file: not supported). Throws on any file that does not parse, has
 * no operation, several, an anonymous one, or when two files hold the same text.
 */
export function loadOperationFiles(...paths: string[]): OperationFile[] {
  const operations: OperationFile[] = [];
  const byHash = new Map<string, string>();
  for (const path of paths) {
    for (const found of graphqlFiles(path)) {
      const file = relative(process.cwd(), resolve(found)) || found;
      const text = readFileSync(found, 'utf8');
      let definitions: ReturnType<typeof parse>['definitions'];
      try {
        definitions = parse(text).definitions;
      } catch (error) {
        throw new Error(`${file}: ${(error as Error).message}`);
      }
      const ops = definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
      if (ops.length !== 1 || definitions.length !== 1)
        throw new Error(
          `${file}: a trusted-operation file holds exactly one operation and nothing else; it has ${ops.length} operation(s) in ${definitions.length} definition(s)`,
        );
      const name = ops[0]!.name?.value;
      if (!name) throw new Error(`${file}: the operation needs a name`);
      const hash = hashOperation(text);
      const same = byHash.get(hash);
      if (same) throw new Error(`${file}: the same text as ${same}`);
      byHash.set(hash, file);
      operations.push({ file, name, hash });
    }
  }
  if (!operations.length) throw new Error(`No .graphql files in ${paths.join(', ')}`);
  return operations;
}
