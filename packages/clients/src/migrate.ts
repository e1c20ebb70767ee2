import { runMigrations } from '@mienskip/kit/db';
import { clients } from './index.ts';

await runMigrations(clients);
