import { runMigrations } from '@mienskip/kit/db';
import { debt } from './index.ts';

await runMigrations(debt);
