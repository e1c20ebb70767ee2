import type { LegacyIndication, SupportKind } from '../domain/codes.ts';
import { dayOf, isoOf, workday } from './dates.ts';
import { quota, type Random } from './random.ts';
import { ORGANISATIONS } from './references.ts';
import {
  type Context,
  type HouseholdDraft,
  type InterviewProgress,
  type LegacyClient,
  type Member,
  TRANSFER_DAY,
} from './synthetic-context.ts';
import { followRequest } from './synthetic-requests.ts';
import { addAanvullend, addBasis, addDecision, addReferral } from './synthetic-support.ts';

/**
 * The 2020 transition (P5, §5.3): about 2,000 residents with a legacy TO or DB indication, each with
 * a personal interview that sends them to basis, aanvullend or a tailored solution.
 */

/** Where a legacy product goes (§5.3); `SPLIT` products are assessed one by one, half to each side. */
export const LEGACY_MAPPING: Record<LegacyIndication, 'BASIS' | 'AANVULLEND' | 'SPLIT'> = {
  PTO: 'BASIS',
  TO1: 'BASIS',
  TO2: 'BASIS',
  TO3: 'SPLIT',
  TO4: 'AANVULLEND',
  DB1: 'BASIS',
  DB2: 'SPLIT',
  DB3: 'AANVULLEND',
  DB4: 'BASIS',
  DB5: 'SPLIT',
  DB6: 'AANVULLEND',
};

/**
 * The product mix, chosen so the mapping gives the plan's lumpsum assumption: 65% + ½·20% = 75% of
 * TO clients to basis, 35% + ½·40% = 55% of DB clients.
 */
export const TO_MIX: readonly (readonly [LegacyIndication, number])[] = [
  ['PTO', 10],
  ['TO1', 25],
  ['TO2', 30],
  ['TO3', 20],
  ['TO4', 15],
];
export const DB_MIX: readonly (readonly [LegacyIndication, number])[] = [
  ['DB1', 20],
  ['DB4', 15],
  ['DB2', 20],
  ['DB5', 20],
  ['DB3', 15],
  ['DB6', 10],
];
const TO_SHARE = 0.6;
/** Known clients for whom nothing in the new model fits get a tailored solution (BR-T2). */
const MAATWERK_SHARE = 0.03;

/**
 * Every perspective conversation was held by late November 2020 (*council letter 2020*, "Perspective
 * conversations and handover"). Most were handed over; a visible group (synthetic, the letter gives no
 * figure) still had its handover under way or its follow-up to do.
 */
const STATUS_MIX: readonly (readonly [InterviewProgress, number])[] = [
  ['COMPLETED', 92],
  ['HELD_IN_PROGRESS', 4],
  ['HELD_NOT_STARTED', 4],
];

/** Housing tied to the care provider: 125 clients, 99 solved, at the default 2,000 (scaled otherwise). */
export function housingLinkCounts(transitionClients: number) {
  const total = Math.round((125 * transitionClients) / 2000);
  return { total, solved: Math.round((total * 99) / 125) };
}

const isTo = (indication: LegacyIndication) => indication === 'PTO' || indication.startsWith('TO');

/**
 * Decides indication, destination, interview status, legacy provider and housing link of every
 * transition client up front, by exact quotas: the shares the plan names hold at every scale.
 */
export function planTransition(count: number, random: Random): LegacyClient[] {
  const toCount = Math.round(count * TO_SHARE);
  const indications = random.shuffle([
    ...quota(toCount, TO_MIX, random),
    ...quota(count - toCount, DB_MIX, random),
  ]);
  const splitCounter = new Map<LegacyIndication, number>();
  const clients: LegacyClient[] = indications.map((indication) => {
    const mapped = LEGACY_MAPPING[indication];
    let destination: LegacyClient['destination'] = mapped === 'SPLIT' ? 'BASIS' : mapped;
    if (mapped === 'SPLIT') {
      const n = splitCounter.get(indication) ?? 0;
      splitCounter.set(indication, n + 1);
      if (n % 2 === 1) destination = 'AANVULLEND';
    }
    return {
      indication,
      destination,
      status: 'COMPLETED',
      legacyOrganisationId: legacyProvider(indication, random),
      housingLink: null,
    };
  });
  // Tailored solutions come out of the aanvullend side: the basis share stays the plan's.
  const aanvullend = random.shuffle(clients.filter((c) => c.destination === 'AANVULLEND'));
  for (const client of aanvullend.slice(0, Math.round(count * MAATWERK_SHARE)))
    client.destination = 'MAATWERKOPLOSSING';
  // Statuses per stratum, so held interviews show the same basis shares as the whole group.
  const strata = new Map<string, LegacyClient[]>();
  for (const client of clients) {
    const key = `${isTo(client.indication)}-${client.destination === 'BASIS'}`;
    strata.set(key, [...(strata.get(key) ?? []), client]);
  }
  for (const group of strata.values()) {
    const statuses = quota(group.length, STATUS_MIX, random);
    group.forEach((client, i) => {
      client.status = statuses[i]!;
    });
  }
  // Housing tied to care is a second-line arrangement: mostly with the legacy aanvullend providers.
  const { total, solved } = housingLinkCounts(count);
  const secondLine = clients.filter((c) => c.legacyOrganisationId !== ORGANISATIONS.amaryllis);
  const rest = clients.filter((c) => c.legacyOrganisationId === ORGANISATIONS.amaryllis);
  const linked = [...random.shuffle(secondLine), ...random.shuffle(rest)].slice(0, total);
  const links = quota(
    linked.length,
    [['SOLVED', solved] as const, ['OPEN', Math.max(0, total - solved)] as const],
    random,
  );
  linked.forEach((client, i) => {
    client.housingLink = links[i]!;
  });
  return clients;
}

function legacyProvider(indication: LegacyIndication, random: Random): string {
  // TO1 was Amaryllis's product; PTO was shared; the second line sat with Windkracht058 and partners.
  if (indication === 'TO1') return ORGANISATIONS.amaryllis;
  if (indication === 'PTO' && random.chance(0.6)) return ORGANISATIONS.amaryllis;
  return random.weighted([
    [ORGANISATIONS.windkracht058, 50],
    [ORGANISATIONS.mindup, 25],
    [ORGANISATIONS.ixtaNoa, 25],
  ]);
}

const INTERVIEWS_FROM = dayOf('2020-03-02');
/** A Friday before the council letter of late November 2020, by which every conversation was held. */
export const INTERVIEWS_HELD_BY = dayOf('2020-11-20');
const LAST_2020 = dayOf('2020-12-31');

/** The interview row, the engagement with the new provider once handover has begun, and new questions since. */
export function addTransition(ctx: Context, household: HouseholdDraft, member: Member) {
  const { random } = ctx;
  const legacy = member.legacy!;
  const client = member.row;
  // Every interview was held, on its planned day or within three weeks after, by late November 2020.
  const plannedOn = workday(random.int(INTERVIEWS_FROM, INTERVIEWS_HELD_BY));
  const heldOn = Math.min(
    INTERVIEWS_HELD_BY,
    random.chance(0.8) ? plannedOn : workday(plannedOn + random.int(1, 21)),
  );
  const handover =
    legacy.status === 'COMPLETED'
      ? 'COMPLETED'
      : legacy.status === 'HELD_IN_PROGRESS'
        ? 'IN_PROGRESS'
        : 'NOT_STARTED';
  ctx.rows.transitionInterviews.push({
    id: ctx.nextId('transition'),
    clientId: client.id,
    legacyIndication: legacy.indication,
    legacyOrganisationId: legacy.legacyOrganisationId,
    plannedOn: isoOf(plannedOn),
    heldOn: isoOf(heldOn),
    outcome: legacy.destination,
    newOrganisationId: legacy.destination === 'BASIS' ? ORGANISATIONS.amaryllis : ORGANISATIONS.windkracht058,
    handover,
    // Early transfer needs the agreement of both providers and the client (BR-T4): a few only.
    earlyTransfer: handover === 'COMPLETED' && heldOn <= dayOf('2020-10-30') && random.chance(0.12),
  });
  if (legacy.housingLink) {
    const solved = legacy.housingLink === 'SOLVED';
    ctx.rows.housingLinks.push({
      id: ctx.nextId('housing'),
      clientId: client.id,
      organisationId: legacy.legacyOrganisationId,
      status: legacy.housingLink,
      solvedOn: solved ? isoOf(workday(random.int(dayOf('2020-06-01'), dayOf('2022-06-30')))) : null,
    });
    household.hasHousingLink = true;
  }
  if (handover !== 'NOT_STARTED') addNewSupport(ctx, household, member, heldOn, handover === 'COMPLETED');
  addLaterQuestions(ctx, household, member);
}

/** The engagement with the new provider: on 1 January 2021 when handed over, later when still in progress. */
function addNewSupport(
  ctx: Context,
  household: HouseholdDraft,
  member: Member,
  heldOn: number,
  completed: boolean,
) {
  const { random } = ctx;
  const legacy = member.legacy!;
  const client = member.row;
  const kind: SupportKind = isTo(legacy.indication) ? 'THUISONDERSTEUNING' : 'DAGBESTEDING';
  const start = completed ? TRANSFER_DAY : workday(random.int(dayOf('2021-01-04'), dayOf('2021-06-30')));
  if (legacy.destination === 'BASIS') {
    addBasis(ctx, household, client, kind, start);
    return;
  }
  const tailored = legacy.destination === 'MAATWERKOPLOSSING';
  const organisationId = tailored
    ? random.pick([ORGANISATIONS.mindup, ORGANISATIONS.ixtaNoa])
    : random.weighted([
        [ORGANISATIONS.windkracht058, 75],
        [ORGANISATIONS.mindup, 15],
        [ORGANISATIONS.ixtaNoa, 10],
      ]);
  // A tailored solution, a resident who asks, or a running beschikking: a decision naming 2021's
  // destination (BR-T3), valid for 2021. Otherwise the caseworker of the interview writes a referral.
  if (tailored || client.prefersDecision || random.chance(0.3)) {
    const decision = addDecision(ctx, client, {
      kind: 'AANVULLEND_MAATWERK',
      outcome: 'GRANTED',
      adviceByOrganisationId: ORGANISATIONS.amaryllis,
      adviceSummary: tailored
        ? 'Zwaarwegend advies na overgangsgesprek: maatwerkoplossing, niets in het nieuwe aanbod past.'
        : 'Zwaarwegend advies na overgangsgesprek: blijft in aanvullende ondersteuning.',
      destination2021: 'AANVULLEND',
      issuedOn: Math.min(LAST_2020, workday(heldOn + random.int(7, 28))),
      validFrom: TRANSFER_DAY,
    });
    addAanvullend(ctx, household, { client, kind, start, organisationId, decisionId: decision.id });
    return;
  }
  const referralId = addReferral(ctx, client, {
    issuedBy: household.room.basisWorkerId,
    issuedOn: heldOn,
    kind,
    requestId: null,
  });
  addAanvullend(ctx, household, { client, kind, start, organisationId, referralId });
}

/** Questions since the transition: household help, a volunteer (Jelle's finances), debt help. */
function addLaterQuestions(ctx: Context, household: HouseholdDraft, member: Member) {
  const { random } = ctx;
  const roll = random.next();
  if (roll < 0.12) {
    followRequest(ctx, household, member.row, 'HH_PROVIDER');
  } else if (roll < 0.24) {
    followRequest(ctx, household, member.row, 'SOCIALE_BASIS');
  } else if (roll < 0.29) {
    followRequest(ctx, household, member.row, 'BASIS', 'SCHULDHULPVERLENING');
  } else if (roll < 0.31) {
    followRequest(ctx, household, member.row, null);
  }
}
