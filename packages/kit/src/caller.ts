import { PurposeNotAllowedError, PurposeRequiredError } from './domain-errors.ts';
import { JEUGDWET_PURPOSE_CODES, type JeugdwetPurpose, parseJeugdwetPurpose } from './jeugdwet-purposes.ts';
import type { OrganisationKind } from './organisation-kinds.ts';
import type { Scope } from './scopes.ts';

/** Who is asking: taken from the gateway's signed internal token, never from client input. */
export interface Caller {
  keyId: string;
  organisationId: string;
  organisationKind: OrganisationKind;
  scopes: ReadonlySet<Scope>;
  requestId: string;
  /** Why the caller asks (doelbinding), as stated in the `x-mienskip-purpose` header; logged with access. */
  purpose?: string;
  /**
   * The Jeugdwet purposes (art. 7.4.0) the API key is limited to; undefined when the key is not
   * limited. Set by the key's administrator, never by the request.
   */
  allowedPurposes?: ReadonlySet<JeugdwetPurpose>;
}

export function hasScope(caller: Caller, scope: Scope): boolean {
  return caller.scopes.has(scope);
}

export function isMunicipal(caller: Caller): boolean {
  return caller.organisationKind === 'MUNICIPALITY';
}

/**
 * Row scoping: a municipal key sees every organisation's rows, any other key only the rows of its
 * own organisation. Every resolver that returns organisation-owned rows filters through this.
 */
export function mayReadRowsOf(caller: Caller, organisationId: string): boolean {
  return isMunicipal(caller) || caller.organisationId === organisationId;
}

/**
 * Doelbinding for personal youth data (Jeugdwet art. 7.4.0): the refusal when the caller states no
 * Jeugdwet purpose code in `x-mienskip-purpose`, or one its key is not limited to; undefined when
 * the read may go ahead. Called before any personal read of youth data (BR-KT6).
 */
export function jeugdwetPurposeRefusal(
  caller: Pick<Caller, 'purpose' | 'allowedPurposes'>,
): PurposeRequiredError | PurposeNotAllowedError | undefined {
  const stated = parseJeugdwetPurpose(caller.purpose);
  if (!stated) return new PurposeRequiredError(caller.purpose !== undefined);
  const allowed = caller.allowedPurposes;
  if (allowed && !allowed.has(stated.code))
    return new PurposeNotAllowedError(
      stated.code,
      JEUGDWET_PURPOSE_CODES.filter((code) => allowed.has(code)),
    );
  return undefined;
}
