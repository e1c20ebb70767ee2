import type { Caller } from '@mienskip/kit/rules';
import { NotFoundError, ValidationError } from '@mienskip/kit/rules';
import {
  type AftercareOutcome,
  DEBT_PHASES,
  type DebtComplexity,
  type DebtOutflowReason,
  type DebtPhase,
  type DebtSeverity,
  type DebtSolutionKind,
} from './codes.ts';
import { dayRefusal } from './dates.ts';
import {
  DebtCaseClosedError,
  DebtCaseNotHeldError,
  DebtIntakeRequiredError,
  DebtorsNotOneHouseholdError,
  DebtPhaseBackwardsError,
  DebtPhaseSkippedError,
  DebtReferralOpenError,
  NotDebtCaseOpenerError,
  TooManyDebtorsError,
} from './errors.ts';
import { BASIS_LOT, type ClientFacts, type HouseholdFacts, type OrganisationFacts } from './facts.ts';

/** A debt case as the rules see it (the stored row's relevant part). */
export interface DebtCaseState {
  id: string;
  openedByOrganisationId: string;
  severity: DebtSeverity | null;
  complexity: DebtComplexity | null;
  registeredOn: string;
  intakeOn: string | null;
  stabilisationOn: string | null;
  solutionOn: string | null;
  solutionKind: DebtSolutionKind | null;
  aftercareOn: string | null;
  aftercareOutcome: AftercareOutcome | null;
  outflowOn: string | null;
  outflowReason: DebtOutflowReason | null;
}

type PhaseDates = Pick<
  DebtCaseState,
  'registeredOn' | 'intakeOn' | 'stabilisationOn' | 'solutionOn' | 'aftercareOn' | 'outflowOn'
>;

/** The column of each phase's start day. */
const PHASE_DAY: Record<DebtPhase, keyof PhaseDates> = {
  REGISTRATION: 'registeredOn',
  INTAKE: 'intakeOn',
  STABILISATION: 'stabilisationOn',
  SOLUTION: 'solutionOn',
  AFTERCARE: 'aftercareOn',
  OUTFLOW: 'outflowOn',
};

/**
 * The phase of a case follows from its dates (NVVK reference process as DDAS models it): the last
 * phase whose day is set. Never stored, so that it cannot disagree with the dates.
 */
export function phaseOf(dates: PhaseDates): DebtPhase {
  for (let i = DEBT_PHASES.length - 1; i > 0; i--)
    if (dates[PHASE_DAY[DEBT_PHASES[i]!]]) return DEBT_PHASES[i]!;
  return 'REGISTRATION';
}

/** The day the case entered its present phase. */
export function phaseDay(dates: PhaseDates): string {
  return dates[PHASE_DAY[phaseOf(dates)]]!;
}

export interface OpenDebtCaseInput {
  clientIds: readonly string[];
  registeredOn: string;
  severity?: DebtSeverity | null;
  complexity?: DebtComplexity | null;
  signalId?: string | null;
}

/** What opening a case writes. */
export interface NewDebtCase {
  clientIds: string[];
  householdId: string;
  areaId: string;
  openedByOrganisationId: string;
  registeredOn: string;
  severity: DebtSeverity | null;
  complexity: DebtComplexity | null;
  signalId: string | null;
}

/**
 * BR-DB3: who registers debt cases. Debt assistance is a task of the basisondersteuning (Uitvoeringsplan
 * §4.3: "De basisondersteuning voert … de volgende taken op het gebied van schuldhulpverlening uit"); the
 * municipality (Wgs: the duty is the college's) and its teams may register too. Any other organisation
 * — a curative debt-help organisation, a provider of aanvullende ondersteuning, a volunteer organisation
 * — does not: registering would make the clients visible to it. `organisation` is budget's answer for the
 * caller's own organisation, needed only for a key that is neither municipal nor a municipal team.
 */
export function openerRefusal(
  caller: Pick<Caller, 'organisationId' | 'organisationKind'>,
  organisation: OrganisationFacts | null,
): NotDebtCaseOpenerError | null {
  if (!openerNeedsOrganisation(caller)) return null;
  if (organisation?.mainLots.includes(BASIS_LOT)) return null;
  return new NotDebtCaseOpenerError(caller.organisationId);
}

/** Whether the opener check needs budget's facts on the caller's organisation. */
export function openerNeedsOrganisation(caller: Pick<Caller, 'organisationKind'>): boolean {
  return caller.organisationKind !== 'MUNICIPALITY' && caller.organisationKind !== 'MUNICIPAL_TEAM';
}

/**
 * Registering a debt case (aanmelding, E45).
 *
 * - BR-DB2: one client, or two jointly liable partners who are members of one household as clients
 *   knows it now; the household and its area are stored with the case.
 * - BR-DB1 (one open case per client) is checked by the store under the partial unique index.
 * - The registration day lies not in the future; severity and complexity may be given when already known.
 */
export function openDebtCase(
  input: OpenDebtCaseInput,
  clients: readonly (ClientFacts | null)[],
  household: HouseholdFacts | null,
  openerOrganisationId: string,
  today: string,
): NewDebtCase | NotFoundError | ValidationError {
  const ids = input.clientIds;
  if (ids.length === 0) return new ValidationError('clientIds', 'Name the client (or the two partners)');
  if (new Set(ids).size !== ids.length) return new ValidationError('clientIds', 'Name each client once');
  if (ids.length > 2) return new TooManyDebtorsError(ids.length);
  for (const [i, id] of ids.entries()) if (!clients[i]) return new NotFoundError('Client', id);
  const households = new Set(clients.map((c) => c!.householdId));
  const householdId = clients[0]!.householdId;
  if (households.size !== 1 || !householdId)
    return ids.length === 2
      ? new DebtorsNotOneHouseholdError(ids)
      : new ValidationError('clientIds', `Clients gives client "${ids[0]}" no household`);
  if (!household) return new NotFoundError('Household', householdId);
  for (const id of ids)
    if (!household.members.some((m) => m.clientId === id)) return new DebtorsNotOneHouseholdError(ids);
  const day = dayRefusal('registeredOn', input.registeredOn, null, today);
  if (day) return day;
  if (!household.areaId) return new ValidationError('clientIds', 'Clients gives the household no area');
  const assessment = assessmentRefusal(input.severity ?? null, input.complexity ?? null);
  if (assessment) return assessment;
  return {
    clientIds: [...ids],
    householdId,
    areaId: household.areaId,
    openedByOrganisationId: openerOrganisationId,
    registeredOn: input.registeredOn,
    severity: input.severity ?? null,
    complexity: input.complexity ?? null,
    signalId: input.signalId ?? null,
  };
}

/**
 * BR-DB4: the case is changed by the organisation that registered it (the basis, which keeps regie,
 * guidance and aftercare: "Regie, begeleiding en nazorg") or by the municipality; a third party it was
 * referred to sees it but does not steer it.
 */
export function holderRefusal(
  caller: Pick<Caller, 'organisationId' | 'organisationKind'>,
  state: Pick<DebtCaseState, 'id' | 'openedByOrganisationId'>,
): DebtCaseNotHeldError | null {
  if (caller.organisationKind === 'MUNICIPALITY') return null;
  return caller.organisationId === state.openedByOrganisationId
    ? null
    : new DebtCaseNotHeldError(state.id, caller.organisationId);
}

/** BR-DB8: a case that flowed out changes no more. */
export function closedRefusal(state: Pick<DebtCaseState, 'id' | 'outflowOn'>): DebtCaseClosedError | null {
  return state.outflowOn ? new DebtCaseClosedError(state.id, state.outflowOn) : null;
}

/** The phases a case may be moved to with `advanceDebtPhase` (outflow has `closeDebtCase`). */
export const ADVANCEABLE_PHASES = ['INTAKE', 'STABILISATION', 'SOLUTION', 'AFTERCARE'] as const;
export type AdvanceablePhase = (typeof ADVANCEABLE_PHASES)[number];

/** The case's changes when it enters a phase. */
export type PhaseChange = Partial<
  Pick<DebtCaseState, 'intakeOn' | 'stabilisationOn' | 'solutionOn' | 'solutionKind' | 'aftercareOn'>
>;

/**
 * Moving a case to its next phase.
 *
 * - BR-DB5: forward only: a phase at or before the present one is refused (`DebtPhaseBackwardsError`),
 *   and its day lies on or after the present phase's day and not in the future.
 * - BR-DB6: the intake (its start is the first conversation, DDAS `intake.startdatum`) comes before
 *   anything else and stabilisation before a solution (NVVK: a settlement needs a stable situation); the
 *   solution phase may be skipped (stabilisation → aftercare) when no settlement is made — a solution
 *   that is no settlement is recorded as `ANDERE_OPLOSSING`. A solution names its kind (DDAS
 *   EnumOplossingssoort); no other phase takes one.
 * - BR-DB8: a case that flowed out changes no more.
 */
export function advancePhase(
  state: DebtCaseState,
  phase: AdvanceablePhase,
  on: string,
  solutionKind: DebtSolutionKind | null,
  today: string,
): PhaseChange | DebtCaseClosedError | DebtPhaseBackwardsError | DebtPhaseSkippedError | ValidationError {
  const closed = closedRefusal(state);
  if (closed) return closed;
  const current = phaseOf(state);
  if (DEBT_PHASES.indexOf(phase) <= DEBT_PHASES.indexOf(current))
    return new DebtPhaseBackwardsError(state.id, phase, current);
  if (phase !== 'INTAKE' && !state.intakeOn) return new DebtPhaseSkippedError(state.id, phase, 'INTAKE');
  if ((phase === 'SOLUTION' || phase === 'AFTERCARE') && !state.stabilisationOn)
    return new DebtPhaseSkippedError(state.id, phase, 'STABILISATION');
  if (phase === 'SOLUTION' && !solutionKind)
    return new ValidationError('solutionKind', 'A solution names its kind (oplossingssoort)');
  if (phase !== 'SOLUTION' && solutionKind)
    return new ValidationError('solutionKind', 'Only the solution phase takes a solution kind');
  const day = dayRefusal('on', on, { day: phaseDay(state), what: `the start of phase ${current}` }, today);
  if (day) return day;
  switch (phase) {
    case 'INTAKE':
      return { intakeOn: on };
    case 'STABILISATION':
      return { stabilisationOn: on };
    case 'SOLUTION':
      return { solutionOn: on, solutionKind };
    case 'AFTERCARE':
      return { aftercareOn: on };
  }
}

/** The reasons of outflow that say the trajectory was completed: only after a solution or in aftercare. */
const COMPLETED: ReadonlySet<DebtOutflowReason> = new Set(['AFGEROND']);

/**
 * Outflow (uitstroom, DDAS EnumUitstroomreden).
 *
 * - BR-DB8: with a reason, on a day on or after the present phase's day and not in the future; a case
 *   flows out once. `AFGEROND` (completed) only after a solution or in aftercare: a case that stopped
 *   earlier flowed out for another reason.
 * - BR-DB11: a case flows out only when every referral on it has ended (no referral outlives its need).
 */
export function closeDebtCase(
  state: DebtCaseState,
  outflow: { outflowOn: string; reason: DebtOutflowReason },
  runningReferralIds: readonly string[],
  today: string,
):
  | { outflowOn: string; outflowReason: DebtOutflowReason }
  | DebtCaseClosedError
  | DebtReferralOpenError
  | ValidationError {
  const closed = closedRefusal(state);
  if (closed) return closed;
  if (runningReferralIds.length > 0) return new DebtReferralOpenError(state.id, runningReferralIds);
  const phase = phaseOf(state);
  if (COMPLETED.has(outflow.reason) && phase !== 'SOLUTION' && phase !== 'AFTERCARE')
    return new ValidationError(
      'reason',
      `A case flows out as AFGEROND only after a solution or in aftercare; it is in phase ${phase}`,
    );
  const day = dayRefusal(
    'outflowOn',
    outflow.outflowOn,
    { day: phaseDay(state), what: `the start of phase ${phase}` },
    today,
  );
  if (day) return day;
  return { outflowOn: outflow.outflowOn, outflowReason: outflow.reason };
}

/**
 * BR-DB7: severity and complexity (Uitvoeringsplan §4.3: the basis itself supports "relatief eenvoudige,
 * niet-problematische schuldensituaties"). A SIMPLE case is not problematic, and a case assessed
 * EENVOUDIG_NIET_PROBLEMATISCH is SIMPLE.
 */
export function assessmentRefusal(
  severity: DebtSeverity | null,
  complexity: DebtComplexity | null,
): ValidationError | null {
  if (complexity === 'SIMPLE' && severity === 'PROBLEMATISCH')
    return new ValidationError('complexity', 'A problematic debt situation is not SIMPLE');
  if (severity === 'EENVOUDIG_NIET_PROBLEMATISCH' && complexity === 'PROBLEMATIC')
    return new ValidationError('complexity', 'A simple, non-problematic debt situation is SIMPLE');
  return null;
}

/**
 * Assessing a case (BR-DB7): at or after the intake — the first conversation — and while the case is
 * open; severity and complexity consistent.
 */
export function assessCase(
  state: DebtCaseState,
  severity: DebtSeverity,
  complexity: DebtComplexity,
):
  | { severity: DebtSeverity; complexity: DebtComplexity }
  | DebtCaseClosedError
  | DebtIntakeRequiredError
  | ValidationError {
  const closed = closedRefusal(state);
  if (closed) return closed;
  if (!state.intakeOn)
    return new DebtIntakeRequiredError(state.id, 'severity and complexity are assessed at the intake');
  return assessmentRefusal(severity, complexity) ?? { severity, complexity };
}

/**
 * BR-DB19: the outcome of aftercare (nazorg: "een duurzame stabiele financiële situatie") is recorded
 * while the case is in aftercare.
 */
export function recordAftercare(
  state: DebtCaseState,
  outcome: AftercareOutcome,
): { aftercareOutcome: AftercareOutcome } | DebtCaseClosedError | ValidationError {
  const closed = closedRefusal(state);
  if (closed) return closed;
  if (phaseOf(state) !== 'AFTERCARE')
    return new ValidationError('caseId', `Debt case "${state.id}" is not in aftercare (nazorg)`);
  return { aftercareOutcome: outcome };
}
