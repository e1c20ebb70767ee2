import { defineConfig } from 'vitest/config';

/**
 * The base of every package's vitest config.
 * - Node loads graphql's CommonJS build for our dependencies (Pothos, Apollo); vite would give test
 *   files the ESM build, and graphql-js refuses schemas "from another module or realm". The alias
 *   makes tests use the same build as everything else.
 * - Workspace packages export their TypeScript sources under the `source` condition (the default
 *   entry is the compiled `dist/`), as `tsx --conditions=source` does outside tests.
 */
export const sharedConfig = defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }], conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: { include: ['src/**/*.test.ts', 'tests/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 },
});
