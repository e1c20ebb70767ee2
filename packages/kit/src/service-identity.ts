import type { Caller } from './caller.ts';
import { isScope, type Scope } from './scopes.ts';

/**
 * Service identity: a subgraph asking another subgraph for facts it owns (a worker's role, a
 * household's members) signs its own *service token* with a key of its own. The key's `kid` names
 * the service (`service:clients:…`), so that a verifier can tell whose key signed and refuse a
 * service key that signs as the gateway or as another service. What a service may do is fixed
 * here, never taken from the token's claims: read the audience's facts, nothing more.
 */
const SERVICE_PREFIX = 'service:';
const SERVICE_ISSUER_PREFIX = 'mienskip-service:';
const SERVICE_NAME = /^[a-z][a-z0-9-]*$/;

/** The `iss` of a service token: `mienskip-service:clients`. */
export function serviceIssuer(service: string): string {
  return `${SERVICE_ISSUER_PREFIX}${checkedName(service)}`;
}

/** The service an `iss` claims to be, or undefined when it is no service issuer. */
export function serviceOfIssuer(issuer: unknown): string | undefined {
  if (typeof issuer !== 'string' || !issuer.startsWith(SERVICE_ISSUER_PREFIX)) return undefined;
  const name = issuer.slice(SERVICE_ISSUER_PREFIX.length);
  return SERVICE_NAME.test(name) ? name : undefined;
}

/** The `kid` of a service's signing key: `service:clients:<suffix>`. */
export function serviceKid(service: string, suffix: string): string {
  return `${SERVICE_PREFIX}${checkedName(service)}:${suffix}`;
}

/** The service a key belongs to, or undefined for the gateway's keys. */
export function serviceOfKid(kid: unknown): string | undefined {
  if (typeof kid !== 'string' || !kid.startsWith(SERVICE_PREFIX)) return undefined;
  const name = kid.slice(SERVICE_PREFIX.length).split(':')[0]!;
  return SERVICE_NAME.test(name) ? name : undefined;
}

/** The key id a service token names as its subject, and the caller's `keyId`: `service:clients`. */
export function serviceKeyId(service: string): string {
  return `${SERVICE_PREFIX}${checkedName(service)}`;
}

/**
 * Who a verified service token is: a municipal caller (row scoping must not hide reference facts)
 * holding only `<audience>:read` — never personal data, statistics or writes, whatever it claims.
 */
export function serviceCaller(service: string, audience: string, requestId: string): Caller {
  const read = `${audience}:read`;
  return {
    keyId: serviceKeyId(service),
    organisationId: serviceKeyId(service),
    organisationKind: 'MUNICIPALITY',
    scopes: new Set<Scope>(isScope(read) ? [read] : []),
    requestId,
  };
}

export function isServiceCaller(caller: Caller): boolean {
  return caller.keyId.startsWith(SERVICE_PREFIX);
}

function checkedName(service: string): string {
  if (!SERVICE_NAME.test(service)) throw new Error(`"${service}" is not a service name`);
  return service;
}
