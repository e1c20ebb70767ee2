import ExcelJS from 'exceljs';
import { DOMAIN_TITLES, INDICATORS, indicatorOf } from './indicators.ts';
import type { CouncilReport, Domain, Figure, UnitKind } from './model.ts';
import { previousLabel } from './period.ts';
import {
  cutText,
  DOMAIN_ORDER,
  inCatalogueOrder,
  momentText,
  NOT_FOR_PUBLICATION,
  perAreaText,
  periodText,
  SMALL_NUMBER_RULE,
  SYNTHETIC_NOTICE,
} from './presentation.ts';

/** What a secret cell holds: the word, never a 0. */
export const SECRET_TEXT = 'geheim';

export const DEFINITION_HEADERS = [
  'Indicator',
  'Hoofdstuk',
  'Definitie',
  'Bron',
  'Wettelijke basis',
  'Eenheid',
  'Per gebied',
  'Toelichting',
] as const;

export const DOMAIN_HEADERS = [
  'Indicator',
  'Groep',
  'Periode',
  'Gebied',
  'Waarde',
  'Eenheid',
  'Afgerond',
] as const;
export const PREVIOUS_HEADER = 'Vorig jaar';

const NUMBER_FORMATS: Record<UnitKind, string> = {
  count: '#,##0',
  per10000: '#,##0.0',
  share: '0.0',
  days: '#,##0.0',
  euro: '€ #,##0.00;[Red]-€ #,##0.00',
  hours: '#,##0.0',
};

const bold = { bold: true } as const;

function cover(workbook: ExcelJS.Workbook, report: CouncilReport): void {
  const sheet = workbook.addWorksheet('Voorblad');
  sheet.getColumn(1).width = 26;
  sheet.getColumn(2).width = 100;
  const rows: [string, string][] = [
    ['Periode', `${periodText(report.from, report.to)}, ${cutText(report)}`],
    ['Gemaakt op', momentText(report.generatedAt)],
    ['Organisatie van de sleutel', report.organisation],
    [
      'Vergelijking',
      report.previous
        ? `met dezelfde periode een jaar eerder: ${periodText(report.previous.from, report.previous.to)}`
        : 'geen: voor dezelfde periode een jaar eerder zijn geen gegevens',
    ],
    [
      'Kleine aantallen',
      report.personalData ? 'niet toegepast: alle aantallen zijn exact' : SMALL_NUMBER_RULE,
    ],
  ];
  if (report.synthetic) rows.push(['Synthetische gegevens', SYNTHETIC_NOTICE]);
  sheet.addRow(['Sociaal domein: rapportage voor de gemeenteraad']).font = { bold: true, size: 16 };
  if (report.personalData) {
    const warning = sheet.addRow([NOT_FOR_PUBLICATION]);
    warning.font = { bold: true, size: 14, color: { argb: 'FFC00000' } };
  }
  sheet.addRow([]);
  for (const [label, text] of rows) {
    const row = sheet.addRow([label, text]);
    row.getCell(1).font = bold;
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  }
}

function definitions(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet('Definities');
  sheet.addRow([...DEFINITION_HEADERS]).font = bold;
  for (const indicator of INDICATORS)
    sheet.addRow([
      indicator.name,
      DOMAIN_TITLES[indicator.domain],
      indicator.definition,
      indicator.source,
      indicator.legalBasis,
      indicator.unit.label,
      perAreaText(indicator),
      indicator.notes.join(' '),
    ]);
  [34, 18, 60, 50, 36, 18, 30, 80].forEach((width, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = width;
    column.alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

const keyOf = (figure: Figure, period: string) =>
  JSON.stringify([figure.indicatorId, figure.group, period, figure.area]);

/** A value cell: the number with its unit's format, or `geheim`. */
function setValue(cell: ExcelJS.Cell, figure: Figure): void {
  if (figure.value === null) {
    cell.value = SECRET_TEXT;
    cell.alignment = { horizontal: 'right' };
    return;
  }
  cell.value = figure.value;
  cell.numFmt = NUMBER_FORMATS[figure.unit.kind];
}

function domainSheet(workbook: ExcelJS.Workbook, report: CouncilReport, domain: Domain): void {
  const sheet = workbook.addWorksheet(DOMAIN_TITLES[domain]);
  const compare = report.previous !== null;
  sheet.addRow([...DOMAIN_HEADERS, ...(compare ? [PREVIOUS_HEADER] : [])]).font = bold;
  const previous = new Map(report.previousFigures.map((figure) => [keyOf(figure, figure.period), figure]));
  const figures = inCatalogueOrder(report.figures).filter(
    (figure) => indicatorOf(figure.indicatorId).domain === domain,
  );
  for (const figure of figures) {
    const row = sheet.addRow([
      indicatorOf(figure.indicatorId).name,
      figure.group ?? '',
      figure.period,
      figure.area,
      null,
      figure.unit.label,
      figure.rounded ? 'ja' : 'nee',
    ]);
    setValue(row.getCell(5), figure);
    const before = compare ? previous.get(keyOf(figure, previousLabel(figure.period))) : undefined;
    if (before) setValue(row.getCell(8), before);
  }
  [40, 36, 12, 26, 16, 20, 10, 16].forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: compare ? 8 : 7 } };
}

/** The report as a workbook: a cover, the definitions, one sheet per domain. */
export async function renderXlsx(report: CouncilReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Mienskip raadsrapportage';
  workbook.created = new Date(report.generatedAt);
  cover(workbook, report);
  definitions(workbook);
  for (const domain of DOMAIN_ORDER) domainSheet(workbook, report, domain);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
