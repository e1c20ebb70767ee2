import { InvalidBsnError, passesElfproef, ValidationError } from '@mienskip/kit/rules';
import type { HouseholdRole } from './codes.ts';
import { DuplicateBsnError } from './errors.ts';

/** A resident to register, as asked: optional fields may be left out. */
export interface RegistrationInput {
  bsn: string;
  name: string;
  dateOfBirth: string;
  householdId?: string | null;
  areaId?: string | null;
  householdRole?: HouseholdRole | null;
  address?: string | null;
  postcode?: string | null;
  pgbCompetent?: boolean | null;
  prefersDecision?: boolean | null;
  mainResidenceInMunicipality?: boolean | null;
}

/** The resident to insert: checked, trimmed, with every default filled in. */
export interface Registration {
  bsn: string;
  name: string;
  dateOfBirth: string;
  /** An existing household to join, or the area of a new one. */
  household: { existing: string } | { newInArea: string };
  householdRole: HouseholdRole;
  address: string | null;
  postcode: string | null;
  pgbCompetent: boolean;
  prefersDecision: boolean;
  mainResidenceInMunicipality: boolean;
}

const POSTCODE = /^[1-9][0-9]{3} ?[A-Z]{2}$/;
const EARLIEST_BIRTH = '1900-01-01';

/** A new resident (inwoner): a BSN passing the 11-proef, a name, a date of birth in the past, a household. */
export function checkRegistration(
  input: RegistrationInput,
  today: string,
): InvalidBsnError | ValidationError | Registration {
  if (!passesElfproef(input.bsn)) return new InvalidBsnError('bsn');
  const name = input.name.trim();
  if (name.length === 0 || name.length > 200)
    return new ValidationError('name', 'A name has 1 to 200 characters');
  if (input.dateOfBirth > today || input.dateOfBirth < EARLIEST_BIRTH) {
    return new ValidationError('dateOfBirth', 'The date of birth lies between 1900 and today');
  }
  const postcode = input.postcode?.trim().toUpperCase() ?? null;
  if (postcode && !POSTCODE.test(postcode))
    return new ValidationError('postcode', 'A postcode looks like 8911 AB');
  const household = input.householdId
    ? { existing: input.householdId }
    : input.areaId
      ? { newInArea: input.areaId }
      : null;
  if (!household) return new ValidationError('areaId', 'A new household needs the area it lives in');
  return {
    bsn: input.bsn,
    name,
    dateOfBirth: input.dateOfBirth,
    household,
    // Who starts a household is its parent; who joins one, another adult unless told otherwise.
    householdRole: input.householdRole ?? ('existing' in household ? 'OTHER_ADULT' : 'PARENT'),
    address: input.address?.trim() || null,
    postcode,
    pgbCompetent: input.pgbCompetent ?? false,
    prefersDecision: input.prefersDecision ?? false,
    mainResidenceInMunicipality: input.mainResidenceInMunicipality ?? true,
  };
}

/** A BSN belongs to one resident: refused when `registeredAs` (the resident holding it) exists. */
export function uniqueBsn(registeredAs: string | null): DuplicateBsnError | null {
  return registeredAs === null
    ? null
    : new DuplicateBsnError('bsn', 'A resident with this BSN is already registered');
}
