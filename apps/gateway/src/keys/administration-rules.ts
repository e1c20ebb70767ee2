import { JEUGDWET_PURPOSE_CODES, type JeugdwetPurpose, type OrganisationKind } from '@mienskip/kit/rules';
import { isScope, type Scope } from '@mienskip/kit/scopes';
import { KeyInputError } from './errors.ts';

/** Who administers keys: a key with the `admin` scope, or the operator at the machine (CLI). */
export interface KeyAdministrator {
  organisationId: string;
  organisationKind: OrganisationKind;
  scopes: ReadonlySet<Scope>;
  /** The Jeugdwet purposes the administrator's own key is limited to; undefined when it is not. */
  allowedPurposes?: ReadonlySet<JeugdwetPurpose>;
}

/** An administrator may not do this; nothing was changed. */
export class KeyAdministrationForbidden extends Error {}

/** A municipal administrator manages every organisation's keys; any other only its own. */
export function mayManage(administrator: KeyAdministrator, organisationId: string): boolean {
  return administrator.organisationKind === 'MUNICIPALITY' || organisationId === administrator.organisationId;
}

/** Refuses scopes the administrator does not hold; unknown ones are the store's to refuse. */
export function checkGrantable(administrator: KeyAdministrator, scopes: readonly string[]): void {
  const notHeld = scopes.filter((scope) => isScope(scope) && !administrator.scopes.has(scope));
  if (notHeld.length)
    throw new KeyAdministrationForbidden(`You cannot grant scopes you do not hold: ${notHeld.join(', ')}`);
}

/**
 * Nobody grants a purpose they are not limited to: an administrator whose own key is limited to some
 * Jeugdwet purposes makes and changes only keys limited to some of those (a key that is not limited
 * would have them all). Unknown codes are the store's to refuse.
 */
export function checkPurposesGrantable(
  administrator: KeyAdministrator,
  allowedPurposes: readonly string[] | null | undefined,
): void {
  const own = administrator.allowedPurposes;
  if (!own) return;
  const held = JEUGDWET_PURPOSE_CODES.filter((code) => own.has(code));
  const limit = held.length ? held.join(', ') : 'no Jeugdwet purpose';
  if (allowedPurposes == null)
    throw new KeyAdministrationForbidden(
      `Your key is limited to ${limit}: a key you make or change must be limited to some of them`,
    );
  const notHeld = allowedPurposes.filter((code) => !(own as ReadonlySet<string>).has(code));
  if (notHeld.length)
    throw new KeyAdministrationForbidden(
      `You cannot grant Jeugdwet purposes your key is not limited to: ${notHeld.join(', ')} (yours: ${limit})`,
    );
}

/** An expiry, when given, is a valid date in the future. */
export function checkExpiry(expiresAt: Date | null | undefined, now: Date): void {
  if (expiresAt && Number.isNaN(expiresAt.getTime()))
    throw new KeyInputError('BAD_USER_INPUT', 'The expiry is not a valid date');
  if (expiresAt && expiresAt <= now)
    throw new KeyInputError('BAD_USER_INPUT', 'The expiry must be in the future');
}

/** A key always has a name, scopes and an introspection setting: none of them can be set to null. */
export function checkNothingCleared(changes: {
  name?: unknown;
  scopes?: unknown;
  mayIntrospect?: unknown;
}): void {
  const cleared = (['name', 'scopes', 'mayIntrospect'] as const).filter((field) => changes[field] === null);
  if (cleared.length) throw new KeyInputError('BAD_USER_INPUT', `Cannot remove ${cleared.join(', ')}`);
}
