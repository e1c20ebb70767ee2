import { DomainError, ValidationError } from '@mienskip/kit/rules';

/**
 * The rules in this folder answer with a refusal (a typed error) or with what to write. A resolver
 * passes the answer through here: the refusal is thrown, so that the payload carries it as a typed
 * error, and anything else is returned.
 */
export function throwIfRefused<T>(answer: T): Exclude<T, DomainError> {
  if (answer instanceof DomainError) throw answer;
  return answer as Exclude<T, DomainError>;
}

/** A kit check that throws its `ValidationError` (checkName, readableId), as a returned refusal. */
export function refusalOf<T>(check: () => T): T | ValidationError {
  try {
    return check();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
}
