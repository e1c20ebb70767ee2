import { isIsoDate, ValidationError } from '@mienskip/kit/rules';
import { ChildNotInCaseError, YouthCaseClosedError } from './errors.ts';

/** What the safety rules need of a youth case, as the store loads it (only cases the caller may see). */
export interface SafetyCase {
  id: string;
  openedOn: string;
  closedOn: string | null;
  /** The children of the case (clients' `Client` ids). */
  childIds: readonly string[];
  /** The organisation that opened the case: the basis of the case (BR-YS4). */
  openedByOrganisationId: string;
  /** The JET's organisations on this case: the process director's, and who consulted or decided as JET. */
  jetOrganisationIds: readonly string[];
}

const MS_PER_DAY = 86_400_000;

/** Whole days from `from` to `to` (ISO dates; negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MS_PER_DAY);
}

/**
 * The date of a safety event (BR-YS13): on an open case only — a closed case changes no more (BR-Y13),
 * so a later signal starts a new case —, a real date, not in the future, not before the case was
 * opened. `undefined` when the event may be recorded on that date.
 */
export function eventDateRefusal(
  safetyCase: Pick<SafetyCase, 'id' | 'openedOn' | 'closedOn'>,
  date: string,
  today: string,
  field: string,
): ValidationError | YouthCaseClosedError | undefined {
  if (safetyCase.closedOn !== null) return new YouthCaseClosedError(safetyCase.id, safetyCase.closedOn);
  if (!isIsoDate(date)) return new ValidationError(field, `${date} is not a date`);
  if (date > today) return new ValidationError(field, `${date} lies in the future: record what happened`);
  if (date < safetyCase.openedOn)
    return new ValidationError(
      field,
      `${date} lies before youth case "${safetyCase.id}" was opened (${safetyCase.openedOn})`,
    );
  return undefined;
}

/**
 * The child an event is about (BR-YS1): the one named, which must be a child of the case, or, when
 * none is named, the case's only child; a case with several children needs the child named.
 */
export function childOfCase(
  safetyCase: Pick<SafetyCase, 'id' | 'childIds'>,
  childId: string | null | undefined,
): string | ChildNotInCaseError | ValidationError {
  if (childId != null) {
    return safetyCase.childIds.includes(childId) ? childId : new ChildNotInCaseError(safetyCase.id, childId);
  }
  if (safetyCase.childIds.length === 1) return safetyCase.childIds[0]!;
  return new ValidationError(
    'childId',
    `Youth case "${safetyCase.id}" has ${safetyCase.childIds.length} children: name the child (childId)`,
  );
}
