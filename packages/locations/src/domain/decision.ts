import { DomainError, NotFoundError, ValidationError } from '@mienskip/kit/rules';
import type { RuleBreach } from './periods.ts';

/**
 * What a rule decides: the change to write, or the typed error that refuses it. Rules return their
 * refusal; a resolver throws it (`orThrow`), and plugin-errors turns it into the mutation's payload.
 */
export type Decision<T> = T | DomainError;

/** The change a decision allows; its refusal is thrown for the mutation's payload. */
export function orThrow<T>(decision: Decision<T>): T {
  if (decision instanceof DomainError) throw decision;
  return decision;
}

/** A row that was looked up, or the refusal that it does not exist. */
export function found<T>(entity: string, id: string, row: T | null | undefined): Decision<T> {
  return row ?? new NotFoundError(entity, id);
}

/** The kit's checks (checkName, readableId) throw their refusal: this returns it instead. */
export function attempt<T>(check: () => T): Decision<T> {
  try {
    return check();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

/** A broken input rule as the typed error a mutation answers with. */
export function refusalOf(breach: RuleBreach): ValidationError {
  return new ValidationError(breach.field, breach.message);
}
