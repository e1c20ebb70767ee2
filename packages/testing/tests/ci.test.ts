import { describe, expect, it, vi } from 'vitest';
import { createTestDatabase, inCi, requireOrSkip, requirePostgres } from '../src/index.ts';

describe('requireOrSkip: CI does not skip silently', () => {
  it('runs the tests when the service is there', () => {
    expect(requireOrSkip('Redis', true, 'set REDIS_URL', { CI: 'true' })).toBe(true);
  });

  it('skips with a warning on a developer machine', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(requireOrSkip('Redis', false, 'set REDIS_URL', {})).toBe(false);
    expect(warn).toHaveBeenCalledWith('Skipping the tests that need Redis: set REDIS_URL');
    warn.mockRestore();
  });

  it('fails in CI, saying what is missing', () => {
    expect(() => requireOrSkip('Chromium', false, 'install chromium', { CI: 'true' })).toThrow(
      'Chromium is required when CI=true, and it is missing: install chromium',
    );
    expect(() => requirePostgres({ CI: 'true' })).toThrow(
      /PostgreSQL is required when CI=true.*TEST_DATABASE_URL/,
    );
  });

  it('knows CI by CI=true (or 1)', () => {
    expect([inCi({ CI: 'true' }), inCi({ CI: '1' }), inCi({ CI: 'false' }), inCi({})]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('createTestDatabase in CI', () => {
  it('refuses to fall back on PGlite when TEST_DATABASE_URL is missing', async () => {
    vi.stubEnv('CI', 'true');
    vi.stubEnv('TEST_DATABASE_URL', '');
    try {
      await expect(createTestDatabase()).rejects.toThrow(/CI=true and TEST_DATABASE_URL is not set/);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
