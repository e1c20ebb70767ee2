import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CouncilReport } from '../../src/report/model.ts';
import { DEFINITION_HEADERS, DOMAIN_HEADERS, renderXlsx } from '../../src/report/xlsx.ts';
import { report2021 } from './report-fixture.ts';

async function readBack(report: CouncilReport): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await renderXlsx(report)) as unknown as ArrayBuffer);
  return workbook;
}

const texts = (sheet: ExcelJS.Worksheet) => {
  const all: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => all.push(String(cell.value))));
  return all.join('\n');
};

/** The domain sheet's rows as objects by header. */
function rowsOf(sheet: ExcelJS.Worksheet): Record<string, ExcelJS.Cell>[] {
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, ExcelJS.Cell>[] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) rows.push(Object.fromEntries(headers.map((header, i) => [header, row.getCell(i + 1)])));
  });
  return rows;
}

describe('the report as a workbook, read back with exceljs', () => {
  it('has a cover, the definitions and one sheet per domain, each with its header row', async () => {
    const workbook = await readBack(report2021());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Voorblad',
      'Definities',
      'Wmo',
      'Financiën',
      'Buurt- en dorpskamers',
      'Jeugd',
      'Schuldhulpverlening',
    ]);
    expect((workbook.getWorksheet('Definities')!.getRow(1).values as unknown[]).slice(1)).toEqual([
      ...DEFINITION_HEADERS,
    ]);
    for (const name of ['Wmo', 'Financiën', 'Buurt- en dorpskamers', 'Jeugd', 'Schuldhulpverlening'])
      expect((workbook.getWorksheet(name)!.getRow(1).values as unknown[]).slice(1)).toEqual([
        ...DOMAIN_HEADERS,
      ]);
  });

  it('holds the 2021 lumpsums per lot to the cent, as numbers with a euro format', async () => {
    const rows = rowsOf((await readBack(report2021())).getWorksheet('Financiën')!);
    const lumpsums: Record<string, ExcelJS.Cell> = Object.fromEntries(
      rows
        .filter((row) => row.Indicator!.value === 'Lumpsum per perceel' && row.Periode!.value === '2021')
        .map((row) => [String(row.Groep!.value), row.Waarde!]),
    );
    expect(Object.fromEntries(Object.entries(lumpsums).map(([lot, cell]) => [lot, cell.value]))).toEqual({
      Basisondersteuning: 18773284,
      'Thuisondersteuning en dagbesteding': 7071654,
      'Hulp bij het huishouden': 10230525,
      'Kortdurend verblijf': 0,
    });
    expect(lumpsums.Basisondersteuning!.numFmt).toMatch(/€ #,##0\.00/);
    const realised = rows.find(
      (row) =>
        row.Indicator!.value === 'Realisatie per perceel tot en met de periode' &&
        row.Periode!.value === '2021-K3',
    );
    expect(realised!.Waarde!.value).toBe(750000.75);
  });

  it('writes a secret cell as the text geheim, never 0', async () => {
    const rows = rowsOf((await readBack(report2021())).getWorksheet('Wmo')!);
    const aanvullend = rows.find(
      (row) =>
        row.Indicator!.value === 'Cliënten per pijler' &&
        row.Groep!.value === 'Aanvullend' &&
        row.Gebied!.value === 'Noord' &&
        row.Periode!.value === '2021-K1',
    );
    expect(aanvullend!.Waarde!.value).toBe('geheim');
    const basis = rows.find(
      (row) =>
        row.Groep!.value === 'Basis' &&
        row.Gebied!.value === 'Gemeente Leeuwarden' &&
        row.Periode!.value === '2021-K1',
    );
    expect(basis!.Waarde!.value).toBe(1235);
    expect(basis!.Afgerond!.value).toBe('ja');
  });

  it('explains on the cover the period, the key’s organisation, the small-number rule and the synthetic data', async () => {
    const cover = texts((await readBack(report2021())).getWorksheet('Voorblad')!);
    expect(cover).toContain('1 januari 2021 tot en met 31 december 2021, per kwartaal en per gebied');
    expect(cover).toContain('Gemeente Leeuwarden');
    expect(cover).toContain('15 januari 2026 om 09:00');
    expect(cover).toContain('Regel voor kleine aantallen (CBS)');
    expect(cover).toContain('synthetisch');
    expect(cover).toContain('geen: voor dezelfde periode een jaar eerder zijn geen gegevens');
    expect(cover).not.toContain('NIET VOOR PUBLICATIE');
  });

  it('says NIET VOOR PUBLICATIE when the key holds personal-data', async () => {
    const cover = texts((await readBack(report2021({ personalData: true }))).getWorksheet('Voorblad')!);
    expect(cover).toContain('NIET VOOR PUBLICATIE');
    expect(cover).toContain('alle aantallen zijn exact');
  });

  it('adds the previous year’s value next to each figure when it compares', async () => {
    const workbook = await readBack(report2021({ compare: true }));
    expect(texts(workbook.getWorksheet('Voorblad')!)).toContain(
      'met dezelfde periode een jaar eerder: 1 januari 2020 tot en met 31 december 2020',
    );
    const rows = rowsOf(workbook.getWorksheet('Wmo')!);
    const basis = rows.find(
      (row) =>
        row.Indicator!.value === 'Cliënten per pijler' &&
        row.Groep!.value === 'Basis' &&
        row.Gebied!.value === 'Gemeente Leeuwarden' &&
        row.Periode!.value === '2021-K2',
    );
    expect(basis!['Vorig jaar']!.value).toBe(1230);
  });
});
