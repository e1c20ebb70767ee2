import { runMigrations } from '@mienskip/kit/db';
import { audit } from './index.ts';

await runMigrations(audit);
