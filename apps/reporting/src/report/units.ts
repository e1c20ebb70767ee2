import type { Unit } from './model.ts';

/** The report's units, with their Dutch labels (the CSV's `unit` column). */
export const UNITS = {
  personen: { kind: 'count', label: 'personen' },
  zaken: { kind: 'count', label: 'zaken' },
  aanvragen: { kind: 'count', label: 'aanvragen' },
  verwijzingen: { kind: 'count', label: 'verwijzingen' },
  beschikkingen: { kind: 'count', label: 'beschikkingen' },
  ondersteuningen: { kind: 'count', label: 'ondersteuningen' },
  klachten: { kind: 'count', label: 'klachten' },
  bezwaren: { kind: 'count', label: 'bezwaren' },
  koppelingen: { kind: 'count', label: 'woonkoppelingen' },
  consultaties: { kind: 'count', label: 'consultaties' },
  besluiten: { kind: 'count', label: 'besluiten' },
  crises: { kind: 'count', label: 'crisissituaties' },
  signalen: { kind: 'count', label: 'signalen' },
  bezoekers: { kind: 'count', label: 'bezoekers' },
  hulpvragen: { kind: 'count', label: 'hulpvragen' },
  per10000: { kind: 'per10000', label: 'per 10.000 inwoners' },
  procent: { kind: 'share', label: 'procent' },
  dagen: { kind: 'days', label: 'dagen' },
  euro: { kind: 'euro', label: 'euro' },
  uren: { kind: 'hours', label: 'uren' },
} as const satisfies Record<string, Unit>;

/** The labels of units that count persons or cases: published under the CBS rule for small numbers. */
export const COUNT_UNIT_LABELS: readonly string[] = Object.values(UNITS)
  .filter((unit) => unit.kind === 'count')
  .map((unit) => unit.label);
