import { DOMAIN_TITLES, INDICATORS } from './indicators.ts';
import type { CouncilReport, Figure, Indicator } from './model.ts';

/** The indicator as the CSV and the sheets name it: its Dutch name, and its group after a colon. */
export function indicatorLabel(indicator: Indicator, group: string | null): string {
  return group === null ? indicator.name : `${indicator.name}: ${group}`;
}

const ORDER = new Map(INDICATORS.map((indicator, index) => [indicator.id, index]));

/** Figures in the catalogue's order (and, within an indicator, as the graph listed them). */
export function inCatalogueOrder(figures: readonly Figure[]): Figure[] {
  return figures
    .map((figure, index) => ({ figure, index }))
    .sort(
      (a, b) =>
        (ORDER.get(a.figure.indicatorId) ?? 0) - (ORDER.get(b.figure.indicatorId) ?? 0) || a.index - b.index,
    )
    .map(({ figure }) => figure);
}

const DAY = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const MOMENT = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});

/** `1 januari 2021 tot en met 31 december 2021`. */
export function periodText(from: string, to: string): string {
  return `${DAY.format(new Date(`${from}T00:00:00Z`))} tot en met ${DAY.format(new Date(`${to}T00:00:00Z`))}`;
}

/** When the report was made, in Dutch time. */
export function momentText(iso: string): string {
  return MOMENT.format(new Date(iso));
}

const GRAIN_TEXT = { YEAR: 'per jaar', QUARTER: 'per kwartaal', MONTH: 'per maand' } as const;

/** `per kwartaal en per gebied`, `de hele periode, gemeente als geheel`. */
export function cutText(report: Pick<CouncilReport, 'grain' | 'byArea'>): string {
  const time = report.grain ? GRAIN_TEXT[report.grain] : 'de hele periode';
  return report.byArea ? `${time} en per gebied` : `${time}, gemeente als geheel`;
}

/** Whether the indicator is given per area, and if not, why (its notes say more). */
export function perAreaText(indicator: Indicator): string {
  if (indicator.id.startsWith('fin.besparing'))
    return 'nee: het besparingsplan geldt per jaar voor de hele gemeente';
  if (indicator.domain === 'financien') return 'nee: per perceel en jaar, niet per gebied';
  if (indicator.domain === 'kamers') return 'alleen per gebied: kamers horen bij een gebied';
  return 'ja';
}

export const DOMAIN_ORDER = Object.keys(DOMAIN_TITLES) as (keyof typeof DOMAIN_TITLES)[];

/** The CBS rule, as the cover and the HTML report explain it. */
export const SMALL_NUMBER_RULE =
  'Regel voor kleine aantallen (CBS): zonder toegang tot persoonsgegevens is elk aantal personen of zaken van 0 tot en met 7 geheim, en is elk groter aantal afgerond op een vijftal. Zo wijst geen cijfer naar een persoon. Een geheim cijfer staat als "geheim" in het rapport, nooit als 0. Cijfers per 10.000 inwoners en aandelen zijn berekend uit de gepubliceerde, afgeronde aantallen; een cijfer berekend uit een geheim aantal is zelf geheim. Bedragen en uren vallen niet onder de regel.';

export const SYNTHETIC_NOTICE =
  'Let op: dit rapport komt uit een proefomgeving. Een deel van de gegevens is synthetisch: verzonnen personen, zaken en inwonertallen, gemaakt naar de cijfers van de bronnen. Het zijn geen cijfers van de gemeente Leeuwarden.';

export const NOT_FOR_PUBLICATION =
  'NIET VOOR PUBLICATIE: de sleutel waarmee dit rapport is gemaakt heeft toegang tot persoonsgegevens. Alle aantallen zijn exact, ook kleine aantallen die naar personen kunnen wijzen.';
