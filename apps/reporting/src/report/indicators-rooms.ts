import { CBS_NOTE, COMPUTED_NOTE, SOURCES } from './indicators-sources.ts';
import type { Indicator } from './model.ts';
import { UNITS } from './units.ts';

const rooms = (indicator: Omit<Indicator, 'domain'>): Indicator => ({ domain: 'kamers', ...indicator });

const PER_AREA_ONLY =
  'Per gebied: de graaf houdt bezoek en bezetting per kamer en gebied bij; een gemeentetotaal uit afgeronde gebiedscijfers zou niet kloppen en wordt niet gegeven.';
const SYNTHETIC =
  'Bezoek en bezetting zijn synthetisch (verzonnen voor de proefomgeving) waar de bron dat zegt.';

/** Buurt- en dorpskamers: activity and coverage. */
export const ROOM_INDICATORS: Indicator[] = [
  rooms({
    id: 'kamers.bezoekers',
    name: 'Bezoekers van buurt- en dorpskamers',
    definition: 'Bezoeken aan de buurt- en dorpskamers van het gebied in de periode.',
    source: `${SOURCES.uitvoeringsplan}, informatiebehoefte 18 (ontwikkeling van de kamers per wijk en dorp); ${SOURCES.wensen}`,
    legalBasis: 'Wmo 2015 art. 2.1.2 (algemene voorzieningen, sociale basis)',
    unit: UNITS.bezoekers,
    notes: [CBS_NOTE, PER_AREA_ONLY, SYNTHETIC],
    groupLabel: null,
    chart: 'areas',
  }),
  rooms({
    id: 'kamers.hulpvragen',
    name: 'Hulpvragen in buurt- en dorpskamers',
    definition: 'Hulpvragen die in de kamers van het gebied in de periode zijn gesteld.',
    source: `${SOURCES.uitvoeringsplan}, §3.1 en informatiebehoefte 18`,
    legalBasis: 'Wmo 2015 art. 2.3.2 (melding)',
    unit: UNITS.hulpvragen,
    notes: [CBS_NOTE, PER_AREA_ONLY, SYNTHETIC],
    groupLabel: null,
    chart: 'areas',
  }),
  rooms({
    id: 'kamers.openingsuren',
    name: 'Openingsuren van de kamers',
    definition: 'Uren dat de kamers van het gebied in de periode open waren, opgeteld over de kamers.',
    source: `${SOURCES.uitvoeringsplan}, informatiebehoefte 18 (minimale bezetting per wijk en dorp)`,
    legalBasis: 'Wmo 2015 art. 2.1.2',
    unit: UNITS.uren,
    notes: ['Uren, geen personen: de regel voor kleine aantallen geldt niet.', PER_AREA_ONLY, SYNTHETIC],
    groupLabel: null,
    chart: null,
  }),
  rooms({
    id: 'kamers.uren-zonder-bezetting',
    name: 'Open uren zonder bezetting',
    definition:
      'Uren dat een kamer open was zonder iemand voor de ontvangst, of zonder een medewerker van de basis.',
    source: `${SOURCES.uitvoeringsplan}, informatiebehoefte 18 en 19 (beschikbaarheid van vrijwilligers)`,
    legalBasis: 'Wmo 2015 art. 2.1.2',
    unit: UNITS.uren,
    notes: ['Uren, geen personen: de regel voor kleine aantallen geldt niet.', PER_AREA_ONLY, SYNTHETIC],
    groupLabel: 'zonder',
    chart: null,
  }),
  rooms({
    id: 'kamers.dekking',
    name: 'Dekking van de openingsuren',
    definition: 'Het deel van de open uren met ontvangst, en met een medewerker van de basis, in procenten.',
    source: `${SOURCES.uitvoeringsplan}, informatiebehoefte 18`,
    legalBasis: 'Wmo 2015 art. 2.1.2',
    unit: UNITS.procent,
    notes: [COMPUTED_NOTE, PER_AREA_ONLY, SYNTHETIC],
    groupLabel: 'met',
    chart: 'areas',
  }),
];
