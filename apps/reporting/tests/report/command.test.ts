import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DOMAIN_TABLES, ReportError, runReport } from '../../src/report/command.ts';
import { closedPort } from '../support/closed-port.ts';
import { fromShell } from '../support/shell.ts';
import { answers2021, emptyAnswers, PERSONAL_REFERENCE, REFERENCE } from './fixtures.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'report-command-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const ENV = { MIENSKIP_GATEWAY_URL: 'http://gateway.test/graphql', MIENSKIP_API_KEY: 'msk_test' };

/**
 * A gateway that answers the recorded answers by operation (2021 from the variables' period, 2020
 * with nothing but zeros and secrets), and notes each request.
 */
function recordedGateway(reference = REFERENCE) {
  const requests: { operationName: string; variables: Record<string, unknown> }[] = [];
  const fetch: typeof globalThis.fetch = async (_url, init) => {
    const body = JSON.parse(String(init!.body));
    requests.push(body);
    const year = String(body.variables.from ?? '').slice(0, 4);
    const answers = year === '2020' ? emptyAnswers() : answers2021();
    const table = body.operationName.replace(/^Council/, '').toLowerCase();
    const data = table === 'reference' ? reference : answers[table as keyof typeof answers];
    return new Response(JSON.stringify({ data }), { status: 200 });
  };
  return { fetch, requests };
}

describe('pnpm report with recorded answers', () => {
  it('reads the reference once and each domain table for the period and the previous year: one request each', async () => {
    const out = join(tempDir(), 'rapport');
    const gateway = recordedGateway();
    const progress: string[] = [];
    const result = await runReport({
      argv: ['--year', '2021', '--by', 'quarter,area', '--format', 'csv,xlsx', '--out', out],
      env: ENV,
      fetch: gateway.fetch,
      progress: (line) => progress.push(line),
    });
    expect(result.requests).toBe(1 + 2 * DOMAIN_TABLES.length);
    expect(gateway.requests.map((r) => r.operationName)).toEqual([
      'CouncilReference',
      'CouncilWmo',
      'CouncilFinance',
      'CouncilRooms',
      'CouncilYouth',
      'CouncilDebt',
      'CouncilWmo',
      'CouncilFinance',
      'CouncilRooms',
      'CouncilYouth',
      'CouncilDebt',
    ]);
    expect(gateway.requests[1]!.variables).toEqual({
      from: '2021-01-01',
      to: '2021-12-31',
      grain: 'QUARTER',
      byArea: true,
    });
    expect(gateway.requests[2]!.variables).toMatchObject({ year: 2021 });
    expect(gateway.requests[7]!.variables).toMatchObject({
      from: '2020-01-01',
      to: '2020-12-31',
      year: 2020,
    });
    expect(Object.keys(result.files)).toEqual(['csv', 'xlsx']);
    expect(readFileSync(join(out, 'report.csv'), 'utf8')).toMatch(
      /^indicator,period,area,value,secret,rounded,unit\n/,
    );
    expect(existsSync(join(out, 'report.xlsx'))).toBe(true);
    expect(existsSync(join(out, 'report.html'))).toBe(false);
    // 2020 answered only zeros and secrets: nothing to compare with.
    expect(result.report.previous).toBeNull();
    expect(progress.join('\n')).toMatch(/Done: 11 requests to the gateway/);
  });

  it('stops before any table when the key lacks the statistics scope, naming it and pnpm keys', async () => {
    const gateway = recordedGateway({
      ...REFERENCE,
      viewer: { organisation: { name: 'X' }, scopes: ['clients:read'] },
    });
    const out = join(tempDir(), 'rapport');
    await expect(
      runReport({ argv: ['--year', '2021', '--out', out], env: ENV, fetch: gateway.fetch }),
    ).rejects.toThrow(/lacks the scope statistics .*pnpm keys/);
    expect(gateway.requests).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });

  it('warns that the CSV of a key with personal-data is not for publication (a CSV has no cover)', async () => {
    for (const [reference, warned] of [
      [PERSONAL_REFERENCE, true],
      [REFERENCE, false],
    ] as const) {
      const progress: string[] = [];
      await runReport({
        argv: ['--year', '2021', '--format', 'csv', '--out', tempDir()],
        env: ENV,
        fetch: recordedGateway(reference).fetch,
        progress: (line) => progress.push(line),
      });
      expect(
        progress.some((line) => /NIET VOOR PUBLICATIE: .*report\.csv holds exact counts/.test(line)),
      ).toBe(warned);
    }
  });

  it('asks for whole calendar months from every key, before it sends anything', async () => {
    for (const reference of [REFERENCE, PERSONAL_REFERENCE]) {
      const gateway = recordedGateway(reference);
      const run = runReport({
        argv: ['--from', '2021-01-05', '--to', '2021-03-31', '--out', tempDir()],
        env: ENV,
        fetch: gateway.fetch,
      });
      await expect(run).rejects.toBeInstanceOf(ReportError);
      await expect(run).rejects.toThrow(/whole calendar months/);
      expect(gateway.requests).toEqual([]);
    }
  });

  it('asks finance by year when the period runs over a year’s end without a grain (spending is summed per year)', async () => {
    const gateway = recordedGateway();
    await runReport({
      argv: [
        '--from',
        '2020-07-01',
        '--to',
        '2021-06-30',
        '--by',
        'area',
        '--format',
        'csv',
        '--out',
        tempDir(),
      ],
      env: ENV,
      fetch: gateway.fetch,
    }).catch(() => undefined);
    const finance = gateway.requests.filter((r) => r.operationName === 'CouncilFinance');
    expect(finance.length).toBeGreaterThan(0);
    for (const request of finance) expect(request.variables.grain).toBe('YEAR');
    const wmo = gateway.requests.find((r) => r.operationName === 'CouncilWmo');
    expect(wmo?.variables.grain).toBeNull();
  });
});

describe('pnpm report as a command', () => {
  const report = fromShell('report');

  it('exits 2 and names the variable when the key is missing', () => {
    const result = report(['--year', '2021', '--out', tempDir()], {
      MIENSKIP_GATEWAY_URL: ENV.MIENSKIP_GATEWAY_URL,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^report: MIENSKIP_API_KEY is not set/);
  });

  it('exits 3 and names the gateway when it cannot be reached, with its progress on stderr', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/graphql`;
    const result = report(['--year', '2021', '--by', 'quarter', '--out', tempDir()], {
      MIENSKIP_GATEWAY_URL: url,
      MIENSKIP_API_KEY: 'msk_test',
    });
    expect(result.status).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      `Council report 2021-01-01 – 2021-12-31 (per kwartaal, gemeente als geheel) through ${url}`,
    );
    expect(result.stderr).toMatch(/report: Cannot reach the gateway at/);
  });

  it('prints its usage with --help', () => {
    const result = report(['--help'], {});
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: pnpm report/);
  });
});
