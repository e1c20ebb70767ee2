/** `pnpm migrate` / `pnpm migrate:production`: the key store's migrations and its runtime role's grants (`runMigrations`). */
import { runMigrations } from '@mienskip/kit/db';
import { GATEWAY_MIGRATIONS } from './database.ts';

await runMigrations(GATEWAY_MIGRATIONS);
