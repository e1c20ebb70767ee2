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
