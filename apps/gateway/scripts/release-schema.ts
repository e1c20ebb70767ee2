// `pnpm --filter @mienskip/gateway release-schema`: marks the current public schema as released.
// From then on, a test fails on any change that would break a client of this release.
import { copyFileSync } from 'node:fs';
import { API_SCHEMA_FILE, RELEASED_API_SCHEMA_FILE } from '../src/compose.ts';

copyFileSync(API_SCHEMA_FILE, RELEASED_API_SCHEMA_FILE);
console.log(`Released ${API_SCHEMA_FILE.pathname}`);
