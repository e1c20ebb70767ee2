import { fileURLToPath } from 'node:url';
import {
  assertMigrated,
  connectDatabase,
  type Database,
  type DatabaseOptions,
  type MigrateMode,
  type MigrationTarget,
  migrateDatabase,
  migrateModeFromEnv,
} from '@mienskip/kit/db';

/**
 * The gateway's own store (API keys) in schema `gateway`, migrated like a subgraph's: by its migrate
 * command (`src/migrate.ts`) or at start. Its runtime role reads and writes the rows of both tables
 * (`keys/store.ts`: keys and secrets are created, changed, locked and removed), nothing else.
 */
export const GATEWAY_MIGRATIONS: MigrationTarget = {
  name: 'gateway',
  migrationsFolder: fileURLToPath(new URL('./db/migrations', import.meta.url)),
};

/**
 * Connects to the key store and applies its migrations (`on-start`) or checks that all are applied
 * (`never`); default from `MIENSKIP_MIGRATE` (`never` when `NODE_ENV=production`).
 */
export async function openGatewayDatabase(
  options: DatabaseOptions,
  migrate: MigrateMode = migrateModeFromEnv(process.env),
): Promise<Database> {
  const database = await connectDatabase(options);
  try {
    const { name, migrationsFolder } = GATEWAY_MIGRATIONS;
    if (migrate === 'never') await assertMigrated(database, name, migrationsFolder);
    else await migrateDatabase(database, name, migrationsFolder);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}
