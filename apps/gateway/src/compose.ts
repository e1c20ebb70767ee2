import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { SUBGRAPHS } from './subgraphs.ts';

// @apollo/composition builds its schema with graphql's CommonJS build; print it with the same
// build, or graphql-js refuses a schema "from another module or realm".
const { lexicographicSortSchema, printSchema } = createRequire(import.meta.url)(
  'graphql',
) as typeof import('graphql');

export const REPO_ROOT = new URL('../../../', import.meta.url);
export const SUPERGRAPH_FILE = new URL('../schema/supergraph.graphql', import.meta.url);
export const API_SCHEMA_FILE = new URL('../schema/api.graphql', import.meta.url);
export const RELEASED_API_SCHEMA_FILE = new URL('../schema/api.released.graphql', import.meta.url);

export interface Composed {
  supergraphSdl: string;
  apiSdl: string;
}

/** Composes the committed subgraph SDL files; throws with every composition error when it fails. */
export function composeSupergraph(): Composed {
  const result = composeServices(
    SUBGRAPHS.map(({ name, url, schemaFile }) => ({
      name,
      url,
      typeDefs: parse(readFileSync(new URL(schemaFile, REPO_ROOT), 'utf8')),
    })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  return {
    supergraphSdl: `${result.supergraphSdl.trim()}\n`,
    apiSdl: `${printSchema(lexicographicSortSchema(result.schema.toAPISchema().toGraphQLJSSchema())).trim()}\n`,
  };
}
