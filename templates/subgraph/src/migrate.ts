import { runMigrations } from '@mienskip/kit/db';
import { __name__ } from './index.ts';

await runMigrations(__name__);
