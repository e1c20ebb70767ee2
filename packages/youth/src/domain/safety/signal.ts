import type { ValidationError } from '@mienskip/kit/rules';
import { childOfCase, eventDateRefusal, type SafetyCase } from './case.ts';
import type { ChildNotInCaseError, YouthCaseClosedError } from './errors.ts';

/** A signal of (risk of) unsafety to insert. */
export interface NewSafetySignal {
  caseId: string;
  childId: string;
  signalledOn: string;
  /** The signalling organisation: the caller's. */
  organisationId: string;
}

/**
 * Het signaleren van (risico's voor) onveiligheid van kinderen (BR-YS1): a signal is about one child of
 * the case, on a date in the case's life (BR-YS13).
 */
export function recordSignal(
  safetyCase: SafetyCase,
  input: { childId: string; signalledOn?: string | null },
  organisationId: string,
  today: string,
): NewSafetySignal | ChildNotInCaseError | ValidationError | YouthCaseClosedError {
  const childId = childOfCase(safetyCase, input.childId);
  if (typeof childId !== 'string') return childId;
  const signalledOn = input.signalledOn ?? today;
  const refusal = eventDateRefusal(safetyCase, signalledOn, today, 'signalledOn');
  if (refusal) return refusal;
  return { caseId: safetyCase.id, childId, signalledOn, organisationId };
}
