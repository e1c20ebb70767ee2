import { ValidationError } from '@mienskip/kit/rules';
import { childOfCase, eventDateRefusal, type SafetyCase } from './case.ts';
import { type ChildNotInCaseError, StepOutOfOrderError, type YouthCaseClosedError } from './errors.ts';

/** A Verwijsindex registration to insert. */
export interface NewVerwijsindexRegistration {
  caseId: string;
  childId: string;
  registeredOn: string;
}

/**
 * Indien er zorgen over ontwikkeling van kinderen is registreren in de Verwijsindex (BR-YS9): about a
 * child of the case (BR-YS1), on a date in the case's life.
 */
export function registerChild(
  safetyCase: SafetyCase,
  input: { childId: string; registeredOn?: string | null },
  today: string,
): NewVerwijsindexRegistration | ChildNotInCaseError | ValidationError | YouthCaseClosedError {
  const childId = childOfCase(safetyCase, input.childId);
  if (typeof childId !== 'string') return childId;
  const registeredOn = input.registeredOn ?? today;
  const refusal = eventDateRefusal(safetyCase, registeredOn, today, 'registeredOn');
  if (refusal) return refusal;
  return { caseId: safetyCase.id, childId, registeredOn };
}

/** A match to insert. */
export interface NewVerwijsindexMatch {
  registrationId: string;
  organisationId: string;
  matchedOn: string;
}

/**
 * A match of a registration with another organisation (BR-YS9): not before the registration, not in
 * the future nor after the case closed.
 */
export function recordMatch(
  safetyCase: SafetyCase,
  registration: { id: string; registeredOn: string },
  input: { organisationId: string; matchedOn?: string | null },
  today: string,
): NewVerwijsindexMatch | StepOutOfOrderError | ValidationError | YouthCaseClosedError {
  const organisationId = input.organisationId.trim();
  if (!organisationId) return new ValidationError('organisationId', 'Name the matched organisation');
  const matchedOn = input.matchedOn ?? today;
  const refusal = eventDateRefusal(safetyCase, matchedOn, today, 'matchedOn');
  if (refusal) return refusal;
  if (matchedOn < registration.registeredOn)
    return new StepOutOfOrderError(
      'matchedOn',
      `A match follows its registration (registered on ${registration.registeredOn})`,
      registration.registeredOn,
    );
  return { registrationId: registration.id, organisationId, matchedOn };
}

/**
 * En contact opnemen met de organisaties uit de daaruit voortkomende matches (BR-YS9): the contact is
 * recorded once, not before the match.
 */
export function contactMatch(
  safetyCase: SafetyCase,
  match: { id: string; matchedOn: string; contactedOn: string | null },
  input: { contactedOn?: string | null },
  today: string,
): { contactedOn: string } | StepOutOfOrderError | ValidationError | YouthCaseClosedError {
  if (match.contactedOn !== null)
    return new ValidationError(
      'matchId',
      `The organisation of match "${match.id}" was contacted on ${match.contactedOn}`,
    );
  const contactedOn = input.contactedOn ?? today;
  const refusal = eventDateRefusal(safetyCase, contactedOn, today, 'contactedOn');
  if (refusal) return refusal;
  if (contactedOn < match.matchedOn)
    return new StepOutOfOrderError(
      'contactedOn',
      `The contact follows the match (matched on ${match.matchedOn})`,
      match.matchedOn,
    );
  return { contactedOn };
}
