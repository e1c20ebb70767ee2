import { ValidationError } from '@mienskip/kit/rules';

/** A reporting period runs from its first day to its last, and does not end before it starts. */
export function checkPeriod(from: string, to: string): ValidationError | null {
  return to < from ? new ValidationError('to', 'The period ends before it starts') : null;
}
