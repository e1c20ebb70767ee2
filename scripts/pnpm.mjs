#!/usr/bin/env node
// Runs the pnpm version pinned in package.json#packageManager, on machines that only have npm.
// (corepack cannot verify signatures against this registry, so it is not used.)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { packageManager } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const args = process.argv.slice(2);
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', APOLLO_TELEMETRY_DISABLED: '1' };
const result = spawnSync('npx', ['--yes', packageManager, ...args], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
