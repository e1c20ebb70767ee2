/**
 * Whether the tests run in CI: `.ci/run` exports `CI=true` and turbo passes `CI` on to every task
 * (`globalEnv` in turbo.json). This file imports nothing, so that the kit's own tests can use it
 * too (the kit cannot depend on this package, which depends on the kit).
 */
export function inCi(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CI === 'true' || env.CI === '1';
}

/**
 * For `describe.runIf(...)`: true when `service` is there. When it is not, a developer's run skips
 * those tests with a warning, but a CI run fails, so that a missing PostgreSQL, Redis or Chromium is
 * never a silent green.
 */
export function requireOrSkip(
  service: string,
  available: boolean,
  hint: string,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  if (available) return true;
  if (inCi(env)) throw new Error(`${service} is required when CI=true, and it is missing: ${hint}`);
  console.warn(`Skipping the tests that need ${service}: ${hint}`);
  return false;
}

export const POSTGRES_HINT =
  'set TEST_DATABASE_URL to a PostgreSQL server, e.g. postgres://postgres@127.0.0.1:5432/postgres';

/** For tests that need a real PostgreSQL server (TEST_DATABASE_URL), not the in-memory PGlite. */
export function requirePostgres(env: NodeJS.ProcessEnv = process.env): boolean {
  return requireOrSkip('PostgreSQL', Boolean(env.TEST_DATABASE_URL), POSTGRES_HINT, env);
}
