import { SOURCES } from './indicators-sources.ts';
import type { Indicator } from './model.ts';
import { UNITS } from './units.ts';

const finance = (indicator: Omit<Indicator, 'domain'>): Indicator => ({ domain: 'financien', ...indicator });

const NOT_PER_AREA =
  'Niet per gebied: de lumpsum wordt per perceel en per jaar vastgesteld en besteed, niet per wijk of dorp.';
const AMOUNTS =
  'Bedragen in euro, exact tot op de cent: de regel voor kleine aantallen geldt voor aantallen personen, niet voor geld.';

/** Finance: lumpsum versus realisation per lot, and the savings plan. */
export const FINANCE_INDICATORS: Indicator[] = [
  finance({
    id: 'fin.lumpsum-per-perceel',
    name: 'Lumpsum per perceel',
    definition:
      'Het deel van de geldende lumpsums dat via de hoofdaanbieders aan het perceel toevalt, per jaar.',
    source: `${SOURCES.uitvoeringsplan}, informatiebehoefte 7 (voortgang besteding ten opzichte van de lumpsum); ${SOURCES.lysias}, §7.3 punt 8`,
    legalBasis:
      'Wmo 2015 art. 2.6.1 en 2.6.6 (inkoop, reële prijs); Gemeentewet art. 212 (financiële verordening)',
    unit: UNITS.euro,
    notes: [NOT_PER_AREA, 'Per jaar: een lumpsum heeft geen deel per kwartaal of maand.', AMOUNTS],
    groupLabel: 'perceel',
    chart: 'lots',
  }),
  finance({
    id: 'fin.realisatie-per-perceel',
    name: 'Realisatie per perceel',
    definition: 'De bestedingen op het perceel in de periode.',
    source: `${SOURCES.uitvoeringsplan}, informatiebehoefte 7`,
    legalBasis: 'Gemeentewet art. 212',
    unit: UNITS.euro,
    notes: [NOT_PER_AREA, AMOUNTS],
    groupLabel: 'perceel',
    chart: 'lots',
  }),
  finance({
    id: 'fin.realisatie-tot-datum',
    name: 'Realisatie per perceel tot en met de periode',
    definition:
      'De bestedingen op het perceel vanaf 1 januari tot en met de laatste dag van de periode ("is er aan het eind van het jaar genoeg geld over").',
    source: `${SOURCES.uitvoeringsplan}, informatiebehoefte 7`,
    legalBasis: 'Gemeentewet art. 212',
    unit: UNITS.euro,
    notes: [NOT_PER_AREA, AMOUNTS],
    groupLabel: 'perceel',
    chart: null,
  }),
  finance({
    id: 'fin.verschil-per-perceel',
    name: 'Verschil realisatie en lumpsum per perceel',
    definition: 'Realisatie min lumpsum over het jaar: positief is meer besteed dan de lumpsum.',
    source: `${SOURCES.uitvoeringsplan}, informatiebehoefte 7; ${SOURCES.lysias}, §7.3 punt 8 (over- en onderbesteding)`,
    legalBasis: 'Gemeentewet art. 212',
    unit: UNITS.euro,
    notes: [NOT_PER_AREA, 'Per jaar, zoals de lumpsum.', AMOUNTS],
    groupLabel: 'perceel',
    chart: null,
  }),
  finance({
    id: 'fin.besparingen',
    name: 'Besparingsplan',
    definition:
      'De taakstelling op de Wmo-ondersteuning vanaf 2021, het geplande en het gerealiseerde totaal van de maatregelen, de realisatie ten opzichte van de taakstelling, en de risicoreserve.',
    source: `${SOURCES.uitvoeringsplan}, §7.2 (financieel overzicht plan vanaf 2021) en informatiebehoefte 14 en 21`,
    legalBasis: 'Gemeentewet art. 189 (begroting); raadsbesluit taakstelling Wmo',
    unit: UNITS.euro,
    notes: [
      'Per jaar en voor de hele gemeente: het plan kent geen kwartalen of gebieden.',
      'Een maatregel zonder bekende realisatie telt niet mee in het gerealiseerde totaal; het rapport noemt hoeveel het er zijn.',
      AMOUNTS,
    ],
    groupLabel: 'post',
    chart: null,
  }),
  finance({
    id: 'fin.besparingsmaatregelen',
    name: 'Besparingsmaatregel',
    definition:
      'Per maatregel van het besparingsplan het geplande en, waar bekend, het gerealiseerde bedrag.',
    source: `${SOURCES.uitvoeringsplan}, §7.2 en §7.3; informatiebehoefte 14`,
    legalBasis: 'Gemeentewet art. 189',
    unit: UNITS.euro,
    notes: [
      'Per jaar en voor de hele gemeente.',
      'Een maatregel zonder bekende realisatie heeft alleen een geplande regel.',
      AMOUNTS,
    ],
    groupLabel: 'maatregel',
    chart: null,
  }),
];
