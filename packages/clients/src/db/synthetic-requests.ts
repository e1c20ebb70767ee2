import type { RequestOutcome, SupportKind } from '../domain/codes.ts';
import { workday } from './dates.ts';
import { ORGANISATIONS } from './references.ts';
import {
  type ClientInsert,
  type Context,
  type HouseholdDraft,
  LAST_DAY,
  type Member,
  TRANSFER_DAY,
} from './synthetic-context.ts';
import {
  AANVULLEND_PROVIDERS,
  addAanvullend,
  addBasis,
  addDecision,
  addReferral,
  addRequest,
  addSocialeBasis,
  type RequestResult,
} from './synthetic-support.ts';

/**
 * What follows a support request, outcome by outcome (P1, P2, P6, P8): the sociale basis at once,
 * basis without a decision, aanvullend only on a basis caseworker's referral (and a decision when
 * the resident asks for one), household help on the provider's investigation, or the JET.
 */

const BASIS_KINDS: readonly (readonly [SupportKind, number])[] = [
  ['THUISONDERSTEUNING', 38],
  ['SCHULDHULPVERLENING', 20],
  ['PERSOONLIJKE_VERZORGING', 10],
  ['PARTICIPATIE', 12],
  ['MANTELZORGONDERSTEUNING', 8],
  ['DAGBESTEDING', 12],
];

const SOCIALE_BASIS_KINDS: readonly (readonly [SupportKind, number])[] = [
  ['PARTICIPATIE', 45],
  ['SCHULDHULPVERLENING', 30],
  ['MANTELZORGONDERSTEUNING', 25],
];

const AANVULLEND_KINDS: readonly (readonly [SupportKind, number])[] = [
  ['THUISONDERSTEUNING', 50],
  ['DAGBESTEDING', 30],
  ['KORTDUREND_VERBLIJF', 10],
  ['RESPIJTZORG', 10],
];

const OUTCOMES: readonly (readonly [RequestOutcome | null, number])[] = [
  [null, 4],
  ['NOT_PICKED_UP', 8],
  ['SOCIALE_BASIS', 22],
  ['BASIS', 30],
  ['AANVULLEND_REFERRAL', 14],
  ['HH_PROVIDER', 12],
  ['JET', 12],
];

/** The support of a household without a legacy indication, from its requests. */
export function addHouseholdRequests(ctx: Context, household: HouseholdDraft) {
  const { random } = ctx;
  const [lead, ...others] = household.members as [Member, ...Member[]];
  const hasYoung = household.members.some((m) => m.young);
  // A resident who wants a decision asks for aanvullend support: the route with a beschikking (BR-A4).
  const outcome = lead.row.prefersDecision
    ? 'AANVULLEND_REFERRAL'
    : random.weighted(OUTCOMES.filter(([value]) => value !== 'JET' || hasYoung));
  followRequest(ctx, household, lead.row, outcome);

  for (const member of others) {
    if (member.young) {
      // Jongerenwerk reaches young people by outreach, without a request.
      if (random.chance(0.06))
        addBasis(
          ctx,
          household,
          member.row,
          'JONGERENWERK',
          workday(random.int(TRANSFER_DAY, LAST_DAY - 30)),
        );
    } else if (random.chance(0.1)) {
      // The partner who cares for the lead: mantelzorgondersteuning in the sociale basis.
      followRequest(ctx, household, member.row, 'SOCIALE_BASIS', 'MANTELZORGONDERSTEUNING');
    }
  }
  if (hasYoung && household.jeugdwetFrom === null && random.chance(0.1))
    household.jeugdwetFrom = workday(random.int(TRANSFER_DAY + 30, LAST_DAY - 30));
}

/** Adds a request with the given outcome and whatever it leads to. */
export function followRequest(
  ctx: Context,
  household: HouseholdDraft,
  client: ClientInsert,
  outcome: RequestOutcome | null,
  chosenKind?: SupportKind,
) {
  const { random } = ctx;
  const kind =
    chosenKind ??
    (outcome === 'SOCIALE_BASIS'
      ? random.weighted(SOCIALE_BASIS_KINDS)
      : outcome === 'BASIS'
        ? random.weighted(BASIS_KINDS)
        : outcome === 'AANVULLEND_REFERRAL'
          ? random.weighted(AANVULLEND_KINDS)
          : outcome === 'HH_PROVIDER'
            ? 'HULP_BIJ_HET_HUISHOUDEN'
            : outcome === 'JET'
              ? 'LICHTE_OPVOEDONDERSTEUNING'
              : null);
  const request = addRequest(ctx, household, client, outcome, kind);
  if (request.assessedOn === null || kind === null) return;
  const assessed = request.assessedOn;
  switch (outcome) {
    case 'SOCIALE_BASIS':
      addSocialeBasis(ctx, household, client, kind, assessed + random.int(0, 14));
      return;
    case 'BASIS':
      addBasis(ctx, household, client, kind, assessed + random.int(0, 21));
      return;
    case 'AANVULLEND_REFERRAL':
      referToAanvullend(ctx, household, client, kind, request);
      return;
    case 'HH_PROVIDER':
      addHouseholdHelp(ctx, household, client, assessed);
      return;
    case 'JET':
      household.jeugdwetFrom = Math.min(LAST_DAY, assessed + random.int(7, 30));
      // Light parenting support from the basis beside the JET's route, for some parents.
      if (random.chance(0.4)) addBasis(ctx, household, client, kind, assessed + random.int(7, 30));
      return;
    default:
      return;
  }
}

/** P2: often basis first; a referral letter; with the resident's request, advice and decision. */
function referToAanvullend(
  ctx: Context,
  household: HouseholdDraft,
  client: ClientInsert,
  kind: SupportKind,
  request: RequestResult,
) {
  const { random } = ctx;
  const assessed = request.assessedOn!;
  const basisFirst = random.chance(0.5);
  if (basisFirst) addBasis(ctx, household, client, 'THUISONDERSTEUNING', assessed + random.int(0, 7));
  const issuedOn = workday(assessed + (basisFirst ? random.int(30, 120) : random.int(0, 14)));
  if (issuedOn > LAST_DAY) return;
  const referralId = addReferral(ctx, client, {
    issuedBy: request.assessedBy!,
    issuedOn,
    kind,
    requestId: request.id,
  });
  const organisationId = random.weighted(AANVULLEND_PROVIDERS);
  if (!client.prefersDecision) {
    // Waiting time between referral and start (P13).
    addAanvullend(ctx, household, {
      client,
      kind,
      start: issuedOn + random.int(14, 60),
      organisationId,
      referralId,
    });
    return;
  }
  const decidedOn = workday(issuedOn + random.int(14, 42));
  if (decidedOn > LAST_DAY) return;
  const granted = random.chance(0.7);
  const decision = addDecision(ctx, client, {
    kind: 'AANVULLEND_MAATWERK',
    outcome: granted ? 'GRANTED' : 'REFUSED',
    adviceByOrganisationId: ORGANISATIONS.amaryllis,
    adviceSummary: granted
      ? 'Zwaarwegend advies: specialistische ondersteuning nodig, de basis volstaat niet.'
      : 'Zwaarwegend advies: de basisondersteuning volstaat, met een vaste begeleider.',
    destination2021: null,
    issuedOn: decidedOn,
    validFrom: decidedOn + random.int(0, 14),
  });
  if (granted) {
    addAanvullend(ctx, household, {
      client,
      kind,
      start: decidedOn + random.int(14, 44),
      organisationId,
      referralId,
      decisionId: decision.id,
    });
  } else if (!basisFirst) {
    addBasis(ctx, household, client, 'THUISONDERSTEUNING', decidedOn + random.int(7, 21));
  }
}

/**
 * P6, from 2021: the provider investigates under mandate and advises, the municipality decides.
 * Granted clients alternate between the two providers, so each has half.
 */
export function addHouseholdHelp(
  ctx: Context,
  household: HouseholdDraft,
  client: ClientInsert,
  assessed: number,
) {
  const { random } = ctx;
  const issuedOn = workday(assessed + random.int(7, 28));
  if (issuedOn > LAST_DAY) return;
  const granted = random.chance(0.92);
  const validFrom = issuedOn + random.int(0, 7);
  const start = validFrom + random.int(0, 21);
  // Alternate only over help that starts, so the engagements split exactly in half.
  const organisationId =
    granted && start <= LAST_DAY
      ? ctx.nextHouseholdHelpProvider()
      : random.pick([ORGANISATIONS.miep, ORGANISATIONS.thfl]);
  const decision = addDecision(ctx, client, {
    kind: 'HULP_BIJ_HET_HUISHOUDEN',
    outcome: granted ? 'GRANTED' : 'REFUSED',
    adviceByOrganisationId: organisationId,
    adviceSummary: granted
      ? 'Onderzoek in mandaat: hulp bij het huishouden nodig volgens de normering.'
      : 'Onderzoek in mandaat: het huishouden is met eigen kracht en netwerk te doen.',
    destination2021: null,
    issuedOn,
    validFrom,
  });
  if (!granted) return;
  addAanvullend(ctx, household, {
    client,
    kind: 'HULP_BIJ_HET_HUISHOUDEN',
    start,
    organisationId,
    decisionId: decision.id,
  });
}
