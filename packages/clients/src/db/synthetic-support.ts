import {
  type EndReason,
  LIFE_DOMAINS,
  type Pillar,
  type RequestChannel,
  type RequestOutcome,
  type SupportKind,
} from '../domain/codes.ts';
import { OBJECTION_TERM_DAYS, objectionDue } from '../domain/objection.ts';
import { addYears, dayOf, isoOf, workday } from './dates.ts';
import { ORGANISATIONS, WINDKRACHT_WORKER_IDS } from './references.ts';
import {
  type ClientInsert,
  type Context,
  type DecisionInsert,
  type EngagementInsert,
  type HouseholdDraft,
  LAST_DAY,
} from './synthetic-context.ts';

/**
 * Building blocks of the synthetic support: requests, referrals, decisions, objections and
 * engagements, each following the rules of the model (§3.2–§3.3, P1, P2, P11). A step whose date
 * would fall after `LAST_DAY` is not taken: that is a referral still waiting for its start, or a
 * decision still under review, which the data should show too.
 */

type LifeDomain = (typeof LIFE_DOMAINS)[number];

/** Indicative hours per week by kind and pillar; null where hours do not apply (short stay). */
function hoursRange(kind: SupportKind, pillar: Pillar): readonly [number, number] | null {
  const aanvullend = pillar === 'AANVULLEND';
  switch (kind) {
    case 'THUISONDERSTEUNING':
      return aanvullend ? [2, 8] : [1, 4];
    case 'DAGBESTEDING':
      return aanvullend ? [6, 20] : [4, 12];
    case 'PERSOONLIJKE_VERZORGING':
      return [1, 5];
    case 'HULP_BIJ_HET_HUISHOUDEN':
      return [1.5, 4];
    case 'PARTICIPATIE':
      return [2, 6];
    case 'RESPIJTZORG':
      return [2, 8];
    case 'JONGERENWERK':
    case 'SCHULDHULPVERLENING':
      return [1, 3];
    case 'MANTELZORGONDERSTEUNING':
    case 'LICHTE_OPVOEDONDERSTEUNING':
      return [1, 2];
    default:
      return null;
  }
}

/** Short, incidental kinds: no structural relationship, and they end soon. */
const SHORT_KINDS: ReadonlySet<SupportKind> = new Set(['KORTDUREND_VERBLIJF', 'RESPIJTZORG']);

const END_REASONS: readonly (readonly [EndReason, number])[] = [
  ['GOAL_REACHED', 45],
  ['CLIENT_STOPPED', 18],
  ['TRANSFERRED', 15],
  ['MOVED', 12],
  ['DECEASED', 4],
  ['OTHER', 6],
];

export interface EngagementSpec {
  client: ClientInsert;
  pillar: Pillar;
  kind: SupportKind;
  start: number;
  organisationId: string;
  workerId: string | null;
  referralId?: string;
  decisionId?: string;
}

/** Adds an engagement unless it would start after `LAST_DAY`; the access route follows its documents. */
export function addEngagement(ctx: Context, household: HouseholdDraft, spec: EngagementSpec) {
  if (spec.start > LAST_DAY) return null;
  const { random } = ctx;
  const maatwerk = spec.pillar === 'AANVULLEND';
  // PGB only for maatwerk, and only for a PGB-competent client (BR-A6); most of them still choose ZIN.
  const pgb = maatwerk && spec.client.pgbCompetent === true && random.chance(0.6);
  const range = hoursRange(spec.kind, spec.pillar);
  const short = SHORT_KINDS.has(spec.kind);
  const structural =
    spec.pillar !== 'SOCIALE_BASIS' &&
    !short &&
    spec.kind !== 'JONGERENWERK' &&
    random.chance(spec.kind === 'SCHULDHULPVERLENING' ? 0.6 : 0.92);
  const endChance = short ? 0.6 : spec.pillar === 'SOCIALE_BASIS' ? 0.3 : 0.12;
  let end: number | null = null;
  if (random.chance(endChance)) {
    const candidate = spec.start + (short ? random.int(5, 60) : random.int(60, 700));
    if (candidate <= LAST_DAY) end = candidate;
  }
  const row: EngagementInsert = {
    id: ctx.nextId('engagement'),
    clientId: spec.client.id,
    pillar: spec.pillar,
    kind: spec.kind,
    provisionType: maatwerk ? 'MAATWERK' : 'ALGEMEEN',
    deliveryForm: pgb ? 'PGB' : 'ZIN',
    accessRoute: spec.decisionId ? 'BESCHIKKING' : spec.referralId ? 'VERWIJSBRIEF' : 'DIRECT',
    organisationId: spec.organisationId,
    // With a PGB the client buys the support: no begeleider from the locations roster is named.
    workerId: pgb ? null : spec.workerId,
    hoursPerWeek: range
      ? (Math.round((range[0] + random.next() * (range[1] - range[0])) * 2) / 2).toFixed(1)
      : null,
    referralId: spec.referralId ?? null,
    decisionId: spec.decisionId ?? null,
    structural,
    startedOn: isoOf(spec.start),
    endedOn: end === null ? null : isoOf(end),
    endReason: end === null ? null : random.weighted(END_REASONS),
  };
  ctx.rows.engagements.push(row);
  household.engagements.push(row);
  return row;
}

export function addBasis(
  ctx: Context,
  household: HouseholdDraft,
  client: ClientInsert,
  kind: SupportKind,
  start: number,
) {
  return addEngagement(ctx, household, {
    client,
    pillar: 'BASIS',
    kind,
    start,
    organisationId: ORGANISATIONS.amaryllis,
    workerId: household.room.basisWorkerId,
  });
}

export function addSocialeBasis(
  ctx: Context,
  household: HouseholdDraft,
  client: ClientInsert,
  kind: SupportKind,
  start: number,
) {
  return addEngagement(ctx, household, {
    client,
    pillar: 'SOCIALE_BASIS',
    kind,
    start,
    organisationId: ORGANISATIONS.vol,
    workerId: household.room.volunteerId,
  });
}

/** Aanvullend at Windkracht058 or a subcontractor; only Windkracht058's begeleiders are in locations. */
export function addAanvullend(
  ctx: Context,
  household: HouseholdDraft,
  spec: Omit<EngagementSpec, 'pillar' | 'workerId'>,
) {
  const workerId =
    spec.organisationId === ORGANISATIONS.windkracht058 ? ctx.random.pick(WINDKRACHT_WORKER_IDS) : null;
  return addEngagement(ctx, household, { ...spec, pillar: 'AANVULLEND', workerId });
}

export const AANVULLEND_PROVIDERS: readonly (readonly [string, number])[] = [
  [ORGANISATIONS.windkracht058, 80],
  [ORGANISATIONS.mindup, 10],
  [ORGANISATIONS.ixtaNoa, 10],
];

const PRIMARY_DOMAIN: Partial<Record<SupportKind, LifeDomain>> = {
  THUISONDERSTEUNING: 'WELZIJN',
  DAGBESTEDING: 'MEEDOEN',
  PERSOONLIJKE_VERZORGING: 'GEZONDHEID',
  HULP_BIJ_HET_HUISHOUDEN: 'WONEN',
  KORTDUREND_VERBLIJF: 'GEZONDHEID',
  RESPIJTZORG: 'SOCIALE_RELATIES',
  MANTELZORGONDERSTEUNING: 'SOCIALE_RELATIES',
  PARTICIPATIE: 'WERK_PARTICIPATIE',
  SCHULDHULPVERLENING: 'FINANCIEN',
  LICHTE_OPVOEDONDERSTEUNING: 'OPVOEDEN_OPGROEIEN',
  JONGERENWERK: 'OPVOEDEN_OPGROEIEN',
};

export interface RequestResult {
  id: string;
  assessedOn: number | null;
  assessedBy: string | null;
}

const FIRST_REQUEST_DAY = dayOf('2021-01-04');
/** Requests still waiting for a professional's assessment came in during the last weeks. */
const PENDING_FROM = dayOf('2022-11-18');

/**
 * A support request (P1). `kind` is the support it leads to, which gives its main life domain and
 * likely channel; a null outcome is a request not yet assessed.
 */
export function addRequest(
  ctx: Context,
  household: HouseholdDraft,
  client: ClientInsert,
  outcome: RequestOutcome | null,
  kind: SupportKind | null,
): RequestResult {
  const { random } = ctx;
  const received = workday(
    outcome === null
      ? random.int(PENDING_FROM, LAST_DAY - 9)
      : random.int(FIRST_REQUEST_DAY, PENDING_FROM - 9),
  );
  const channel = requestChannel(ctx, outcome, kind);
  const domains = new Set<LifeDomain>();
  const primary = outcome === 'JET' ? 'OPVOEDEN_OPGROEIEN' : kind ? PRIMARY_DOMAIN[kind] : undefined;
  if (primary) domains.add(primary);
  if (channel === 'VEILIG_THUIS_OVERDRACHT') domains.add('VEILIGHEID');
  if (channel === 'DEBT_SIGNAL') domains.add('FINANCIEN');
  for (let extra = random.int(domains.size === 0 ? 1 : 0, 2); extra > 0; extra--)
    domains.add(random.pick(LIFE_DOMAINS));
  const urgent = channel === 'VEILIG_THUIS_OVERDRACHT' || random.chance(0.09);
  const assessedOn =
    outcome === null ? null : workday(received + (urgent ? random.int(0, 2) : random.int(0, 12)));
  const assessedBy = outcome === null ? null : household.room.basisWorkerId;
  const id = ctx.nextId('request');
  ctx.rows.supportRequests.push({
    id,
    clientId: client.id,
    receivedOn: isoOf(received),
    roomId: channel === 'WALK_IN_ROOM' ? household.room.id : null,
    channel,
    source:
      channel === 'VEILIG_THUIS_OVERDRACHT' ||
      channel === 'DEBT_SIGNAL' ||
      (channel === 'OUTREACH' && random.chance(0.5))
        ? 'THIRD_PARTY_CONCERN'
        : random.chance(0.08)
          ? 'THIRD_PARTY_CONCERN'
          : 'RESIDENT_SELF',
    lifeDomains: LIFE_DOMAINS.filter((domain) => domains.has(domain)),
    urgent,
    outcome,
    assessedByWorkerId: assessedBy,
    assessedOn: assessedOn === null ? null : isoOf(assessedOn),
  });
  return { id, assessedOn, assessedBy };
}

function requestChannel(
  ctx: Context,
  outcome: RequestOutcome | null,
  kind: SupportKind | null,
): RequestChannel {
  const { random } = ctx;
  if (outcome === 'HH_PROVIDER' && random.chance(0.5)) return 'DIRECT_HH_PROVIDER';
  if (kind === 'SCHULDHULPVERLENING' && random.chance(0.4)) return 'DEBT_SIGNAL';
  if (outcome === 'JET' && random.chance(0.15)) return 'VEILIG_THUIS_OVERDRACHT';
  return random.weighted([
    ['WALK_IN_ROOM', 62],
    ['OUTREACH', 20],
    ['HOME_VISIT', 18],
  ]);
}

/** A referral letter to aanvullend, always by the basis caseworker who assessed (BR-A3). */
export function addReferral(
  ctx: Context,
  client: ClientInsert,
  spec: { issuedBy: string; issuedOn: number; kind: SupportKind; requestId: string | null },
) {
  const id = ctx.nextId('referral');
  ctx.rows.referrals.push({
    id,
    clientId: client.id,
    issuedByWorkerId: spec.issuedBy,
    issuedByOrganisationId: ORGANISATIONS.amaryllis,
    issuedOn: isoOf(spec.issuedOn),
    kind: spec.kind,
    supportRequestId: spec.requestId,
    residentRequestedDecision: client.prefersDecision === true,
  });
  return id;
}

/**
 * A decision of the municipality on a (zwaarwegend) advice. Granted ones run at most one year
 * (§6.1); a refused one has no validity period.
 */
export function addDecision(
  ctx: Context,
  client: ClientInsert,
  spec: Pick<
    DecisionInsert,
    'kind' | 'outcome' | 'adviceByOrganisationId' | 'adviceSummary' | 'destination2021'
  > & {
    issuedOn: number;
    validFrom: number;
  },
): DecisionInsert {
  const granted = spec.outcome === 'GRANTED';
  const row: DecisionInsert = {
    id: ctx.nextId('decision'),
    clientId: client.id,
    kind: spec.kind,
    outcome: spec.outcome,
    issuedByOrganisationId: ORGANISATIONS.municipality,
    adviceByOrganisationId: spec.adviceByOrganisationId,
    adviceSummary: spec.adviceSummary,
    issuedOn: isoOf(spec.issuedOn),
    validFrom: isoOf(granted ? spec.validFrom : spec.issuedOn),
    validTo: granted ? isoOf(addYears(spec.validFrom, 1) - 1) : null,
    destination2021: spec.destination2021 ?? null,
  };
  ctx.rows.decisions.push(row);
  if (!granted && ctx.random.chance(0.7)) addObjection(ctx, spec.issuedOn, row.id);
  return row;
}

/** Awb: an objection within the six-week term, due six weeks after the term ended (BR-CL7), often decided later. */
function addObjection(ctx: Context, decisionIssuedOn: number, decisionId: string) {
  const { random } = ctx;
  const filed = workday(decisionIssuedOn + random.int(3, OBJECTION_TERM_DAYS - 3));
  if (filed > LAST_DAY) return;
  const decided = random.chance(0.7) ? workday(filed + random.int(14, 70)) : null;
  const done = decided !== null && decided <= LAST_DAY;
  ctx.rows.objections.push({
    id: ctx.nextId('objection'),
    decisionId,
    filedOn: isoOf(filed),
    advisoryCommittee: false,
    decisionDue: objectionDue({
      madeKnownOn: isoOf(decisionIssuedOn),
      filedOn: isoOf(filed),
      advisoryCommittee: false,
    }),
    outcome: done
      ? random.weighted([
          ['ONGEGROND', 45],
          ['GEGROND', 20],
          ['NIET_ONTVANKELIJK', 15],
          ['INGETROKKEN', 20],
        ] as const)
      : null,
    decidedOn: done ? isoOf(decided) : null,
  });
}

const COMPLAINT_LEVELS = [
  ['MEDEWERKER', 55],
  ['LEIDINGGEVENDE', 25],
  ['KLACHTENBEMIDDELAAR_AANBIEDER', 13],
  ['EXTERNE_KLACHTENCOMMISSIE', 7],
] as const;

/** A few complaints about the organisations that support the household, at every step of the ladder. */
export function addComplaints(ctx: Context, household: HouseholdDraft) {
  const { random } = ctx;
  for (const engagement of household.engagements) {
    if (!random.chance(engagement.pillar === 'SOCIALE_BASIS' ? 0.005 : 0.015)) continue;
    const raised = workday(dayOf(engagement.startedOn) + random.int(20, 400));
    if (raised > LAST_DAY) continue;
    const closed = random.chance(0.7) ? raised + random.int(7, 90) : null;
    const resolved = closed !== null && closed <= LAST_DAY;
    ctx.rows.complaints.push({
      id: ctx.nextId('complaint'),
      clientId: engagement.clientId,
      organisationId: engagement.organisationId,
      subject: random.chance(0.4) ? 'TREATMENT' : 'SUPPORT',
      level: random.weighted(COMPLAINT_LEVELS),
      status: resolved ? 'RESOLVED' : 'OPEN',
      raisedOn: isoOf(raised),
      closedOn: resolved ? isoOf(closed) : null,
    });
  }
}
