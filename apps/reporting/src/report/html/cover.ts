import type { CouncilReport } from '../model.ts';
import { escapeHtml } from './escape.ts';
import { formatDate, formatDateTime } from './format.ts';

/** The cover: title, period, run, organisation, the small-number rule, and the notices that apply. */

export const TITLE = 'Sociaal domein Leeuwarden — raadsrapportage';
export const NOT_FOR_PUBLICATION = 'NIET VOOR PUBLICATIE';

const GRAIN: Record<NonNullable<CouncilReport['grain']>, string> = {
  MONTH: 'per maand',
  QUARTER: 'per kwartaal',
  YEAR: 'per jaar',
};

function span(from: string, to: string): string {
  return `${formatDate(from)} t/m ${formatDate(to)}`;
}

export const SMALL_NUMBER_RULE =
  'Deze rapportage volgt de regel van het CBS voor kleine aantallen. Een aantal personen of zaken onder de 8 ' +
  'wordt niet gepubliceerd: de tabel toont dan ‘geheim’ (nooit 0) en de grafiek laat op die plaats een gat. ' +
  'De overige aantallen zijn afgerond op een veelvoud van vijf en gemarkeerd met *. Een cijfer dat uit een ' +
  'geheim aantal is berekend is zelf ook geheim; cijfers per 10.000 inwoners zijn berekend uit de ' +
  'gepubliceerde, afgeronde aantallen. Bedragen, percentages en gemiddelden hebben hun eigen eenheid.';

const PERSONAL_DATA =
  'Deze rapportage is gemaakt met een sleutel die persoonsgegevens mag lezen: de aantallen zijn exact, niet ' +
  'afgerond en ook onder de 8 zichtbaar. Verspreid haar niet buiten de kring die daartoe bevoegd is.';

export const SYNTHETIC =
  'Synthetische gegevens: (een deel van) de cijfers berust op verzonnen gegevens waarmee het systeem is gevuld ' +
  'om het te ontwikkelen en te testen. Ze zeggen niets over de werkelijke situatie in Leeuwarden.';

export function coverHtml(report: CouncilReport): string {
  const banner = report.personalData
    ? `<div class="banner" role="alert"><strong>${NOT_FOR_PUBLICATION}</strong>${escapeHtml(PERSONAL_DATA)}</div>`
    : '';
  const cut = [report.grain ? GRAIN[report.grain] : 'over de hele periode'];
  cut.push(report.byArea ? 'voor de gemeente en per gebied' : 'voor de gemeente als geheel');
  const rows: [string, string][] = [
    ['Periode', `${span(report.from, report.to)} (${cut.join(', ')})`],
    ['Vergelijking', report.previous ? `met ${span(report.previous.from, report.previous.to)}` : 'geen'],
    ['Gemaakt op', formatDateTime(report.generatedAt)],
    ['Organisatie', report.organisation],
  ];
  const list = rows.map(([term, value]) => `<dt>${term}</dt><dd>${escapeHtml(value)}</dd>`).join('');
  const synthetic = report.synthetic
    ? `<p class="notice synthetic"><strong>Let op.</strong> ${escapeHtml(SYNTHETIC)}</p>`
    : '';
  return (
    `<header class="cover">${banner}<h1>${escapeHtml(TITLE)}</h1><dl>${list}</dl>` +
    `<p class="notice"><strong>Kleine aantallen.</strong> ${escapeHtml(SMALL_NUMBER_RULE)}</p>${synthetic}</header>`
  );
}
