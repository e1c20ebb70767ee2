import type { AccessRoute, DeliveryForm, EndReason, Pillar, ProvisionType, SupportKind } from './codes.ts';

/** What the rules need to know about a new support engagement (ondersteuningsinzet). */
export interface EngagementDraft {
  pillar: Pillar;
  kind: SupportKind;
  provisionType: ProvisionType;
  deliveryForm: DeliveryForm;
  accessRoute: AccessRoute;
  startedOn: string;
  clientPgbCompetent: boolean;
  /** The verwijzing it rests on, when there is one. */
  referral: { issuedByBasisWorker: boolean; clientMatches: boolean } | null;
  /** The beschikking it rests on, when there is one. */
  decision: { granted: boolean; validFrom: string; validTo: string | null; clientMatches: boolean } | null;
}

export interface RuleBreach {
  field: string;
  message: string;
}

/** Kinds only one pillar delivers (§3.9, BR-C1–C3); the others may come from more than one. */
const ONLY_PILLAR: Partial<Record<SupportKind, Pillar>> = {
  PERSOONLIJKE_VERZORGING: 'BASIS',
  HULP_BIJ_HET_HUISHOUDEN: 'AANVULLEND',
  KORTDUREND_VERBLIJF: 'AANVULLEND',
  JONGERENWERK: 'BASIS',
};

/** The first rule a new engagement breaks, or null when it may start. */
export function engagementBreach(draft: EngagementDraft): RuleBreach | null {
  const onlyPillar = ONLY_PILLAR[draft.kind];
  if (onlyPillar && onlyPillar !== draft.pillar) {
    return { field: 'pillar', message: `${draft.kind} is delivered by the ${onlyPillar} pillar only` };
  }
  // Basisondersteuning is a general facility, aanvullende ondersteuning a tailored one (BR-A5).
  if (draft.pillar === 'AANVULLEND' && draft.provisionType !== 'MAATWERK') {
    return { field: 'provisionType', message: 'Aanvullende ondersteuning is a maatwerkvoorziening' };
  }
  if (draft.pillar !== 'AANVULLEND' && draft.provisionType !== 'ALGEMEEN') {
    return { field: 'provisionType', message: `The ${draft.pillar} pillar gives general facilities only` };
  }
  // BR-A6: the choice between ZIN and PGB exists only for maatwerk, and a PGB needs PGB competence.
  if (draft.deliveryForm === 'PGB' && draft.provisionType !== 'MAATWERK') {
    return { field: 'deliveryForm', message: 'A PGB is possible for a maatwerkvoorziening only' };
  }
  if (draft.deliveryForm === 'PGB' && !draft.clientPgbCompetent) {
    return { field: 'deliveryForm', message: 'A PGB needs a PGB-competent client (pgb-vaardig)' };
  }
  return accessBreach(draft);
}

/** BR-A3/A4: aanvullend only through a verwijzing by a basis worker, or a granted beschikking. */
function accessBreach(draft: EngagementDraft): RuleBreach | null {
  if (draft.pillar !== 'AANVULLEND') {
    if (draft.accessRoute !== 'DIRECT') {
      return { field: 'accessRoute', message: 'Sociale basis and basis start directly, without paperwork' };
    }
    return null;
  }
  if (draft.accessRoute === 'DIRECT') {
    return {
      field: 'accessRoute',
      message: 'Aanvullende ondersteuning needs a referral by a basis worker or a decision',
    };
  }
  if (draft.accessRoute === 'VERWIJSBRIEF') {
    if (!draft.referral) return { field: 'referralId', message: 'A referral (verwijzing) is required' };
    if (!draft.referral.clientMatches) {
      return { field: 'referralId', message: 'The referral is for another client' };
    }
    if (!draft.referral.issuedByBasisWorker) {
      return { field: 'referralId', message: 'Only a worker of the basis provider may refer to aanvullend' };
    }
    return null;
  }
  const { decision } = draft;
  if (!decision) return { field: 'decisionId', message: 'A decision (beschikking) is required' };
  if (!decision.clientMatches) return { field: 'decisionId', message: 'The decision is for another client' };
  if (!decision.granted) return { field: 'decisionId', message: 'The decision refused the support' };
  if (
    draft.startedOn < decision.validFrom ||
    (decision.validTo !== null && draft.startedOn > decision.validTo)
  ) {
    return { field: 'startedOn', message: 'The engagement starts outside the validity of the decision' };
  }
  return null;
}

/** Ending an engagement: a date not before its start, and a reason (from the stopbericht). */
export function endBreach(
  startedOn: string,
  endedOn: string,
  reason: EndReason | null,
  alreadyEnded: boolean,
): RuleBreach | null {
  if (alreadyEnded) return { field: 'id', message: 'The engagement has already ended' };
  if (endedOn < startedOn) return { field: 'endedOn', message: 'The end lies before the start' };
  if (!reason) return { field: 'reason', message: 'An end needs a reason' };
  return null;
}
