import type { ValidationError } from '@mienskip/kit/rules';
import { daysBetween, eventDateRefusal, type SafetyCase } from './case.ts';
import type { YouthCaseClosedError } from './errors.ts';

/** A handover from Veilig Thuis to insert. */
export interface NewVeiligThuisHandover {
  caseId: string;
  direction: 'OVERDRACHT';
  occurredOn: string;
  meldcodeWeighingId: null;
}

/**
 * De overdrachten Huiselijk Geweld en Kindermishandeling vanuit Veilig Thuis oppakken (BR-YS8): a
 * handover (OVERDRACHT, E39) is recorded on the case, on a date in its life; it then waits on the
 * JET's worklist until the VEILIG_THUIS_OVERDRACHT task is allocated to BASIS or JET.
 */
export function receiveHandover(
  safetyCase: SafetyCase,
  input: { receivedOn?: string | null },
  today: string,
): NewVeiligThuisHandover | ValidationError | YouthCaseClosedError {
  const occurredOn = input.receivedOn ?? today;
  const refusal = eventDateRefusal(safetyCase, occurredOn, today, 'receivedOn');
  if (refusal) return refusal;
  return { caseId: safetyCase.id, direction: 'OVERDRACHT', occurredOn, meldcodeWeighingId: null };
}

/** How many days a pending handover has waited, up to today (BR-YS8); never negative. */
export function waitingDays(receivedOn: string, today: string): number {
  return Math.max(0, daysBetween(receivedOn, today));
}
