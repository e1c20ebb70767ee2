import type { ObjectionOutcome } from './codes.ts';
import { RuleViolationError } from './errors.ts';

/** Awb art. 7:10: the municipality decides on a bezwaar within six weeks of the end of the filing term. */
export const OBJECTION_TERM_DAYS = 42;

/** The date by which a bezwaar filed on `filedOn` is to be decided (BR-CL7). */
export function objectionDue(filedOn: string): string {
  const due = new Date(`${filedOn}T00:00:00Z`);
  due.setUTCDate(due.getUTCDate() + OBJECTION_TERM_DAYS);
  return due.toISOString().slice(0, 10);
}

/** A bezwaar to insert. */
export interface NewObjection {
  decisionId: string;
  filedOn: string;
  decisionDue: string;
}

/** A bezwaar against a beschikking (P11): filed not before the decision, due per BR-CL7. */
export function fileObjection(
  decision: { id: string; issuedOn: string },
  filedOn: string | null | undefined,
  today: string,
): RuleViolationError | NewObjection {
  const on = filedOn ?? today;
  if (on < decision.issuedOn) return new RuleViolationError('filedOn', 'An objection follows the decision');
  return { decisionId: decision.id, filedOn: on, decisionDue: objectionDue(on) };
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
