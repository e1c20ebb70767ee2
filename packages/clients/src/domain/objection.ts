import type { ObjectionOutcome } from './codes.ts';
import { RuleViolationError } from './errors.ts';

/**
 * Awb 6:7: the bezwaar term is six weeks. Awb 6:8: it starts on the day after the decision was made
 * known, so it ends 42 days after that day (made known on a Monday, the term ends six weeks later on
 * a Monday). The model keeps no date of sending, so the beschikking's date of issue stands for the day
 * it was made known (BR-CL7).
 */
export const OBJECTION_TERM_DAYS = 42;
/** Awb 7:10: the decision on the bezwaar is due six weeks after the bezwaar term ends… */
export const DECISION_TERM_DAYS = 42;
/** …or twelve weeks when an advisory committee (Awb 7:13) hears the bezwaar. */
export const DECISION_TERM_WITH_COMMITTEE_DAYS = 84;

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The last day on which a bezwaar against a beschikking made known on `madeKnownOn` is in time (Awb 6:7, 6:8). */
export function objectionTermEnds(madeKnownOn: string): string {
  return addDays(madeKnownOn, OBJECTION_TERM_DAYS);
}

/**
 * The date by which a bezwaar is to be decided (BR-CL7, Awb 7:10): six weeks (twelve with an advisory
 * committee) counted from the day after the bezwaar term ended. A bezwaar filed after the term ended
 * is counted from the day after it was filed, so that it is never due before it was filed.
 */
export function objectionDue(objection: {
  madeKnownOn: string;
  filedOn: string;
  advisoryCommittee: boolean;
}): string {
  const termEnds = objectionTermEnds(objection.madeKnownOn);
  // ISO dates: the later of the two sorts last.
  const from = [termEnds, objection.filedOn].sort()[1]!;
  return addDays(from, objection.advisoryCommittee ? DECISION_TERM_WITH_COMMITTEE_DAYS : DECISION_TERM_DAYS);
}

/** A bezwaar to insert. */
export interface NewObjection {
  decisionId: string;
  filedOn: string;
  advisoryCommittee: boolean;
  decisionDue: string;
}

/** A bezwaar against a beschikking (P11): filed not before the decision, due per BR-CL7. */
export function fileObjection(
  decision: { id: string; issuedOn: string },
  input: { filedOn?: string | null; advisoryCommittee?: boolean | null },
  today: string,
): RuleViolationError | NewObjection {
  const filedOn = input.filedOn ?? today;
  if (filedOn < decision.issuedOn)
    return new RuleViolationError('filedOn', 'An objection follows the decision');
  const advisoryCommittee = input.advisoryCommittee ?? false;
  return {
    decisionId: decision.id,
    filedOn,
    advisoryCommittee,
    decisionDue: objectionDue({ madeKnownOn: decision.issuedOn, filedOn, advisoryCommittee }),
  };
}

/** The decision on a bezwaar (P11): once, and not before it was filed. */
export function decideObjection(
  objection: { filedOn: string; outcome: ObjectionOutcome | null },
  input: { outcome: ObjectionOutcome; decidedOn?: string | null },
  today: string,
): RuleViolationError | { outcome: ObjectionOutcome; decidedOn: string } {
  if (objection.outcome) return new RuleViolationError('id', 'The objection has already been decided');
  const decidedOn = input.decidedOn ?? today;
  if (decidedOn < objection.filedOn)
    return new RuleViolationError('decidedOn', 'Decided before it was filed');
  return { outcome: input.outcome, decidedOn };
}
