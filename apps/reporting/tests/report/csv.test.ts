import { describe, expect, it } from 'vitest';
import { renderCsv } from '../../src/report/csv.ts';
import { csvLines } from './csv-lines.ts';
import { report2021 } from './report-fixture.ts';

const rows = csvLines;

describe('the report as one tidy CSV table', () => {
  it('has exactly the header indicator,period,area,value,secret,rounded,unit', () => {
    expect(renderCsv(report2021()).split('\n')[0]).toBe('indicator,period,area,value,secret,rounded,unit');
  });

  it('writes a row per indicator, group, period and area, the Dutch name with its group', () => {
    const report = report2021();
    const lines = rows(renderCsv(report));
    expect(lines.length - 1).toBe(report.figures.length);
    expect(lines).toContainEqual([
      'Cliënten per pijler: Basis',
      '2021-K1',
      'Gemeente Leeuwarden',
      '1235',
      'false',
      'true',
      'personen',
    ]);
    expect(lines).toContainEqual([
      'Lumpsum per perceel: Basisondersteuning',
      '2021',
      'Gemeente Leeuwarden',
      '18773284',
      'false',
      'false',
      'euro',
    ]);
    expect(lines).toContainEqual([
      'Cliënten per pijler per 10.000 inwoners: Basis',
      '2021-K1',
      'Noord',
      '100',
      'false',
      'true',
      'per 10.000 inwoners',
    ]);
  });

  it('leaves a secret value empty, never 0', () => {
    const lines = rows(renderCsv(report2021()));
    const secret = lines.filter((line) => line[4] === 'true');
    expect(secret.length).toBeGreaterThan(0);
    expect(secret.every((line) => line[3] === '')).toBe(true);
    expect(lines).toContainEqual([
      'Cliënten per pijler: Aanvullend',
      '2021-K1',
      'Noord',
      '',
      'true',
      'false',
      'personen',
    ]);
  });

  it('adds the previous year’s rows after the asked period’s when it compares', () => {
    const report = report2021({ compare: true });
    const lines = rows(renderCsv(report)).slice(1);
    expect(lines.length).toBe(report.figures.length + report.previousFigures.length);
    expect(lines.at(-1)![1]).toMatch(/^2020/);
    expect(lines[0]![1]).toMatch(/^2021/);
  });
});
