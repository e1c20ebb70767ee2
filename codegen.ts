import { readdirSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents and a persisted-document manifest for every team's registered operations
// (`apps/gateway/operations/<team>/*.graphql`, fragments allowed), against the public schema.
// `pnpm codegen` writes them; `pnpm codegen --check` (part of `pnpm check`) fails when they are stale.
const operations = 'apps/gateway/operations';
const teams = readdirSync(operations, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const config: CodegenConfig = {
  schema: 'apps/gateway/schema/api.graphql',
  ignoreNoDocuments: false,
  emitLegacyCommonJSImports: false,
  importExtension: '.ts',
  generates: Object.fromEntries(
    teams.map((team) => [
      `${operations}/${team}/generated/`,
      {
        documents: [`${operations}/${team}/*.graphql`],
        preset: 'client',
        config: {
          enumsAsTypes: true,
          useTypeImports: true,
          scalars: { Date: 'string', LocalTime: 'string', DateTime: 'string' },
        },
        presetConfig: {
          fragmentMasking: false,
          // Apps send the document's id, never its text: the gateway knows the text from the manifest.
          persistedDocuments: { hashAlgorithm: 'sha256', mode: 'replaceDocumentWithHash' },
        },
      },
    ]),
  ),
};

export default config;
