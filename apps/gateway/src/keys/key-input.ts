import {
  isJeugdwetPurpose,
  isOrganisationKind,
  JEUGDWET_PURPOSE_CODES,
  type JeugdwetPurpose,
  type OrganisationKind,
} from '@mienskip/kit/rules';
import { isScope, type Scope } from '@mienskip/kit/scopes';
import { KeyInputError } from './errors.ts';

// What a key may be made of: each check returns the value to store, or refuses with a message.

export function checkName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 100)
    throw new KeyInputError('BAD_USER_INPUT', 'A key name has 1 to 100 characters');
  return trimmed;
}

/** At least one known scope; each once. */
export function checkScopes(scopes: readonly string[]): Scope[] {
  const invalid = scopes.filter((scope) => !isScope(scope));
  if (invalid.length) throw new KeyInputError('BAD_USER_INPUT', `Unknown scopes: ${invalid.join(', ')}`);
  if (!scopes.length) throw new KeyInputError('BAD_USER_INPUT', 'A key needs at least one scope');
  return [...new Set(scopes as Scope[])];
}

/**
 * Null for any operation; otherwise a non-empty list of apps, each one whose persisted-document
 * manifest the gateway loaded (`known`), each once, sorted.
 */
export function checkApps(
  list: readonly string[] | null | undefined,
  known: readonly string[],
): string[] | null {
  if (list == null) return null;
  if (!list.length)
    throw new KeyInputError(
      'BAD_USER_INPUT',
      'A list of apps cannot be empty (leave it out for any operation)',
    );
  const unknown = list.filter((app) => !known.includes(app));
  if (unknown.length)
    throw new KeyInputError(
      'BAD_USER_INPUT',
      `Unknown apps: ${unknown.join(', ')} (the apps with persisted documents are ${known.join(', ') || 'none'})`,
    );
  return [...new Set(list)].sort();
}

/** A key belongs to an organisation; its kind, when given, is one the graph knows. */
export function checkOrganisation(
  organisationId: string,
  kind: string | null | undefined,
): { organisationId: string; organisationKind: OrganisationKind | null } {
  if (kind != null && !isOrganisationKind(kind))
    throw new KeyInputError('BAD_USER_INPUT', `Unknown organisation kind ${kind}`);
  if (!organisationId.trim()) throw new KeyInputError('BAD_USER_INPUT', 'A key needs an organisation');
  return { organisationId: organisationId.trim(), organisationKind: kind ?? null };
}

/**
 * The Jeugdwet purposes a key is limited to: null for a key that is not limited; otherwise a
 * non-empty list of the four codes, each once, stored in the order of the article (BR-KT6).
 */
export function checkAllowedPurposes(list: readonly string[] | null | undefined): JeugdwetPurpose[] | null {
  if (list == null) return null;
  const invalid = list.filter((code) => !isJeugdwetPurpose(code));
  if (invalid.length)
    throw new KeyInputError(
      'BAD_USER_INPUT',
      `Unknown Jeugdwet purposes: ${invalid.join(', ')} (the purposes of Jeugdwet art. 7.4.0 are ${JEUGDWET_PURPOSE_CODES.join(', ')})`,
    );
  if (!list.length)
    throw new KeyInputError(
      'BAD_USER_INPUT',
      'A list of Jeugdwet purposes cannot be empty (leave it out for a key that is not limited)',
    );
  return JEUGDWET_PURPOSE_CODES.filter((code) => list.includes(code));
}
