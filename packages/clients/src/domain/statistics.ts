import {
  COMPLAINT_LEVELS,
  COMPLAINT_STATUSES,
  type ComplaintLevel,
  type ComplaintStatus,
  DECISION_OUTCOMES,
  DELIVERY_FORMS,
  type DecisionOutcome,
  type DeliveryForm,
  END_REASONS,
  type EndReason,
  HOUSING_LINK_STATUSES,
  type HousingLinkStatus,
  OBJECTION_OUTCOMES,
  type ObjectionOutcome,
  PILLARS,
  type Pillar,
  PROVISION_TYPES,
  type ProvisionType,
  REQUEST_OUTCOMES,
  type RequestOutcome,
  SUPPORT_KINDS,
  type SupportKind,
} from './codes.ts';
import { MOVED_SUPPORT_KINDS } from './debt-handover.ts';
import { pillarDelivers } from './engagement.ts';
import { TRANSITION_STATUSES, type TransitionStatus } from './transition.ts';

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
  pillars: PILLARS.map((pillar) => ({ pillar })) as readonly { pillar: Pillar }[],
  provisionTypes: PROVISION_TYPES.map((provisionType) => ({ provisionType })) as readonly {
    provisionType: ProvisionType;
  }[],
  endReasons: END_REASONS.map((reason) => ({ reason })) as readonly { reason: EndReason }[],
  complaintStatuses: COMPLAINT_STATUSES.map((status) => ({ status })) as readonly {
    status: ComplaintStatus;
  }[],
  objectionOutcomes: [...OBJECTION_OUTCOMES, null].map((outcome) => ({ outcome })) as readonly {
    outcome: ObjectionOutcome | null;
  }[],
  housingLinkStatuses: HOUSING_LINK_STATUSES.map((status) => ({ status })) as readonly {
    status: HousingLinkStatus;
  }[],
};

/**
 * BR-CL21: an ended engagement whose stop message gave no reason (the column allows it; every path
 * that ends one records a reason) counts as `OTHER`, so that the list of reasons stays a list of
 * reasons and no ended engagement is lost.
 */
export function endReasonCounted(reason: EndReason | null): EndReason {
  return reason ?? 'OTHER';
}

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
  const counted = new Map<string, number>();
  // Rows that meet in one group (a null reason counted as OTHER) add up.
  for (const { n, ...group } of rows) counted.set(keyOf(group), (counted.get(keyOf(group)) ?? 0) + Number(n));
  const known = new Set(catalogue.map(keyOf));
  return [
    ...catalogue.map((group) => ({ ...group, n: counted.get(keyOf(group)) ?? 0 })),
    ...[...new Map(rows.map(({ n: _n, ...group }) => [keyOf(group), group])).entries()]
      .filter(([key]) => !known.has(key))
      .map(([key, group]) => ({ ...(group as Group), n: counted.get(key)! })),
  ];
}
