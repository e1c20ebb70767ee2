import { type Caller, isMunicipal, mayReadRowsOf, ValidationError } from '@mienskip/kit/rules';
import type {
  AccessRoute,
  DecisionOutcome,
  DeliveryForm,
  EndReason,
  Pillar,
  ProvisionType,
  SupportKind,
} from './codes.ts';
import { movedKindRefusal } from './debt-handover.ts';
import {
  type DebtHelpMovedError,
  type LightParentingSupportMovedError,
  RuleViolationError,
} from './errors.ts';

/**
 * Who starts an engagement, as far as the access rules depend on it: the municipality, the provider
 * organisation that will deliver it (its own key), or anyone else.
 */
export type Starter = 'MUNICIPALITY' | 'PROVIDER' | 'OTHER';

/** The starter of an engagement at `providerId`, from the caller's organisation and its kind. */
export function starterOf(caller: Caller, providerId: string): Starter {
  if (isMunicipal(caller)) return 'MUNICIPALITY';
  return caller.organisationKind === 'PROVIDER' && caller.organisationId === providerId
    ? 'PROVIDER'
    : 'OTHER';
}

/** What the rules need to know about a new support engagement (ondersteuningsinzet). */
export interface EngagementDraft {
  pillar: Pillar;
  kind: SupportKind;
  provisionType: ProvisionType;
  deliveryForm: DeliveryForm;
  accessRoute: AccessRoute;
  startedOn: string;
  clientPgbCompetent: boolean;
  /** Who starts it (BR-A10: household help is started by its provider). */
  starter: Starter;
  /**
   * The verwijzing it rests on, when there is one: its issuer, client and kind, and whether it has
   * already started an engagement (BR-CL13).
   */
  referral: {
    issuedByBasisWorker: boolean;
    clientMatches: boolean;
    kind: SupportKind;
    alreadyStarted: boolean;
  } | null;
  /** The beschikking it rests on, when there is one. */
  decision: { granted: boolean; validFrom: string; validTo: string | null; clientMatches: boolean } | null;
}

/** Kinds only one pillar delivers (§3.9, BR-C1–C3); the others may come from more than one. */
const ONLY_PILLAR: Partial<Record<SupportKind, Pillar>> = {
  PERSOONLIJKE_VERZORGING: 'BASIS',
  HULP_BIJ_HET_HUISHOUDEN: 'AANVULLEND',
  KORTDUREND_VERBLIJF: 'AANVULLEND',
  JONGERENWERK: 'BASIS',
};

/**
 * Basis provisions without a beschikking (BR-CL14): light parenting support (§4.4) and participation
 * (§4.1, §3.9) are general facilities of the basis (or the sociale basis), never aanvullend maatwerk,
 * so never a PGB either.
 */
const NEVER_MAATWERK: ReadonlySet<SupportKind> = new Set(['LICHTE_OPVOEDONDERSTEUNING', 'PARTICIPATIE']);

/**
 * Whether the rules let `pillar` deliver `kind` at all (BR-C1–C3, BR-CL3, BR-CL14): the kinds of one
 * pillar only, and no basis provision without a beschikking as aanvullend. The catalogue of the
 * statistics (BR-KT5) is every pair this allows.
 */
export function pillarDelivers(pillar: Pillar, kind: SupportKind): boolean {
  const onlyPillar = ONLY_PILLAR[kind];
  if (onlyPillar && onlyPillar !== pillar) return false;
  return !(NEVER_MAATWERK.has(kind) && pillar === 'AANVULLEND');
}

function generalOnlyBreach(draft: EngagementDraft): RuleViolationError | null {
  if (!NEVER_MAATWERK.has(draft.kind)) return null;
  const field =
    draft.pillar === 'AANVULLEND'
      ? 'pillar'
      : draft.provisionType === 'MAATWERK'
        ? 'provisionType'
        : draft.deliveryForm === 'PGB'
          ? 'deliveryForm'
          : null;
  return field
    ? new RuleViolationError(
        field,
        `${draft.kind} is a basis provision without a beschikking: never aanvullend maatwerk or a PGB`,
      )
    : null;
}

/** The first rule a new engagement breaks, or null when it may start. */
export function engagementBreach(
  draft: EngagementDraft,
): RuleViolationError | LightParentingSupportMovedError | DebtHelpMovedError | null {
  const moved = movedKindRefusal(draft.kind);
  if (moved) return moved;
  const generalOnly = generalOnlyBreach(draft);
  if (generalOnly) return generalOnly;
  const onlyPillar = ONLY_PILLAR[draft.kind];
  if (onlyPillar && onlyPillar !== draft.pillar) {
    return new RuleViolationError('pillar', `${draft.kind} is delivered by the ${onlyPillar} pillar only`);
  }
  // Basisondersteuning is a general facility, aanvullende ondersteuning a tailored one (BR-A5).
  if (draft.pillar === 'AANVULLEND' && draft.provisionType !== 'MAATWERK') {
    return new RuleViolationError('provisionType', 'Aanvullende ondersteuning is a maatwerkvoorziening');
  }
  if (draft.pillar !== 'AANVULLEND' && draft.provisionType !== 'ALGEMEEN') {
    return new RuleViolationError(
      'provisionType',
      `The ${draft.pillar} pillar gives general facilities only`,
    );
  }
  // BR-A6: the choice between ZIN and PGB exists only for maatwerk, and a PGB needs PGB competence.
  if (draft.deliveryForm === 'PGB' && draft.provisionType !== 'MAATWERK') {
    return new RuleViolationError('deliveryForm', 'A PGB is possible for a maatwerkvoorziening only');
  }
  if (draft.deliveryForm === 'PGB' && !draft.clientPgbCompetent) {
    return new RuleViolationError('deliveryForm', 'A PGB needs a PGB-competent client (pgb-vaardig)');
  }
  return accessBreach(draft);
}

/** The day the household-help providers took over its access (BR-A10, P6). */
const PROVIDER_HOUSEHOLD_HELP_ACCESS_FROM = '2021-01-01';

/**
 * BR-A10: from 2021 a household-help provider does the access itself and starts household help for
 * its client without a referral or a beschikking (the resident may still ask for a beschikking, the
 * BESCHIKKING route). The provider's own key starts it, or the municipality records it; in 2020
 * access ran through Publieke Dienstverlening with a beschikking.
 */
function householdHelpAccessBreach(draft: EngagementDraft): RuleViolationError | null {
  if (draft.startedOn < PROVIDER_HOUSEHOLD_HELP_ACCESS_FROM) {
    return new RuleViolationError(
      'accessRoute',
      'Before 2021 household help needs a beschikking (access by Publieke Dienstverlening)',
    );
  }
  if (draft.starter === 'OTHER') {
    return new RuleViolationError(
      'accessRoute',
      'Household help without a referral or beschikking is started by its provider or recorded by the municipality',
    );
  }
  return null;
}

/**
 * BR-A3/A4: aanvullend only through a verwijzing by a basis worker, or a granted beschikking;
 * household help also directly by its provider from 2021 (BR-A10).
 */
function accessBreach(draft: EngagementDraft): RuleViolationError | null {
  if (draft.pillar !== 'AANVULLEND') {
    if (draft.accessRoute !== 'DIRECT') {
      return new RuleViolationError(
        'accessRoute',
        'Sociale basis and basis start directly, without paperwork',
      );
    }
    return null;
  }
  if (draft.accessRoute === 'DIRECT') {
    if (draft.kind === 'HULP_BIJ_HET_HUISHOUDEN') return householdHelpAccessBreach(draft);
    return new RuleViolationError(
      'accessRoute',
      'Aanvullende ondersteuning needs a referral by a basis worker or a decision',
    );
  }
  if (draft.accessRoute === 'VERWIJSBRIEF') {
    if (!draft.referral) return new RuleViolationError('referralId', 'A referral (verwijzing) is required');
    if (!draft.referral.clientMatches) {
      return new RuleViolationError('referralId', 'The referral is for another client');
    }
    if (!draft.referral.issuedByBasisWorker) {
      return new RuleViolationError(
        'referralId',
        'Only a worker of the basis provider may refer to aanvullend',
      );
    }
    // BR-CL13: a referral starts one engagement, of the kind it was issued for.
    if (draft.referral.kind !== draft.kind) {
      return new RuleViolationError('kind', `The referral was issued for ${draft.referral.kind}`);
    }
    if (draft.referral.alreadyStarted) {
      return new RuleViolationError('referralId', 'The referral has already started an engagement');
    }
    return null;
  }
  const { decision } = draft;
  if (!decision) return new RuleViolationError('decisionId', 'A decision (beschikking) is required');
  if (!decision.clientMatches)
    return new RuleViolationError('decisionId', 'The decision is for another client');
  if (!decision.granted) return new RuleViolationError('decisionId', 'The decision refused the support');
  if (
    draft.startedOn < decision.validFrom ||
    (decision.validTo !== null && draft.startedOn > decision.validTo)
  ) {
    return new RuleViolationError('startedOn', 'The engagement starts outside the validity of the decision');
  }
  return null;
}

/** Ending an engagement (BR-CL4): once, not before its start, and with a reason (from the stopbericht). */
export function endBreach(
  startedOn: string,
  endedOn: string,
  reason: EndReason | null,
  alreadyEnded: boolean,
): RuleViolationError | null {
  if (alreadyEnded) return new RuleViolationError('id', 'The engagement has already ended');
  if (endedOn < startedOn) return new RuleViolationError('endedOn', 'The end lies before the start');
  if (!reason) return new RuleViolationError('reason', 'An end needs a reason');
  return null;
}

const MAX_HOURS_PER_WEEK = 60;

/**
 * Checks that need nothing loaded: light parenting support is youth's (BR-CL16) and debt help
 * debt's (BR-CL17), a provider's key
 * starts engagements at its own organisation only (BR-CL5), and the indicative hours lie between 0
 * and 60 a week.
 */
export function checkStartRequest(
  caller: Caller,
  input: { kind: SupportKind; providerId: string; hoursPerWeek?: number | null },
): RuleViolationError | LightParentingSupportMovedError | DebtHelpMovedError | ValidationError | null {
  const moved = movedKindRefusal(input.kind);
  if (moved) return moved;
  if (!mayReadRowsOf(caller, input.providerId)) {
    return new RuleViolationError(
      'providerId',
      'A provider key starts engagements at its own organisation only',
    );
  }
  const hours = input.hoursPerWeek;
  if (hours != null && !(hours >= 0 && hours <= MAX_HOURS_PER_WEEK)) {
    return new ValidationError('hoursPerWeek', 'Hours per week lie between 0 and 60');
  }
  return null;
}

/** What the access rules need to know of the beschikking an engagement rests on. */
export function decisionFacts(
  decision: { clientId: string; outcome: DecisionOutcome; validFrom: string; validTo: string | null },
  clientId: string,
): NonNullable<EngagementDraft['decision']> {
  return {
    clientMatches: decision.clientId === clientId,
    granted: decision.outcome === 'GRANTED',
    validFrom: decision.validFrom,
    validTo: decision.validTo,
  };
}

/** A support engagement as it is started. */
export interface EngagementInput {
  clientId: string;
  pillar: Pillar;
  kind: SupportKind;
  provisionType: ProvisionType;
  deliveryForm?: DeliveryForm | null;
  accessRoute: AccessRoute;
  referralId?: string | null;
  decisionId?: string | null;
  providerId: string;
  workerId?: string | null;
  hoursPerWeek?: number | null;
  structural?: boolean | null;
  startedOn?: string | null;
}

/** An engagement to insert. */
export interface NewEngagement {
  clientId: string;
  pillar: Pillar;
  kind: SupportKind;
  provisionType: ProvisionType;
  deliveryForm: DeliveryForm;
  accessRoute: AccessRoute;
  organisationId: string;
  workerId: string | null;
  hoursPerWeek: number | null;
  /** Kept only on the route that rests on it. */
  referralId: string | null;
  decisionId: string | null;
  structural: boolean;
  startedOn: string;
}

/** Starting support: the rules of `engagementBreach`, on what was loaded about the client, referral and decision. */
export function startEngagement(
  input: EngagementInput,
  facts: Pick<EngagementDraft, 'clientPgbCompetent' | 'referral' | 'decision' | 'starter'>,
  today: string,
): RuleViolationError | LightParentingSupportMovedError | DebtHelpMovedError | NewEngagement {
  const deliveryForm = input.deliveryForm ?? 'ZIN';
  const startedOn = input.startedOn ?? today;
  const breach = engagementBreach({ ...input, deliveryForm, startedOn, ...facts });
  if (breach) return breach;
  return {
    clientId: input.clientId,
    pillar: input.pillar,
    kind: input.kind,
    provisionType: input.provisionType,
    deliveryForm,
    accessRoute: input.accessRoute,
    organisationId: input.providerId,
    workerId: input.workerId || null,
    hoursPerWeek: input.hoursPerWeek ?? null,
    referralId: (input.accessRoute === 'VERWIJSBRIEF' && input.referralId) || null,
    decisionId: (input.accessRoute === 'BESCHIKKING' && input.decisionId) || null,
    structural: input.structural ?? false,
    startedOn,
  };
}

/** Ending an engagement (BR-CL4): on the day given or today, with the reason of the stopbericht. */
export function endEngagement(
  engagement: { startedOn: string; endedOn: string | null },
  input: { endedOn?: string | null; reason: EndReason },
  today: string,
): RuleViolationError | { endedOn: string; endReason: EndReason } {
  const endedOn = input.endedOn ?? today;
  const breach = endBreach(engagement.startedOn, endedOn, input.reason, engagement.endedOn !== null);
  if (breach) return breach;
  return { endedOn, endReason: input.reason };
}
