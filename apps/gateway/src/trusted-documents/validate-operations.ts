import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLError, parse, specifiedRules, validate } from 'graphql';
import { loadOperationFiles } from './operation-files.ts';

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

/** The registered operations in these directories or files (see `loadOperationFiles`), with their text. */
export function readOperations(...paths: string[]): OperationSource[] {
  return loadOperationFiles(...paths).map(({ file }) => ({ file, text: readFileSync(file, 'utf8') }));
}
