import { ValidationError } from '@mienskip/kit/rules';

/** Years the budget plans for; anything outside is a typing error. */
export const FIRST_YEAR = 2015;
export const LAST_YEAR = 2100;

export function yearRefusal(year: number, field = 'year'): ValidationError | null {
  if (year < FIRST_YEAR || year > LAST_YEAR)
    return new ValidationError(field, `The year lies between ${FIRST_YEAR} and ${LAST_YEAR}`);
  return null;
}
