import { ValidationError } from '@mienskip/kit/rules';
import {
  COMPLAINT_LEVELS,
  type ComplaintLevel,
  DECISION_OUTCOMES,
  DELIVERY_FORMS,
  type DecisionOutcome,
  type DeliveryForm,
  PILLARS,
  type Pillar,
  REQUEST_OUTCOMES,
  type RequestOutcome,
  SUPPORT_KINDS,
  type SupportKind,
} from './codes.ts';
import { MOVED_SUPPORT_KINDS } from './debt-handover.ts';
import { pillarDelivers } from './engagement.ts';
import { TRANSITION_STATUSES, type TransitionStatus } from './transition.ts';

/** A reporting period runs from its first day to its last, and does not end before it starts. */
export function checkPeriod(from: string, to: string): ValidationError | null {
  if (to < from) return new ValidationError('to', 'The period ends before it starts');
  // At most ten years: a longer period answers no council question and only costs the database.
  const tenYearsOn = `${Number(from.slice(0, 4)) + 10}${from.slice(4)}`;
  return to > tenYearsOn ? new ValidationError('to', 'A period is at most ten years long') : null;
}

/**
 * The catalogue of each statistic (BR-KT5): every group it lists, also when nothing was counted in
 * it, so that a missing group never shows an exact zero. Pillar × kind: every pair the engagement
 * rules allow (`pillarDelivers`), by pillar then kind in the code lists' order, without the kinds
 * youth and debt own (BR-CL16, BR-CL17: clients records and counts no light parenting support and no
 * debt help); requests: every
 * outcome and `null` (not yet assessed); transition: the statuses that are returned, never the
 * deprecated ones.
 */
export const STATISTICS_CATALOGUE = {
  pillarKinds: PILLARS.flatMap((pillar) =>
    SUPPORT_KINDS.filter((kind) => !MOVED_SUPPORT_KINDS.has(kind) && pillarDelivers(pillar, kind)).map(
      (kind) => ({ pillar, kind }),
    ),
  ) as readonly { pillar: Pillar; kind: SupportKind }[],
  deliveryForms: DELIVERY_FORMS.map((form) => ({ form })) as readonly { form: DeliveryForm }[],
  requestOutcomes: [...REQUEST_OUTCOMES, null].map((outcome) => ({ outcome })) as readonly {
    outcome: RequestOutcome | null;
  }[],
  decisionOutcomes: DECISION_OUTCOMES.map((outcome) => ({ outcome })) as readonly {
    outcome: DecisionOutcome;
  }[],
  complaintLevels: COMPLAINT_LEVELS.map((level) => ({ level })) as readonly { level: ComplaintLevel }[],
  transitionStatuses: TRANSITION_STATUSES.map((status) => ({ status })) as readonly {
    status: TransitionStatus;
  }[],
};

/** A group's key: its values in order, so that groups with the same values meet. */
function keyOf(group: object): string {
  return JSON.stringify(Object.values(group));
}

/**
 * Every group of `catalogue` with its count from `rows` (the SQL's grouped counts), zero where the
 * SQL found none, in the catalogue's order (BR-KT5). A group the SQL found outside the catalogue
 * (a row recorded before a rule forbade it) is kept, after the catalogue, so that no count is lost.
 */
export function everyGroup<Group extends object>(
  catalogue: readonly Group[],
  rows: readonly (Group & { n: number | string })[],
): (Group & { n: number })[] {
  const counted = new Map(rows.map(({ n, ...group }) => [keyOf(group), Number(n)]));
  const known = new Set(catalogue.map(keyOf));
  return [
    ...catalogue.map((group) => ({ ...group, n: counted.get(keyOf(group)) ?? 0 })),
    ...rows
      .filter(({ n: _n, ...group }) => !known.has(keyOf(group)))
      .map((row) => ({ ...row, n: Number(row.n) })),
  ];
}
