import { type Caller, NotFoundError, ValidationError } from '@mienskip/kit/rules';
import type {
  ContactKind,
  DayPart,
  DebtSignalKind,
  SignalOutcome,
  SignalPartner,
  SignalStatus,
} from './codes.ts';
import { BASIS_LOT, type OrganisationFacts } from './facts.ts';
import {
  DebtSignalClosedError,
  NotSignalHandlerError,
  SignalAlreadyLinkedError,
  SignalDateError,
  SignalOfOtherClientError,
  SignalOutcomeMismatchError,
} from './signals-errors.ts';

/**
 * Signalering (E46, BR-DB23–BR-DB32, BR-DB36–BR-DB38): "Vroeg- en laatsignaleringsaanpak, waarbij
 * bewoners met beginnende respectievelijk problematische schulden outreachend worden benaderd"
 * (Uitvoeringsplan §4.3). A VROEG signal (vroegsignalering, from a signal partner under DDAS) is about
 * beginning debts, a LAAT signal about problematic debts; either way the basis reaches out. Status and
 * outcome follow DDAS vroegsignalering (EnumSignaalstatus, EnumEindresultaat).
 */

/** Clients' answer for a client: its household and that household's area (BR-DB36). */
export interface SignalClient {
  id: string;
  householdId: string;
  areaId: string | null;
}

/** A signal as the rules see it. */
export interface SignalState {
  id: string;
  clientId: string;
  receivedOn: string;
  status: SignalStatus;
  pickedUpOn: string | null;
  outcome: SignalOutcome | null;
  closedOn: string | null;
}

/** The outreach so far on a signal. */
export interface OutreachSoFar {
  attempts: number;
  reached: boolean;
  lastAttemptOn: string | null;
}

const future = (field: string, value: string, today: string) =>
  value > today ? new SignalDateError(field, `${field} (${value}) lies in the future`, null, today) : null;

const before = (field: string, value: string, notBefore: string, what: string) =>
  value < notBefore
    ? new SignalDateError(field, `${field} (${value}) is before ${what} (${notBefore})`, notBefore, null)
    : null;

/**
 * BR-DB25: signals are handled by the municipality or by the organisation budget names main provider
 * of the basisondersteuning ("De basisondersteuning voert … Signalering … uit"). `organisation` is
 * budget's answer for the caller's own organisation (needed only for a key that is not municipal).
 */
export function signalHandlerRefusal(
  caller: Pick<Caller, 'organisationId' | 'organisationKind'>,
  organisation: OrganisationFacts | null,
): NotSignalHandlerError | null {
  if (caller.organisationKind === 'MUNICIPALITY') return null;
  return organisation?.mainLots.includes(BASIS_LOT) ? null : new NotSignalHandlerError(caller.organisationId);
}

export interface RegisterSignalInput {
  clientId: string;
  kind: DebtSignalKind;
  partner: SignalPartner;
  signalledOn: string;
  receivedOn: string;
  /** The arrears as the API gives them (Money, in cents); whole euros only, as DDAS counts them. */
  arrearsCents: bigint | null;
  crisis: boolean;
}

export interface NewSignal extends Omit<RegisterSignalInput, 'arrearsCents'> {
  arrearsEuros: number | null;
  householdId: string;
  areaId: string;
  organisationId: string;
  status: 'NOG_NIET_OPGEPAKT';
}

/**
 * Registering a signal (BR-DB24, BR-DB36): the client exists (clients' answer, with its household and
 * area), the signal came in on or after the day it was sent and neither lies in the future, the arrears
 * are whole euros, not negative. The caller's organisation handles it (BR-DB25: the basis does the
 * outreach); it starts as NOG_NIET_OPGEPAKT.
 */
export function registerSignal(
  input: RegisterSignalInput,
  client: SignalClient | null,
  organisationId: string,
  today: string,
): NewSignal | SignalDateError | ValidationError | NotFoundError {
  if (!client || client.id !== input.clientId) return new NotFoundError('Client', input.clientId);
  const refusal =
    future('signalledOn', input.signalledOn, today) ??
    future('receivedOn', input.receivedOn, today) ??
    before('receivedOn', input.receivedOn, input.signalledOn, 'the day it was signalled (signaaldatum)');
  if (refusal) return refusal;
  const { arrearsCents, ...signal } = input;
  if (arrearsCents !== null && (arrearsCents < 0n || arrearsCents % 100n !== 0n))
    return new ValidationError('arrears', 'The arrears are whole euros (DDAS bedrag), not negative');
  if (!client.areaId)
    return new ValidationError(
      'clientId',
      `Clients gives the client's household (${client.householdId}) no area`,
    );
  return {
    ...signal,
    arrearsEuros: arrearsCents === null ? null : Number(arrearsCents / 100n),
    householdId: client.householdId,
    areaId: client.areaId,
    organisationId,
    status: 'NOG_NIET_OPGEPAKT',
  };
}

export interface OutreachAttemptInput {
  kind: ContactKind;
  attemptedOn: string;
  dayPart: DayPart;
  reached: boolean;
  workerId: string | null;
}

/** What an attempt changes on its signal. */
export interface AttemptChange {
  attempt: OutreachAttemptInput;
  /** The signal's new status and day it was picked up, when they change. */
  signal: { status: 'OPGEPAKT'; pickedUpOn: string } | null;
}

/**
 * A contact attempt (DDAS contactpoging, BR-DB27): not on a closed signal (BR-DB28), not before the
 * signal came in, not in the future, a named worker known to locations (BR-DB37). The first attempt
 * picks the signal up: NOG_NIET_OPGEPAKT becomes OPGEPAKT (DDAS datum_opgepakt); an attempt recorded
 * later with an earlier day moves the day picked up back to it.
 */
export function recordAttempt(
  signal: SignalState,
  input: OutreachAttemptInput,
  worker: { id: string } | null,
  today: string,
): AttemptChange | DebtSignalClosedError | SignalDateError | ValidationError | NotFoundError {
  const closed = closedRefusal(signal);
  if (closed) return closed;
  const refusal =
    future('attemptedOn', input.attemptedOn, today) ??
    before('attemptedOn', input.attemptedOn, signal.receivedOn, 'the day the signal came in');
  if (refusal) return refusal;
  if (input.workerId !== null && worker?.id !== input.workerId)
    return new NotFoundError('Worker', input.workerId);
  const pickedUpOn =
    signal.pickedUpOn === null || input.attemptedOn < signal.pickedUpOn
      ? input.attemptedOn
      : signal.pickedUpOn;
  return {
    attempt: input,
    signal:
      signal.status === 'OPGEPAKT' && pickedUpOn === signal.pickedUpOn
        ? null
        : { status: 'OPGEPAKT', pickedUpOn },
  };
}

/** BR-DB28: a signal with its outcome given changes no more. Null while open. */
export function closedRefusal(signal: SignalState): DebtSignalClosedError | null {
  return signal.outcome !== null && signal.closedOn !== null
    ? new DebtSignalClosedError(signal.id, signal.closedOn, signal.outcome)
    : null;
}

/** DDAS eindresultaten of a signal never picked up: closed without any contact attempt. */
export const NOT_PICKED_UP_OUTCOMES: readonly SignalOutcome[] = [
  'NIET_OPGEPAKT_GEEN_CONTACT_GEWENST',
  'NIET_OPGEPAKT_GEEN_CAPACITEIT',
  'NIET_OPGEPAKT',
  'NIET_OPGEPAKT_BRP_UITSLUITING',
  'AL_BEKEND_BIJ_SCHULDHULPVERLENING',
  'BETAALD_VOOR_OPPAKKEN',
];
/** Eindresultaten of a signal picked up, whether or not anyone was reached. */
export const PICKED_UP_OUTCOMES: readonly SignalOutcome[] = ['BETAALD_NA_OPPAKKEN', 'ANDER_LOPEND_TRAJECT'];
/** The eindresultaat of attempts of which none reached the resident. */
export const NO_CONTACT_OUTCOMES: readonly SignalOutcome[] = ['GEEN_CONTACT'];
/** Eindresultaten that follow a conversation: some attempt reached the resident. */
export const CONTACT_OUTCOMES: readonly SignalOutcome[] = [
  'WIL_GEEN_HULP',
  'PROBEERT_HET_ZELF',
  'BUDGETADVIES_OF_QUICK_FIX',
  'VERWIJZING_FINANCIEEL',
  'VOORZIEN_VAN_INFORMATIE',
  'VERWIJZING_NIET_FINANCIEEL',
];

/** DDAS signal statuses of a signal closed without being picked up (BR-DB38). */
export const NOT_PICKED_UP_STATUSES = [
  'NIET_OPGEPAKT',
  'ONTERECHT_SIGNAAL',
  'OVERLEDEN',
  'WOONT_NIET_IN_GEMEENTE',
  'HERHAALDE_MELDING',
  'WOONT_OP_ANDER_ADRES',
] as const satisfies readonly SignalStatus[];
export type NotPickedUpStatus = (typeof NOT_PICKED_UP_STATUSES)[number];

export interface CloseSignalInput {
  outcome: SignalOutcome;
  closedOn: string;
  /** Why a signal was not picked up (a DDAS status of NOT_PICKED_UP_STATUSES); default NIET_OPGEPAKT. */
  notPickedUpStatus: SignalStatus | null;
}

export interface SignalClosing {
  outcome: SignalOutcome;
  closedOn: string;
  status: SignalStatus;
}

/**
 * Closing a signal with its DDAS eindresultaat (BR-DB28, BR-DB29, BR-DB32, BR-DB38), once. The outcome
 * fits the outreach: a NIET_OPGEPAKT-kind outcome (and "betaald vóór oppakken", "al bekend") only
 * without attempts, and the signal's status becomes the reason it was not picked up; GEEN_CONTACT only
 * after attempts that reached nobody; an outcome after a conversation only when an attempt reached the
 * resident. The day closed is not before the signal came in nor before its last attempt, nor in the
 * future.
 */
export function closeSignal(
  signal: SignalState,
  outreach: OutreachSoFar,
  input: CloseSignalInput,
  today: string,
):
  | SignalClosing
  | DebtSignalClosedError
  | SignalOutcomeMismatchError
  | SignalDateError
  | ValidationError
  | NotFoundError {
  const closed = closedRefusal(signal);
  if (closed) return closed;
  const refusal =
    future('closedOn', input.closedOn, today) ??
    before('closedOn', input.closedOn, signal.receivedOn, 'the day the signal came in') ??
    (outreach.lastAttemptOn
      ? before('closedOn', input.closedOn, outreach.lastAttemptOn, 'the last contact attempt')
      : null);
  if (refusal) return refusal;
  const mismatch = (requires: SignalOutcomeMismatchError['requires']) =>
    new SignalOutcomeMismatchError(input.outcome, requires, outreach.attempts, outreach.reached);
  const { outcome } = input;
  if (
    input.notPickedUpStatus !== null &&
    !(NOT_PICKED_UP_STATUSES as readonly SignalStatus[]).includes(input.notPickedUpStatus)
  )
    return new ValidationError(
      'notPickedUpStatus',
      `A signal not picked up closes with one of ${NOT_PICKED_UP_STATUSES.join(', ')}`,
    );
  if (NOT_PICKED_UP_OUTCOMES.includes(outcome)) {
    if (outreach.attempts > 0) return mismatch('NO_ATTEMPT');
    return { outcome, closedOn: input.closedOn, status: input.notPickedUpStatus ?? 'NIET_OPGEPAKT' };
  }
  if (input.notPickedUpStatus !== null)
    return new ValidationError(
      'notPickedUpStatus',
      'A reason for not picking a signal up goes only with an outcome of a signal not picked up',
    );
  if (outreach.attempts === 0) return mismatch('AN_ATTEMPT');
  if (NO_CONTACT_OUTCOMES.includes(outcome) && outreach.reached) return mismatch('NONE_REACHED');
  if (CONTACT_OUTCOMES.includes(outcome) && !outreach.reached) return mismatch('REACHED');
  return { outcome, closedOn: input.closedOn, status: 'OPGEPAKT' };
}

/**
 * BR-DB30: a signal leads to at most one debt case, and only to a case of its own client. For the
 * case's opening (openDebtCase with `signalId`): `caseClientIds` are the clients of the case to open,
 * `linkedCaseId` the case that already names the signal, if any.
 */
export function signalCaseRefusal(
  signal: Pick<SignalState, 'id' | 'clientId'>,
  caseClientIds: readonly string[],
  linkedCaseId: string | null,
): SignalAlreadyLinkedError | SignalOfOtherClientError | null {
  if (linkedCaseId !== null) return new SignalAlreadyLinkedError(signal.id, linkedCaseId);
  return caseClientIds.includes(signal.clientId) ? null : new SignalOfOtherClientError(signal.id);
}

/** The severity a signal's kind stands for, as the Uitvoeringsplan names it (BR-DB23). */
export function severityOfSignal(kind: DebtSignalKind): 'BEGINNEND' | 'PROBLEMATISCH' {
  return kind === 'VROEG' ? 'BEGINNEND' : 'PROBLEMATISCH';
}
