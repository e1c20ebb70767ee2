import { runMigrations } from '@mienskip/kit/db';
import { youth } from './index.ts';

await runMigrations(youth);
