import type { CrisisKind } from './codes.ts';
import {
  CrisisOnClosedCaseError,
  CrisisStepRecordedError,
  CrisisWithoutConversationError,
  SignalDateError,
} from './signals-errors.ts';
import { addWorkingDays } from './working-days.ts';

/**
 * Crises (E47, BR-DB21, BR-DB22, BR-DB33–BR-DB35): "Oppakken van crisissituaties, zoals dreigende
 * uithuiszetting of afsluiting van nutsvoorzieningen" (Uitvoeringsplan §4.3). In the threatening
 * situations of the Wgs (dreigende woningontruiming, afsluiting van gas, water, elektriciteit of
 * stadsverwarming, opzegging van de zorgverzekering) the first conversation follows within 3 werkdagen.
 */

/** The Wgs term for a first conversation in a threatening situation, in working days. */
export const CRISIS_TERM_WORKING_DAYS = 3;

export type Norm = 'MET' | 'MISSED' | 'PENDING';

/**
 * The last day of the term (BR-DB21): the third working day after the report (the day of the report
 * not counted; weekends and the general holidays of the Algemene termijnenwet skipped, BR-DB20).
 */
export function crisisDeadline(reportedOn: string, holidays: ReadonlySet<string>): string {
  return addWorkingDays(reportedOn, CRISIS_TERM_WORKING_DAYS, holidays);
}

/**
 * Whether the first conversation came within 3 working days of the report (BR-DB21, Wgs): MET when it
 * came on or before the deadline, MISSED when it came later or has not come and the deadline has
 * passed, PENDING while it has not come and the deadline is today or later. Computed, never stored.
 */
export function crisisNorm(
  reportedOn: string,
  firstConversationOn: string | null,
  today: string,
  holidays: ReadonlySet<string>,
): Norm {
  const deadline = crisisDeadline(reportedOn, holidays);
  if (firstConversationOn !== null) return firstConversationOn <= deadline ? 'MET' : 'MISSED';
  return today > deadline ? 'MISSED' : 'PENDING';
}

/** The case a crisis is reported on, as the rules see it. */
export interface CrisisCaseFacts {
  id: string;
  registeredOn: string;
  outflowOn: string | null;
}

/** A crisis as the rules see it. */
export interface CrisisState {
  id: string;
  reportedOn: string;
  firstConversationOn: string | null;
  handledOn: string | null;
}

const inFuture = (field: string, value: string, today: string) =>
  value > today ? new SignalDateError(field, `${field} (${value}) lies in the future`, null, today) : null;

const tooEarly = (field: string, value: string, notBefore: string, what: string) =>
  value < notBefore
    ? new SignalDateError(field, `${field} (${value}) is before ${what} (${notBefore})`, notBefore, null)
    : null;

/**
 * Reporting a crisis on a debt case (BR-DB33): the case is open (no uitstroom), the day of the report
 * is not before the case's registration (aanmelding) and not in the future.
 */
export function reportCrisis(
  debtCase: CrisisCaseFacts,
  input: { kind: CrisisKind; reportedOn: string },
  today: string,
): { caseId: string; kind: CrisisKind; reportedOn: string } | CrisisOnClosedCaseError | SignalDateError {
  if (debtCase.outflowOn !== null) return new CrisisOnClosedCaseError(debtCase.id, debtCase.outflowOn);
  return (
    inFuture('reportedOn', input.reportedOn, today) ??
    tooEarly(
      'reportedOn',
      input.reportedOn,
      debtCase.registeredOn,
      'the case’s registration (aanmelding)',
    ) ?? {
      caseId: debtCase.id,
      kind: input.kind,
      reportedOn: input.reportedOn,
    }
  );
}

/** The first conversation (BR-DB34): once, not before the report, not in the future. */
export function recordCrisisConversation(
  crisis: CrisisState,
  on: string,
  today: string,
): { firstConversationOn: string } | CrisisStepRecordedError | SignalDateError {
  if (crisis.firstConversationOn !== null)
    return new CrisisStepRecordedError(crisis.id, 'FIRST_CONVERSATION', crisis.firstConversationOn);
  return (
    inFuture('on', on, today) ??
    tooEarly('on', on, crisis.reportedOn, 'the report of the crisis') ?? { firstConversationOn: on }
  );
}

/**
 * The crisis handled (BR-DB35): once, after its first conversation and not before it, not in the
 * future. A handled crisis changes no more.
 */
export function resolveCrisis(
  crisis: CrisisState,
  handledOn: string,
  today: string,
): { handledOn: string } | CrisisStepRecordedError | CrisisWithoutConversationError | SignalDateError {
  if (crisis.handledOn !== null) return new CrisisStepRecordedError(crisis.id, 'HANDLED', crisis.handledOn);
  if (crisis.firstConversationOn === null) return new CrisisWithoutConversationError(crisis.id);
  return (
    inFuture('handledOn', handledOn, today) ??
    tooEarly('handledOn', handledOn, crisis.firstConversationOn, 'the first conversation') ?? { handledOn }
  );
}
