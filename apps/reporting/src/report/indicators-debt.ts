import { CBS_NOTE, COMPUTED_NOTE, SOURCES } from './indicators-sources.ts';
import type { Indicator } from './model.ts';
import { UNITS } from './units.ts';

const debt = (indicator: Omit<Indicator, 'domain'>): Indicator => ({ domain: 'schulden', ...indicator });

/** Debt assistance: cases by phase, the Wgs norms, signals, referrals and outflow. */
export const DEBT_INDICATORS: Indicator[] = [
  debt({
    id: 'schulden.zaken-per-fase',
    name: 'Schuldhulptrajecten per fase',
    definition:
      'Trajecten die in de periode liepen, naar de fase waarin ze aan het eind van de periode waren (uitstroom: in de periode uitgestroomd).',
    source: `${SOURCES.wensen} (schuldhulpzaken per fase)`,
    legalBasis: 'Wet gemeentelijke schuldhulpverlening (Wgs) art. 2 en 3; NVVK-referentieproces',
    unit: UNITS.zaken,
    notes: [CBS_NOTE],
    groupLabel: 'fase',
    chart: 'trend',
  }),
  debt({
    id: 'schulden.vierwekennorm',
    name: 'Vierwekennorm: eerste gesprek binnen vier weken',
    definition:
      'Trajecten aangemeld in de periode waarvan vaststaat of de norm is gehaald: binnen vier weken een eerste gesprek (gehaald), en allemaal samen (beoordeeld).',
    source: `${SOURCES.wensen} (aandeel dat aan de vierwekennorm voldoet)`,
    legalBasis: 'Wgs art. 4a lid 1',
    unit: UNITS.zaken,
    notes: [CBS_NOTE, 'Trajecten die nog binnen hun vier weken zijn, staan apart.'],
    groupLabel: 'telling',
    chart: null,
  }),
  debt({
    id: 'schulden.aandeel-vierwekennorm',
    name: 'Aandeel binnen de vierwekennorm',
    definition: 'Gehaald gedeeld door beoordeeld, in procenten.',
    source: `${SOURCES.wensen}`,
    legalBasis: 'Wgs art. 4a lid 1',
    unit: UNITS.procent,
    notes: [COMPUTED_NOTE],
    groupLabel: null,
    chart: 'norms',
  }),
  debt({
    id: 'schulden.drie-werkdagennorm',
    name: 'Driewerkdagennorm bij crisis',
    definition:
      'Crisissituaties (dreigende woningontruiming, afsluiting van gas, water of elektriciteit, opzegging zorgverzekering) gemeld in de periode: binnen drie werkdagen een eerste gesprek (gehaald), alle beoordeelde, en nog lopend.',
    source: `${SOURCES.wensen} (aandeel dat aan de driedagennorm voldoet)`,
    legalBasis: 'Wgs art. 4a lid 2',
    unit: UNITS.crises,
    notes: [CBS_NOTE, 'Werkdagen: zonder weekenden en algemeen erkende feestdagen (Algemene termijnenwet).'],
    groupLabel: 'telling',
    chart: null,
  }),
  debt({
    id: 'schulden.aandeel-drie-werkdagennorm',
    name: 'Aandeel binnen de driewerkdagennorm',
    definition: 'Gehaald gedeeld door beoordeeld, in procenten.',
    source: `${SOURCES.wensen}`,
    legalBasis: 'Wgs art. 4a lid 2',
    unit: UNITS.procent,
    notes: [COMPUTED_NOTE],
    groupLabel: null,
    chart: 'norms',
  }),
  debt({
    id: 'schulden.signalen-per-soort',
    name: 'Signalen van betalingsachterstanden',
    definition:
      'Signalen ontvangen in de periode, per soort (vroeg- en laatsignalering), en hoeveel bewoners bereikt zijn.',
    source: `${SOURCES.uitvoeringsplan}, §4.3 (signalering door de basis)`,
    legalBasis: 'Wgs (vroegsignalering, sinds 1 januari 2021); Besluit gemeentelijke schuldhulpverlening',
    unit: UNITS.signalen,
    notes: [CBS_NOTE],
    groupLabel: 'soort',
    chart: null,
  }),
  debt({
    id: 'schulden.verwijzingen-per-soort',
    name: 'Verwijzingen naar derden per soort',
    definition:
      'Verwijzingen naar derden (curatieve schuldhulpverlening, budgetbeheer, inkomensbeheer, beschermingsbewind) die in de periode begonnen.',
    source: `${SOURCES.uitvoeringsplan}, §4.3`,
    legalBasis: 'Wgs art. 3 lid 2',
    unit: UNITS.verwijzingen,
    notes: [CBS_NOTE],
    groupLabel: 'soort',
    chart: null,
  }),
  debt({
    id: 'schulden.verwijzingsduur',
    name: 'Gemiddelde duur van verwijzingen',
    definition: 'Hoe lang de beëindigde verwijzingen van die soort gemiddeld liepen, in dagen.',
    source: `${SOURCES.uitvoeringsplan}, §4.3 ("voor zolang dit nodig is")`,
    legalBasis: 'Wgs art. 3 lid 2',
    unit: UNITS.dagen,
    notes: ['Geheim als het aantal beëindigde verwijzingen geheim is (0 tot en met 7).'],
    groupLabel: 'soort',
    chart: null,
  }),
  debt({
    id: 'schulden.uitstroom-per-reden',
    name: 'Uitstroom per reden',
    definition: 'Trajecten die in de periode uitstroomden, naar de uitstroomreden (DDAS).',
    source: `${SOURCES.wensen}; DDAS-uitstroomredenen`,
    legalBasis: 'Wgs art. 2; Besluit gemeentelijke schuldhulpverlening (DDAS)',
    unit: UNITS.zaken,
    notes: [CBS_NOTE],
    groupLabel: 'reden',
    chart: null,
  }),
];
