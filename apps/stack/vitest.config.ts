import { defineConfig } from 'vitest/config';

// Each file starts real servers (PGlite in-process, or a database of its own on TEST_DATABASE_URL).
export default defineConfig({ test: { include: ['tests/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000 } });
