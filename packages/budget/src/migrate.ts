import { runMigrations } from '@mienskip/kit/db';
import { budget } from './index.ts';

await runMigrations(budget);
