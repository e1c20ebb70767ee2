import { CBS_NOTE, SOURCES } from './indicators-sources.ts';
import type { Indicator } from './model.ts';
import { UNITS } from './units.ts';

const youth = (indicator: Omit<Indicator, 'domain'>): Indicator => ({ domain: 'jeugd', ...indicator });

const AGGREGATES =
  'De raad krijgt van jeugd alleen geaggregeerde cijfers: jeugd is het strengst beschermde deel van de graaf.';

/** Youth: cases by route, light parenting support, the JET. */
export const YOUTH_INDICATORS: Indicator[] = [
  youth({
    id: 'jeugd.casussen-per-route',
    name: 'Jeugdcasussen per route',
    definition:
      'Jeugdcasussen die in de periode open waren, naar hun route nu: sociale basis, basis of Jeugdwet.',
    source: `${SOURCES.wensen} (jeugdcasussen per route); ${SOURCES.uitvoeringsplan}, §4.4 en §4.6`,
    legalBasis: 'Jeugdwet art. 2.3 (jeugdhulpplicht) en art. 2.6',
    unit: UNITS.zaken,
    notes: [CBS_NOTE, AGGREGATES],
    groupLabel: 'route',
    chart: 'trend',
  }),
  youth({
    id: 'jeugd.lichte-opvoedondersteuning-per-doel',
    name: 'Lichte opvoedondersteuning per doel',
    definition:
      'Casussen met lichte opvoedondersteuning in de periode, per doel (een ondersteuning met meer doelen telt bij elk doel).',
    source: `${SOURCES.uitvoeringsplan}, §4.4 (de zes doelen van lichte opvoedondersteuning)`,
    legalBasis: 'Jeugdwet art. 2.6 lid 1 onder c (vrij toegankelijke voorzieningen)',
    unit: UNITS.zaken,
    notes: [CBS_NOTE, AGGREGATES],
    groupLabel: 'doel',
    chart: null,
  }),
  youth({
    id: 'jeugd.jet-consultaties',
    name: 'JET-consultaties',
    definition: 'Consultaties van het JET die in de periode zijn gehouden.',
    source: `${SOURCES.uitvoeringsplan}, §4.6 (JET-coördinatie)`,
    legalBasis: 'Jeugdwet art. 2.6',
    unit: UNITS.consultaties,
    notes: [CBS_NOTE, AGGREGATES],
    groupLabel: null,
    chart: null,
  }),
  youth({
    id: 'jeugd.besluiten-per-route',
    name: 'JET-besluiten per route',
    definition: 'Besluiten van het JET in de periode, naar de route die het besloot.',
    source: `${SOURCES.uitvoeringsplan}, §4.4 en §4.6`,
    legalBasis: 'Jeugdwet art. 2.3',
    unit: UNITS.besluiten,
    notes: [CBS_NOTE, AGGREGATES],
    groupLabel: 'route',
    chart: null,
  }),
  youth({
    id: 'jeugd.verwijzingen',
    name: 'Verwijzingen naar jeugdhulp',
    definition: 'Verwijzingen naar een jeugdhulpaanbieder die in de periode zijn gedaan.',
    source: `${SOURCES.uitvoeringsplan}, §4.4`,
    legalBasis: 'Jeugdwet art. 2.3 en 2.6',
    unit: UNITS.verwijzingen,
    notes: [CBS_NOTE, AGGREGATES],
    groupLabel: null,
    chart: 'trend',
  }),
  youth({
    id: 'jeugd.afgesloten-per-reden',
    name: 'Afgesloten jeugdcasussen per reden',
    definition:
      'Jeugdcasussen die in de periode zijn afgesloten, naar de reden van beëindiging (CBS-indeling).',
    source: `${SOURCES.wensen}; CBS Beleidsinformatie Jeugd (reden beëindiging)`,
    legalBasis: 'Jeugdwet art. 7.3.11 (beleidsinformatie)',
    unit: UNITS.zaken,
    notes: [CBS_NOTE, AGGREGATES],
    groupLabel: 'reden',
    chart: null,
  }),
];
