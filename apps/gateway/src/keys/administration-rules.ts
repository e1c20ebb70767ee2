import type { OrganisationKind } from '@mienskip/kit/rules';
import { isScope, type Scope } from '@mienskip/kit/scopes';
import { KeyInputError } from './errors.ts';

/** Who administers keys: a key with the `admin` scope, or the operator at the machine (CLI). */
export interface KeyAdministrator {
  organisationId: string;
  organisationKind: OrganisationKind;
  scopes: ReadonlySet<Scope>;
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
