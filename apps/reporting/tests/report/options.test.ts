import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ReportUsageError } from '../../src/report/errors.ts';
import { reportOptions } from '../../src/report/options.ts';

const ENV = {
  MIENSKIP_GATEWAY_URL: 'http://localhost:4000/graphql',
  MIENSKIP_API_KEY: 'msk_test',
  INIT_CWD: '/srv',
};
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function config(content: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-config-'));
  dirs.push(dir);
  const file = join(dir, 'raad.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const refused = (argv: string[], env: Record<string, string | undefined> = ENV) => {
  try {
    reportOptions(argv, env);
  } catch (error) {
    expect(error).toBeInstanceOf(ReportUsageError);
    return (error as Error).message;
  }
  throw new Error('not refused');
};

describe('the report’s options, checked before anything is read', () => {
  it('takes a year, the cut by quarter and area, the formats, and --out from where pnpm was run', () => {
    expect(
      reportOptions(
        ['--year', '2021', '--by', 'quarter,area', '--format', 'xlsx,csv', '--out', 'rapport'],
        ENV,
      ),
    ).toEqual({
      period: { from: '2021-01-01', to: '2021-12-31' },
      grain: 'QUARTER',
      byArea: true,
      formats: ['csv', 'xlsx'],
      out: '/srv/rapport',
      gatewayUrl: 'http://localhost:4000/graphql',
      apiKey: 'msk_test',
    });
  });

  it('takes --from/--to instead, and by default the whole period, the municipality, every format', () => {
    const options = reportOptions(['--from', '2021-04-01', '--to', '2021-09-30', '--out', '/tmp/r'], {
      ...ENV,
      MIENSKIP_GATEWAY_URL: 'http://gateway:4000',
    });
    expect(options).toMatchObject({
      period: { from: '2021-04-01', to: '2021-09-30' },
      grain: null,
      byArea: false,
      formats: ['csv', 'xlsx', 'html'],
      out: '/tmp/r',
      gatewayUrl: 'http://gateway:4000/graphql',
    });
    expect(reportOptions(['--year', '2021', '--by', 'area', '--out', 'x'], ENV)).toMatchObject({
      grain: null,
      byArea: true,
    });
    expect(reportOptions(['--year', '2021', '--by', 'MONTH', '--out', 'x'], ENV).grain).toBe('MONTH');
  });

  it('refuses what it cannot read, naming the flag', () => {
    expect(refused(['--out', 'x'])).toMatch(/--year YYYY, or as --from/);
    expect(refused(['--year', '2021', '--from', '2021-01-01', '--out', 'x'])).toMatch(/not both/);
    expect(refused(['--year', '21', '--out', 'x'])).toMatch(/--year 21 is not a year/);
    expect(refused(['--from', '2021-02-30', '--to', '2021-12-31', '--out', 'x'])).toMatch(
      /--from 2021-02-30/,
    );
    expect(refused(['--from', '2021-12-01', '--to', '2021-01-31', '--out', 'x'])).toMatch(/lies after/);
    expect(refused(['--year', '2021', '--by', 'quarter,month', '--out', 'x'])).toMatch(
      /one of quarter, month or year/,
    );
    expect(refused(['--year', '2021', '--by', 'week', '--out', 'x'])).toMatch(/--by week/);
    expect(refused(['--year', '2021', '--format', 'pdf', '--out', 'x'])).toMatch(/--format pdf/);
    expect(refused(['--year', '2021'])).toMatch(/--out <dir>/);
    expect(refused(['--year', '2021', '--out', 'x', '--verbose'])).toMatch(/Unknown option '--verbose'/);
  });

  it('names the environment variable that is missing', () => {
    expect(refused(['--year', '2021', '--out', 'x'], { ...ENV, MIENSKIP_GATEWAY_URL: undefined })).toMatch(
      /MIENSKIP_GATEWAY_URL is not set/,
    );
    expect(refused(['--year', '2021', '--out', 'x'], { ...ENV, MIENSKIP_GATEWAY_URL: 'not a url' })).toMatch(
      /is not a URL/,
    );
    expect(refused(['--year', '2021', '--out', 'x'], { ...ENV, MIENSKIP_API_KEY: '' })).toMatch(
      /MIENSKIP_API_KEY is not set: .*statistics/,
    );
  });

  it('reads a config file for a scheduled run; its out is taken from the file’s directory; flags override it', () => {
    const file = config({ year: 2021, by: ['quarter', 'area'], format: 'csv', out: 'uitvoer' });
    expect(reportOptions(['--config', file], ENV)).toMatchObject({
      period: { from: '2021-01-01', to: '2021-12-31' },
      grain: 'QUARTER',
      byArea: true,
      formats: ['csv'],
      out: join(file, '..', 'uitvoer'),
    });
    expect(
      reportOptions(
        ['--config', file, '--from', '2022-01-01', '--to', '2022-03-31', '--by', 'month', '--out', 'nu'],
        ENV,
      ),
    ).toMatchObject({
      period: { from: '2022-01-01', to: '2022-03-31' },
      grain: 'MONTH',
      byArea: false,
      formats: ['csv'],
      out: '/srv/nu',
    });
  });

  it('refuses a config file it cannot read or with options it does not know', () => {
    expect(refused(['--config', '/nowhere/raad.json'])).toMatch(
      /Cannot read the config file \/nowhere\/raad.json/,
    );
    expect(refused(['--config', config('{ year: 2021 ')])).toMatch(/Cannot read the config file/);
    expect(refused(['--config', config({ year: 2021, out: 'x', grain: 'QUARTER' })])).toMatch(
      /does not know: grain/,
    );
    expect(refused(['--config', config([2021])])).toMatch(/no JSON object/);
  });
});
