import { fileURLToPath } from 'node:url';
import { connectDatabase, type Database, type DatabaseOptions, migrateDatabase } from '@mienskip/kit/db';

const MIGRATIONS = fileURLToPath(new URL('./db/migrations', import.meta.url));

/** The gateway's own store (API keys), migrated like a subgraph's, in schema `gateway`. */
export async function openGatewayDatabase(options: DatabaseOptions): Promise<Database> {
  const database = await connectDatabase(options);
  try {
    await migrateDatabase(database, 'gateway', MIGRATIONS);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}
