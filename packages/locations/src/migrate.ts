import { runMigrations } from '@mienskip/kit/db';
import { locations } from './index.ts';

await runMigrations(locations);
