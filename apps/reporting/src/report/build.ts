import type { DomainAnswers, ReferenceAnswer } from './answers.ts';
import { INDICATORS } from './indicators.ts';
import type { CouncilReport, Figure } from './model.ts';
import type { DOMAIN_TABLES } from './operations.ts';
import type { Grain, Period } from './period.ts';
import { placesOf } from './places.ts';
import { debtFigures } from './table-debt.ts';
import { financeFigures, financeSynthetic } from './table-finance.ts';
import { roomFigures, roomsSynthetic } from './table-rooms.ts';
import { wmoFigures } from './table-wmo.ts';
import { youthFigures } from './table-youth.ts';

export type DomainTable = (typeof DOMAIN_TABLES)[number];

export interface ReportAnswers {
  reference: ReferenceAnswer;
  current: DomainAnswers;
  /** The same operations for the previous year's period; null when not asked. */
  previous: DomainAnswers | null;
}

export interface ReportInput {
  period: Period;
  previousPeriod: Period | null;
  grain: Grain | null;
  byArea: boolean;
  generatedAt: Date;
  answers: ReportAnswers;
}

export const PERSONAL_DATA = 'personal-data';

/** The figures of every domain table, by table. */
export function tableFigures(
  answers: DomainAnswers,
  reference: ReferenceAnswer,
  exact: boolean,
): Record<DomainTable, Figure[]> {
  const places = placesOf(reference);
  return {
    wmo: wmoFigures(answers.wmo, places),
    finance: financeFigures(answers.finance, places),
    rooms: roomFigures(answers.rooms, places),
    youth: youthFigures(answers.youth, places),
    debt: debtFigures(answers.debt, places, exact),
  };
}

/**
 * Whether figures have anything to compare with: some figure other than zero or secret. A year
 * before the graph's data (or before an indicator was recorded) answers only zeros and secrets.
 */

/**
 * The previous year's figures worth comparing with: per indicator, only when it has data then, so
 * that an indicator recorded only since this year gets no column of "geheim" beside it.
 */
export function comparableFigures(figures: readonly Figure[]): Figure[] {
  const withData = new Set(
    figures.filter((figure) => figure.value !== null && figure.value !== 0).map((f) => f.indicatorId),
  );
  return figures.filter((figure) => withData.has(figure.indicatorId));
}

/** The council report from the operations' answers: pure, so it is tested with recorded answers. */
export function buildReport({
  period,
  previousPeriod,
  grain,
  byArea,
  generatedAt,
  answers,
}: ReportInput): CouncilReport {
  const { reference } = answers;
  const personalData = reference.viewer?.scopes.includes(PERSONAL_DATA) ?? false;
  const current = tableFigures(answers.current, reference, personalData);
  const previousTables = answers.previous ? tableFigures(answers.previous, reference, personalData) : null;
  const previousFigures = previousTables ? comparableFigures(Object.values(previousTables).flat()) : [];
  const synthetic =
    reference.municipality?.provenance === 'SYNTHETIC' ||
    (reference.areas ?? []).some((area) => area.populationProvenance === 'SYNTHETIC') ||
    roomsSynthetic(answers.current.rooms) ||
    financeSynthetic(answers.current.finance);
  return {
    from: period.from,
    to: period.to,
    grain,
    byArea,
    generatedAt: generatedAt.toISOString(),
    organisation: reference.viewer?.organisation?.name ?? 'onbekend',
    personalData,
    synthetic,
    previous: previousPeriod && previousFigures.length ? previousPeriod : null,
    indicators: [...INDICATORS],
    figures: Object.values(current).flat(),
    previousFigures,
  };
}
