import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('the audit server', () => {
  it('refuses to start without the gateway public key, and says so', () => {
    const result = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', 'src/server.ts'], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      env: { PATH: process.env.PATH, PORT: '0' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toContain('MIENSKIP_TOKEN_PUBLIC_JWKS is not set');
  });
});
