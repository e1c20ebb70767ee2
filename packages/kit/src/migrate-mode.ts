/**
 * Whether a service applies its migrations when it starts (`MIENSKIP_MIGRATE`):
 * - `on-start`: connects, migrates, then serves (the local stack, `npm start` and the tests);
 * - `never`: only checks that every migration is applied, and stops otherwise: in production the
 *   migrations are a step of their own (`migrate:production`), run as the database's owner, and the
 *   service runs as a role that may not change the schema (docs/operations.md).
 */
export const MIGRATE_MODES = ['on-start', 'never'] as const;
export type MigrateMode = (typeof MIGRATE_MODES)[number];

export const MIGRATE_ENV = 'MIENSKIP_MIGRATE';

/** The migrate mode from `MIENSKIP_MIGRATE`; unset: `never` when `NODE_ENV=production`, `on-start` otherwise. */
export function migrateModeFromEnv(env: Readonly<Record<string, string | undefined>>): MigrateMode {
  const raw = env[MIGRATE_ENV];
  if (raw === undefined || raw === '') return env.NODE_ENV === 'production' ? 'never' : 'on-start';
  if (!(MIGRATE_MODES as readonly string[]).includes(raw))
    throw new Error(`${MIGRATE_ENV} must be one of ${MIGRATE_MODES.join(', ')}, not "${raw}"`);
  return raw as MigrateMode;
}
