import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ddasOptions, runDdas } from '../../src/ddas/command.ts';
import { DdasGraphError, DdasUsageError } from '../../src/ddas/errors.ts';
import { closedPort } from '../support/closed-port.ts';
import { fromShell } from '../support/shell.ts';
import { SECRET } from './fixtures.ts';

const ARGV = ['--from', '2021-01-01', '--to', '2021-12-31', '--out', 'delivery'];
const ENV = {
  MIENSKIP_GATEWAY_URL: 'http://localhost:4000/graphql',
  MIENSKIP_API_KEY: 'msk_test_key',
  MIENSKIP_DDAS_SECRET: SECRET,
};

describe('the ddas command’s options, checked before anything is read', () => {
  it('takes the period, the directory and the environment', () => {
    const options = ddasOptions(ARGV, ENV);
    expect(options).toMatchObject({
      period: { from: '2021-01-01', to: '2021-12-31' },
      gatewayUrl: 'http://localhost:4000/graphql',
      supplierCode: 'MIENSKIP',
      pageSize: 50,
    });
    expect(options.out).toMatch(/\/delivery$/);
    // pnpm runs the script in apps/reporting: a relative --out is taken from where pnpm was run.
    expect(ddasOptions(ARGV, { ...ENV, INIT_CWD: '/srv/ddas' }).out).toBe('/srv/ddas/delivery');
    expect(ddasOptions(ARGV, { ...ENV, MIENSKIP_GATEWAY_URL: 'http://gateway:4000' }).gatewayUrl).toBe(
      'http://gateway:4000/graphql',
    );
  });

  it('names what is missing: the gateway, the key, the secret, the directory, the period', () => {
    const { MIENSKIP_GATEWAY_URL: _, ...noGateway } = ENV;
    expect(() => ddasOptions(ARGV, noGateway)).toThrow(/MIENSKIP_GATEWAY_URL is not set/);
    const { MIENSKIP_API_KEY: __, ...noKey } = ENV;
    expect(() => ddasOptions(ARGV, noKey)).toThrow(
      /MIENSKIP_API_KEY is not set: set it to a key with debt:read/,
    );
    const { MIENSKIP_DDAS_SECRET: ___, ...noSecret } = ENV;
    expect(() => ddasOptions(ARGV, noSecret)).toThrow(/MIENSKIP_DDAS_SECRET is not set/);
    expect(() => ddasOptions(ARGV.slice(0, 4), ENV)).toThrow('Give the directory to write to as --out <dir>');
    expect(() => ddasOptions(['--out', 'x'], ENV)).toThrow(DdasUsageError);
    expect(() => ddasOptions([...ARGV, '--year', '2021'], ENV)).toThrow(/Unknown option '--year'/);
    expect(() => ddasOptions([...ARGV, '--page-size', '500'], ENV)).toThrow(
      '--page-size is a whole number from 1 to 100',
    );
  });

  it('names the gateway it cannot reach, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ddas-'));
    const out = join(dir, 'out');
    const port = await closedPort();
    const run = runDdas({
      argv: ['--from', '2021-01-01', '--to', '2021-12-31', '--out', out],
      env: { ...ENV, MIENSKIP_GATEWAY_URL: `http://127.0.0.1:${port}/graphql` },
    });
    await expect(run).rejects.toBeInstanceOf(DdasGraphError);
    await expect(run).rejects.toThrow(`Cannot reach the gateway at http://127.0.0.1:${port}/graphql`);
    expect(existsSync(out)).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('pnpm ddas', () => {
  const ddas = fromShell('ddas');

  it('exits 2 and names the variable when the delivery secret is missing', () => {
    const { MIENSKIP_DDAS_SECRET: _, ...env } = ENV;
    const result = ddas(ARGV, env);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^ddas: MIENSKIP_DDAS_SECRET is not set/);
  });

  it('exits 3 when the gateway cannot be reached', async () => {
    const result = ddas(ARGV, {
      ...ENV,
      MIENSKIP_GATEWAY_URL: `http://127.0.0.1:${await closedPort()}/graphql`,
    });
    expect(result.status).toBe(3);
    expect(result.stderr).toContain('Cannot reach the gateway');
  });

  it('prints its usage with --help', () => {
    const result = ddas(['--help'], {});
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: pnpm ddas --from YYYY-MM-DD --to YYYY-MM-DD --out <dir>');
  });
});
