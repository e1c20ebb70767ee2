/**
 * What a subgraph writes into its database at start, after the migrations (`MIENSKIP_SEED`):
 * - `none`: nothing (a production database holds only what its users enter);
 * - `reference`: the sources' real figures (the nine rooms and their areas, the organisations, the
 *   2021 lumpsums, ...), once, leaving rows changed since as they are;
 * - `synthetic`: the reference data and generated residents, cases, presence and the rest, once.
 */
export const SEED_MODES = ['none', 'reference', 'synthetic'] as const;
export type SeedMode = (typeof SEED_MODES)[number];
/** What a subgraph's seed is asked to write: `none` never reaches it. */
export type SeedLevel = Exclude<SeedMode, 'none'>;

export const SEED_ENV = 'MIENSKIP_SEED';

/**
 * The seed mode from `MIENSKIP_SEED`; unset: `none` when `NODE_ENV=production` (no invented residents
 * in a production database), `synthetic` otherwise (the local stack and the tests).
 */
export function seedModeFromEnv(env: Readonly<Record<string, string | undefined>>): SeedMode {
  const raw = env[SEED_ENV];
  if (raw === undefined || raw === '') return env.NODE_ENV === 'production' ? 'none' : 'synthetic';
  if (!(SEED_MODES as readonly string[]).includes(raw))
    throw new Error(`${SEED_ENV} must be one of ${SEED_MODES.join(', ')}, not "${raw}"`);
  return raw as SeedMode;
}
