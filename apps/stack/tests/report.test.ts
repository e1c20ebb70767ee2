import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  COUNCIL_APP,
  COUNT_UNIT_LABELS,
  CSV_COLUMNS,
  DOMAIN_TABLES,
  type ReportResult,
  runReport,
} from '@mienskip/reporting/report';
import { errorCodes } from '@mienskip/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type TestGraph } from './graph.ts';
import { keysCli } from './keys-cli.ts';

// The council report end to end (issue 16): `pnpm report` against the real gateway and every subgraph,
// with a statistics-only key made as `pnpm keys create` makes it and bound to the council app (its
// persisted documents), and with the development (municipal) key.

const ARGV = ['--year', '2021', '--by', 'quarter,area', '--format', 'csv,xlsx,html'];

let graph: TestGraph;
let base: string;
let councilKey: string;
let council: { result: ReportResult; out: string; requests: number; progress: string[] };
const made: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'report-e2e-'));
  made.push(dir);
  return dir;
};

/** A key made through the gateway by the keys CLI, as a user would. */
async function cliKey(name: string, scopes: string, apps?: string): Promise<string> {
  const { lastLine } = await keysCli(
    [
      'create',
      '--org',
      'org-gemeente-leeuwarden',
      '--name',
      name,
      '--scopes',
      scopes,
      ...(apps ? ['--apps', apps] : []),
    ],
    { MIENSKIP_GATEWAY_URL: base, MIENSKIP_ADMIN_KEY: graph.gateway.municipalKey },
  );
  return lastLine;
}

/** Runs the report with this key, counting the requests that reach the gateway. */
async function report(key: string, argv = ARGV) {
  const out = join(tempDir(), 'rapport');
  const progress: string[] = [];
  let requests = 0;
  const counting: typeof fetch = (url, init) => {
    if (String(url) === graph.gateway.url) requests++;
    return fetch(url, init);
  };
  const result = await runReport({
    argv: [...argv, '--out', out],
    env: { MIENSKIP_GATEWAY_URL: graph.gateway.url, MIENSKIP_API_KEY: key },
    fetch: counting,
    progress: (line) => progress.push(line),
  });
  return { result, out, requests, progress };
}

/** The rows of a CSV as csv-stringify writes it (RFC 4180: a quoted field may hold commas, `""` is a quote). */
function csvRows(csv: string): string[][] {
  const rows: string[][] = [[]];
  for (const [, quoted, plain, end] of csv.matchAll(/(?:"((?:[^"]|"")*)"|([^",\r\n]*))(,|\r?\n|$)/g)) {
    rows.at(-1)!.push(quoted === undefined ? plain! : quoted.replaceAll('""', '"'));
    if (end === '') break;
    if (end !== ',') rows.push([]);
  }
  // The newline after the last row leaves one empty field behind.
  return rows.filter((row) => row.length > 1 || row[0]);
}

const csvOf = (out: string) => csvRows(readFileSync(join(out, 'report.csv'), 'utf8'));

beforeAll(async () => {
  graph = await startGraph();
  base = graph.gateway.url.replace(/\/graphql$/, '');
  councilKey = await cliKey('raadsrapportage', 'statistics', COUNCIL_APP);
  council = await report(councilKey);
}, 240_000);
afterAll(async () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  await graph?.close();
});

describe('pnpm report with a statistics-only key restricted to the council operations', () => {
  it('writes report.csv, report.xlsx and report.html, the CSV with the tidy header', () => {
    for (const name of ['report.csv', 'report.xlsx', 'report.html'])
      expect(existsSync(join(council.out, name)), name).toBe(true);
    expect(csvOf(council.out)[0]).toEqual([...CSV_COLUMNS]);
    expect(council.result.report.personalData).toBe(false);
  });

  it('sends one request per table: the reference, and each domain table for 2021 and for 2020', () => {
    expect(council.requests).toBe(1 + 2 * DOMAIN_TABLES.length);
    expect(council.result.requests).toBe(council.requests);
  });

  it('publishes no count of persons or cases below 8 or off a multiple of five', () => {
    const [header, ...rows] = csvOf(council.out);
    const column = (name: string) => header!.indexOf(name);
    const counts = rows.filter((row) => COUNT_UNIT_LABELS.includes(row[column('unit')]!));
    expect(counts.length).toBeGreaterThan(100);
    for (const row of counts) {
      if (row[column('secret')] === 'true') {
        expect(row[column('value')], row.join(',')).toBe('');
        continue;
      }
      const value = Number(row[column('value')]);
      expect(value >= 8 && value % 5 === 0, row.join(',')).toBe(true);
      expect(row[column('rounded')]).toBe('true');
    }
  });

  it('covers every domain, per quarter and per area, and the 2021 lumpsums per lot to the cent', () => {
    const { figures } = council.result.report;
    const domains = new Set(figures.map((f) => f.indicatorId.split('.')[0]));
    expect([...domains].sort()).toEqual(['fin', 'jeugd', 'kamers', 'schulden', 'wmo']);
    expect(new Set(figures.filter((f) => f.indicatorId.startsWith('wmo.')).map((f) => f.period))).toEqual(
      new Set(['2021-K1', '2021-K2', '2021-K3', '2021-K4']),
    );
    expect(new Set(figures.map((f) => f.area)).size).toBeGreaterThan(2);
    // Room coverage is hours, not persons: exact, per area.
    expect(figures.some((f) => f.indicatorId === 'kamers.openingsuren' && f.value! > 0 && !f.rounded)).toBe(
      true,
    );
    const rows = csvOf(council.out).map((row) => row.slice(0, 4).join(','));
    expect(rows).toContain('Lumpsum per perceel: Basisondersteuning,2021,Gemeente Leeuwarden,18773284');
    expect(rows).toContain(
      'Lumpsum per perceel: Thuisondersteuning en dagbesteding,2021,Gemeente Leeuwarden,7071654',
    );
    expect(rows).toContain('Lumpsum per perceel: Hulp bij het huishouden,2021,Gemeente Leeuwarden,10230525');
  });

  it('writes the lumpsums and the spending per lot into the workbook to the cent, as the graph gives them', async () => {
    const asked = await graph.gateway.query<{ lotRealisation: { lumpsum: string; realised: string }[] }>(
      '{ lotRealisation(year: 2021) { lumpsum realised } }',
    );
    const cents = (amounts: string[]) => amounts.map((amount) => Math.round(Number(amount) * 100)).sort();
    const lots = asked.body.data!.lotRealisation;
    // Spending is synthetic, with cents: a lost cent would show.
    expect(lots.some(({ realised }) => !realised.endsWith('.00'))).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(council.out, 'report.xlsx'));
    const sheet = workbook.getWorksheet('Financiën')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const column = (name: string) => headers.indexOf(name) + 1;
    const values = (indicator: string, period: string) => {
      const found: string[] = [];
      sheet.eachRow((row, number) => {
        const at = (name: string) => row.getCell(column(name)).value;
        if (
          number > 1 &&
          at('Indicator') === indicator &&
          at('Periode') === period &&
          at('Gebied') === 'Gemeente Leeuwarden'
        )
          found.push(String(at('Waarde')));
      });
      return found;
    };
    expect(cents(values('Lumpsum per perceel', '2021'))).toEqual(cents(lots.map((lot) => lot.lumpsum)));
    expect(cents(values('Lumpsum per perceel', '2021'))).toContain(1_877_328_400);
    // Spent from 1 January to the end of the fourth quarter: the year's realisation.
    const toDate = values('Realisatie per perceel tot en met de periode', '2021-K4');
    expect(cents(toDate)).toEqual(cents(lots.map((lot) => lot.realised)));
  });

  it('lets the key run nothing else: an arbitrary query is refused before it runs', async () => {
    const response = await graph.gateway.query('{ areas { id name } }', { key: councilKey });
    expect(response.status).toBe(403);
    expect(errorCodes(response)).toEqual(['OPERATION_NOT_TRUSTED']);
  });
});

describe('pnpm report with other keys', () => {
  it('with the development (municipal) key: every count exact, and not for publication', async () => {
    const { result, out, requests } = await report(graph.gateway.municipalKey);
    expect(requests).toBe(1 + 2 * DOMAIN_TABLES.length);
    expect(result.report.personalData).toBe(true);
    const counts = result.report.figures.filter((f) => f.unit.kind === 'count');
    expect(counts.length).toBeGreaterThan(100);
    expect(counts.every((f) => !f.secret && !f.rounded && f.value !== null)).toBe(true);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('NIET VOOR PUBLICATIE');
  });

  it('names the council operation and pnpm keys update --apps council when the key is bound to another app', async () => {
    const key = await cliKey('buurtkamer app', 'statistics', 'buurtkamer');
    await expect(report(key)).rejects.toThrow(
      /CouncilReference \(apps\/gateway\/operations\/council\/reference\.graphql\): it is bound to other apps[\s\S]*pnpm keys update --id <key-id> --apps council\n/,
    );
  });

  it('names the statistics scope when the key lacks it', async () => {
    const key = await cliKey('zonder statistiek', 'locations:read', COUNCIL_APP);
    await expect(report(key)).rejects.toThrow(/lacks the scope statistics/);
  });

  it('names MIENSKIP_API_KEY when the key is unknown', async () => {
    await expect(report('msk_nope_0000000000000000')).rejects.toThrow(
      /refused the key: set MIENSKIP_API_KEY/,
    );
  });
});
