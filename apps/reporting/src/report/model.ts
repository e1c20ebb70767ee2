/**
 * The council report as data: what the graph answered, turned into Dutch indicators and tidy
 * figures. The CSV, the XLSX and the HTML report are three renderings of one `CouncilReport`.
 */

/** The report's chapters; each is a sheet in the XLSX and a section in the HTML report. */
export type Domain = 'wmo' | 'financien' | 'kamers' | 'jeugd' | 'schulden';

/** What a figure measures, with its Dutch label (the CSV's `unit`). */
export type UnitKind = 'count' | 'per10000' | 'share' | 'days' | 'euro' | 'hours';

export interface Unit {
  kind: UnitKind;
  /** Dutch, e.g. `personen`, `per 10.000 inwoners`, `procent`, `dagen`, `euro`, `uren`. */
  label: string;
}

/** One indicator of the report, described for the council in Dutch. */
export interface Indicator {
  /** Stable id, e.g. `wmo.clienten-per-pijler`. */
  id: string;
  domain: Domain;
  /** Dutch name, e.g. `Cliënten per pijler`. */
  name: string;
  /** Dutch definition: what is counted, when, of whom. */
  definition: string;
  /** The source passage the council asked it in, e.g. `Raadsbrief nov. 2020, §7.2 indicator 3`. */
  source: string;
  /** The legal basis, e.g. `Wmo 2015 art. 2.1.1`. */
  legalBasis: string;
  unit: Unit;
  /** Dutch notes: why not per area, what a secret cell means here, synthetic data. */
  notes: string[];
  /** The breakdown's Dutch label when the indicator has one (e.g. `pijler`), otherwise null. */
  groupLabel: string | null;
  /** How the HTML report charts it: a trend per period, areas side by side, or not at all. */
  chart: 'trend' | 'areas' | 'lots' | 'norms' | null;
}

/** One cell of the tidy table: an indicator (and group) for one period and one area. */
export interface Figure {
  indicatorId: string;
  /** The group within the indicator (Dutch, e.g. `Basis`), or null. */
  group: string | null;
  /** The period's label: `2021`, `2021-K1` (kwartaal) or `2021-03` (maand). */
  period: string;
  /** The area's name, or `Gemeente Leeuwarden` for the whole municipality. */
  area: string;
  /** The value as published; null when secret (never zero in its place). */
  value: number | null;
  /** True when the graph kept the count secret (CBS rule) or suppressed it; a figure computed from one is secret too. */
  secret: boolean;
  /** True when the value is (computed from) a count rounded to fives. */
  rounded: boolean;
  unit: Unit;
}

export interface CouncilReport {
  /** The period asked, ISO dates. */
  from: string;
  to: string;
  /** How the period is cut: `MONTH`, `QUARTER`, `YEAR`, or null for the whole period. */
  grain: 'MONTH' | 'QUARTER' | 'YEAR' | null;
  /** Whether figures are per area as well as for the municipality. */
  byArea: boolean;
  /** ISO timestamp of the run. */
  generatedAt: string;
  /** The key's organisation, by name. */
  organisation: string;
  /** True when the key holds personal-data: exact counts, so the report is not for publication. */
  personalData: boolean;
  /** True when any figure rests on synthetic (seeded, invented) data. */
  synthetic: boolean;
  /** The same period a year earlier, when the report compares with it; null otherwise. */
  previous: { from: string; to: string } | null;
  indicators: Indicator[];
  figures: Figure[];
  /** The figures of the previous year's period, same shape, for the comparison. */
  previousFigures: Figure[];
}
