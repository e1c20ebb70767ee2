import type { SupportKind } from '../domain/codes.ts';
import { dayOf, isoOf } from './dates.ts';
import { BASIS_WORKER_IDS, JET_WORKER_IDS, ORGANISATIONS } from './references.ts';
import { type Context, type HouseholdDraft, LAST_DAY } from './synthetic-context.ts';

/**
 * Regie (P4, BR-R1/R2): a household with any basis or aanvullend support has one active support plan
 * and one open Wmo regievoerder from the basis; the JET runs Jeugdwet procesregie beside it. Some
 * households changed regievoerder or started a new plan: the earlier one is closed first, so there
 * is never more than one open.
 */

const GOALS: Partial<Record<SupportKind, string>> = {
  THUISONDERSTEUNING: 'Zelfstandig blijven wonen, met begeleiding op vaste momenten',
  DAGBESTEDING: 'Een zinvolle daginvulling met een duidelijke structuur',
  PERSOONLIJKE_VERZORGING: 'De dagelijkse persoonlijke verzorging is geregeld',
  HULP_BIJ_HET_HUISHOUDEN: 'Een schoon en leefbaar huis',
  KORTDUREND_VERBLIJF: 'Respijt voor de mantelzorger door kortdurend verblijf',
  RESPIJTZORG: 'De mantelzorger kan het volhouden, met af en toe respijt',
  MANTELZORGONDERSTEUNING: 'De mantelzorger is ontlast en niet overbelast',
  PARTICIPATIE: 'Meedoen in de buurt, bijvoorbeeld bij de sollicitatieclub',
  SCHULDHULPVERLENING: 'Financiën op orde en een route naar een schuldregeling',
  LICHTE_OPVOEDONDERSTEUNING: 'Ouders staan sterker in de opvoeding',
  JONGERENWERK: 'De jongere heeft een plek en contacten in de buurt',
};
const NETWORK_GOAL = 'Een sterker netwerk van familie, buren en vrijwilligers';
const OWN_GOAL = 'Meer regie over het eigen leven';

const PLANS_FROM = dayOf('2020-06-01');

export function addRegie(ctx: Context, household: HouseholdDraft) {
  const { random } = ctx;
  const professional = household.engagements.filter((e) => e.pillar !== 'SOCIALE_BASIS');
  if (professional.length > 0) {
    const firstStart = Math.min(...professional.map((e) => dayOf(e.startedOn)));
    const start = Math.max(PLANS_FROM, firstStart - random.int(0, 14));
    const worker = household.room.basisWorkerId;
    // A change of regievoerder (another caseworker takes over) for some households.
    let handover: { on: number; to: string } | null = null;
    if (random.chance(0.1) && start + 60 < LAST_DAY - 30) {
      const others = BASIS_WORKER_IDS.filter((id) => id !== worker);
      handover = {
        on: start + random.int(60, Math.min(500, LAST_DAY - start - 30)),
        to: random.pick(others),
      };
    }
    addAssignment(ctx, household, worker, ORGANISATIONS.amaryllis, 'WMO', start, handover?.on ?? null);
    if (handover)
      addAssignment(ctx, household, handover.to, ORGANISATIONS.amaryllis, 'WMO', handover.on, null);
    const regievoerderOn = (day: number) => (handover && day >= handover.on ? handover.to : worker);
    // A plan rewritten from scratch (after a move, or when the situation changed) for a few.
    let planStart = start;
    if (random.chance(0.05) && start + 60 < LAST_DAY - 30) {
      const closed = start + random.int(60, Math.min(400, LAST_DAY - start - 30));
      addPlan(ctx, household, regievoerderOn(start), start, closed);
      planStart = closed;
    }
    addPlan(ctx, household, regievoerderOn(planStart), planStart, null);
  }
  if (household.jeugdwetFrom !== null)
    addAssignment(
      ctx,
      household,
      random.pick(JET_WORKER_IDS),
      ORGANISATIONS.jet,
      'JEUGDWET',
      household.jeugdwetFrom,
      null,
    );
}

function addAssignment(
  ctx: Context,
  household: HouseholdDraft,
  workerId: string,
  /** The worker's organisation in the locations seed (the basis workers' Amaryllis, the JET). */
  organisationId: string,
  domain: 'WMO' | 'JEUGDWET',
  start: number,
  end: number | null,
) {
  ctx.rows.coordinatorAssignments.push({
    id: ctx.nextId('regie'),
    householdId: household.id,
    workerId,
    organisationId,
    domain,
    startedOn: isoOf(start),
    endedOn: end === null ? null : isoOf(end),
  });
}

function addPlan(
  ctx: Context,
  household: HouseholdDraft,
  author: string,
  start: number,
  closed: number | null,
) {
  const { random } = ctx;
  const kinds = new Set(household.engagements.map((e) => e.kind));
  const goals = [...new Set([...kinds].map((kind) => GOALS[kind] ?? OWN_GOAL))].slice(0, 3);
  if (random.chance(0.4)) goals.push(NETWORK_GOAL);
  const organisations = new Set<string>([ORGANISATIONS.amaryllis]);
  for (const engagement of household.engagements) organisations.add(engagement.organisationId);
  if (household.jeugdwetFrom !== null) organisations.add(ORGANISATIONS.jet);
  ctx.rows.supportPlans.push({
    id: ctx.nextId('plan'),
    householdId: household.id,
    goals,
    agreements: agreements(household, kinds),
    partyOrganisationIds: [...organisations].sort(),
    createdByWorkerId: author,
    startedOn: isoOf(start),
    closedOn: closed === null ? null : isoOf(closed),
  });
}

/** Implementation agreements for multi-domain households (BR-R5): housing, youth, debts. */
function agreements(household: HouseholdDraft, kinds: ReadonlySet<SupportKind>): string | null {
  const parts: string[] = [];
  if (household.hasHousingLink)
    parts.push(
      'Wonen: de woning wordt losgekoppeld van de zorgaanbieder; de regievoerder volgt de corporatie.',
    );
  if (household.jeugdwetFrom !== null)
    parts.push('Jeugd: het JET voert procesregie over de Jeugdwet-ondersteuning; maandelijks afstemmen.');
  if (kinds.has('SCHULDHULPVERLENING'))
    parts.push(
      'Financiën: de vrijwilliger helpt met de administratie, de basis bereidt de schuldregeling voor.',
    );
  return parts.length > 0 ? parts.join(' ') : null;
}
