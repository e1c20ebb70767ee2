import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { composeServices } from '@apollo/composition';
import { canonicalUrl, SUBGRAPHS, type SubgraphEntry } from '@mienskip/kit/catalogue';
import { parse } from 'graphql';

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

/**
 * Composes the committed SDL files of the catalogue's subgraphs (read from the files, never from the
 * packages); throws with every composition error when it fails.
 */
export function composeSupergraph(
  subgraphs: readonly SubgraphEntry[] = SUBGRAPHS,
  repoRoot: URL = REPO_ROOT,
): Composed {
  const result = composeServices(
    subgraphs.map((entry) => ({
      name: entry.name,
      url: canonicalUrl(entry),
      typeDefs: parse(readFileSync(new URL(entry.schemaFile, repoRoot), 'utf8')),
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
