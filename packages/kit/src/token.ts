import { randomUUID } from 'node:crypto';
import {
  type CryptoKey,
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JSONWebKeySet,
  type JWK,
  type JWTVerifyGetKey,
  jwtVerify,
  SignJWT,
} from 'jose';
import type { Caller } from './caller.ts';
import { isJeugdwetPurpose, JEUGDWET_PURPOSE_CODES, type JeugdwetPurpose } from './jeugdwet-purposes.ts';
import { isOrganisationKind } from './organisation-kinds.ts';
import { parsePurpose } from './purpose.ts';
import { isScope, type Scope } from './scopes.ts';
import {
  serviceCaller,
  serviceIssuer,
  serviceKeyId,
  serviceKid,
  serviceOfIssuer,
  serviceOfKid,
} from './service-identity.ts';

/**
 * The internal token: the gateway signs who is asking (EdDSA), each subgraph verifies it with the
 * public key only. `aud` is the subgraph's name, so a token for one subgraph is refused by another.
 * A subgraph asking another for facts signs a *service token* with its own key instead
 * (service-identity.ts); the same verifier takes both and tells them apart by `kid` and `iss`.
 */
export const TOKEN_HEADER = 'x-mienskip-token';
export const TOKEN_ISSUER = 'mienskip-gateway';
export const TOKEN_ALGORITHM = 'EdDSA';
/** Upper bound on a token's life; the gateway signs for less. */
export const MAX_TOKEN_LIFETIME_SECONDS = 60;
const SIGNED_LIFETIME_SECONDS = 30;
/** Gateway and subgraphs may run on machines whose clocks differ a little. */
const CLOCK_TOLERANCE_SECONDS = 5;

export class TokenError extends Error {
  override name = 'TokenError';
}

export interface KeyMaterial {
  /** Private JWK with `kid`, for the gateway only. */
  privateJwk: JWK;
  /** Public JWK set, for the subgraphs. */
  publicJwks: JSONWebKeySet;
}

const freshKidSuffix = () => `${new Date().toISOString().slice(0, 10)}-${randomUUID().slice(0, 8)}`;

export async function generateKeyMaterial(kid = `k-${freshKidSuffix()}`): Promise<KeyMaterial> {
  const { publicKey, privateKey } = await generateKeyPair(TOKEN_ALGORITHM, {
    crv: 'Ed25519',
    extractable: true,
  });
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: TOKEN_ALGORITHM };
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: TOKEN_ALGORITHM, use: 'sig' };
  return { privateJwk, publicJwks: { keys: [publicJwk] } };
}

/**
 * A new signing key with the previous public key kept beside it: subgraphs given this key set accept
 * tokens of the old and the new key (by `kid`), so the gateway can switch keys without downtime.
 * Only the newest previous key is kept; a second rotation retires the oldest.
 */
export async function rotateKeyMaterial(current: KeyMaterial, kid?: string): Promise<KeyMaterial> {
  const next = await generateKeyMaterial(kid);
  const previous = current.publicJwks.keys.find((key) => key.kid === current.privateJwk.kid);
  if (!previous) throw new TokenError('The current public key set lacks the current signing key');
  return { privateJwk: next.privateJwk, publicJwks: { keys: [...next.publicJwks.keys, previous] } };
}

export interface TokenSigner {
  kid: string;
  sign(caller: Caller, audience: string): Promise<string>;
}

async function importSigningKey(privateJwk: JWK): Promise<{ kid: string; key: CryptoKey }> {
  if (!privateJwk.kid) throw new TokenError('The private signing key has no "kid"');
  if (!privateJwk.d) throw new TokenError('The signing key is not a private key');
  return { kid: privateJwk.kid, key: (await importJWK(privateJwk, TOKEN_ALGORITHM)) as CryptoKey };
}

export async function createTokenSigner(privateJwk: JWK): Promise<TokenSigner> {
  const { kid, key } = await importSigningKey(privateJwk);
  if (serviceOfKid(kid)) throw new TokenError(`"${kid}" is a service key, not the gateway's`);
  return {
    kid,
    sign: (caller, audience) =>
      new SignJWT({
        org: caller.organisationId,
        orgKind: caller.organisationKind,
        scopes: [...caller.scopes],
        rid: caller.requestId,
        ...(caller.purpose !== undefined && { purpose: caller.purpose }),
        ...(caller.allowedPurposes !== undefined && {
          allowedPurposes: JEUGDWET_PURPOSE_CODES.filter((code) => caller.allowedPurposes!.has(code)),
        }),
      })
        .setProtectedHeader({ alg: TOKEN_ALGORITHM, kid })
        .setIssuer(TOKEN_ISSUER)
        .setSubject(caller.keyId)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime(`${SIGNED_LIFETIME_SECONDS}s`)
        .sign(key),
  };
}

/** A service's own signing key: its `kid` names the service (`service:clients:<date>-<random>`). */
export function generateServiceKeyMaterial(service: string, suffix = freshKidSuffix()): Promise<KeyMaterial> {
  return generateKeyMaterial(serviceKid(service, suffix));
}

/**
 * The key set every subgraph trusts: the gateway's public keys and each service's own. A service's
 * key lets it sign look-ups as itself only (its `kid` names it).
 */
export function trustedKeySet(gateway: JSONWebKeySet, services: Iterable<KeyMaterial>): JSONWebKeySet {
  return { keys: [...gateway.keys, ...[...services].flatMap((service) => service.publicJwks.keys)] };
}

export interface ServiceTokenSigner {
  service: string;
  kid: string;
  /** A service token for `audience` (the owner asked), on behalf of the request `requestId`. */
  sign(audience: string, requestId: string): Promise<string>;
}

/** Signs service tokens for `service`; refuses a key that is not that service's. */
export async function createServiceTokenSigner(
  privateJwk: JWK,
  service: string,
): Promise<ServiceTokenSigner> {
  const { kid, key } = await importSigningKey(privateJwk);
  if (serviceOfKid(kid) !== service) throw new TokenError(`The key "${kid}" is not a key of ${service}`);
  return {
    service,
    kid,
    sign: (audience, requestId) =>
      new SignJWT({ rid: requestId })
        .setProtectedHeader({ alg: TOKEN_ALGORITHM, kid })
        .setIssuer(serviceIssuer(service))
        .setSubject(serviceKeyId(service))
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime(`${SIGNED_LIFETIME_SECONDS}s`)
        .sign(key),
  };
}

export interface TokenVerifier {
  verify(token: string | undefined): Promise<Caller>;
  /** Also says which of the accepted audiences the token was signed for. */
  verifyWithAudience(token: string | undefined): Promise<{ caller: Caller; audience: string }>;
}

/**
 * Verifies internal tokens for one audience (a subgraph's own name) or any of several (the audit
 * service takes the tokens the data subgraphs received).
 */
export function createTokenVerifier(
  publicJwks: JSONWebKeySet,
  audience: string | readonly string[],
): TokenVerifier {
  if (!Array.isArray(publicJwks.keys) || publicJwks.keys.length === 0) {
    throw new TokenError('The public key set is empty');
  }
  if (publicJwks.keys.some((key) => 'd' in key)) {
    throw new TokenError('The public key set contains a private key; subgraphs hold public keys only');
  }
  const keys: JWTVerifyGetKey = createLocalJWKSet(publicJwks);
  const audiences = typeof audience === 'string' ? audience : [...audience];
  const verifyWithAudience = async (token: string | undefined) => {
    if (!token) throw new TokenError('No internal token');
    let verified: Awaited<ReturnType<typeof jwtVerify>>;
    try {
      verified = await jwtVerify(token, keys, {
        algorithms: [TOKEN_ALGORITHM],
        audience: audiences,
        requiredClaims: ['exp', 'iat', 'sub', 'iss'],
        // Also refuses a token issued in the future, whose exp − iat alone would look short-lived.
        maxTokenAge: MAX_TOKEN_LIFETIME_SECONDS,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      });
    } catch (error) {
      throw new TokenError(`Invalid internal token: ${(error as Error).message}`);
    }
    const { payload, protectedHeader } = verified;
    if (payload.iat! > Math.floor(Date.now() / 1000) + CLOCK_TOLERANCE_SECONDS) {
      throw new TokenError('Internal token is issued in the future');
    }
    if (payload.exp! - payload.iat! > MAX_TOKEN_LIFETIME_SECONDS) {
      throw new TokenError(`Internal token lives longer than ${MAX_TOKEN_LIFETIME_SECONDS} s`);
    }
    if (typeof payload.aud !== 'string') throw new TokenError('Internal token is for more than one audience');
    return { caller: callerOf(payload, protectedHeader.kid, payload.aud), audience: payload.aud };
  };
  return {
    verifyWithAudience,
    verify: async (token) => (await verifyWithAudience(token)).caller,
  };
}

/**
 * The gateway's keys sign as the gateway only; a service's key signs as that service only, and a
 * service token's caller is fixed by `serviceCaller`, whatever else its claims say.
 */
function callerOf(claims: Record<string, unknown>, kid: string | undefined, audience: string): Caller {
  const keyOf = serviceOfKid(kid);
  if (claims.iss === TOKEN_ISSUER) {
    if (keyOf) throw new TokenError(`Internal token: the key of ${keyOf} cannot sign as the gateway`);
    return callerFromClaims(claims);
  }
  const service = serviceOfIssuer(claims.iss);
  if (!service) throw new TokenError('Internal token has an unknown issuer');
  if (keyOf !== service) {
    throw new TokenError(`Internal token claims to come from ${service} but is not signed with its key`);
  }
  if (claims.sub !== serviceKeyId(service)) throw new TokenError('Service token names another subject');
  if (typeof claims.rid !== 'string' || claims.rid === '')
    throw new TokenError('Service token lacks a request id');
  return serviceCaller(service, audience, claims.rid);
}

function callerFromClaims(claims: Record<string, unknown>): Caller {
  const { sub, org, orgKind, scopes, rid, purpose, allowedPurposes } = claims;
  if (typeof sub !== 'string' || typeof org !== 'string' || typeof rid !== 'string') {
    throw new TokenError('Internal token lacks key, organisation or request id');
  }
  if (typeof orgKind !== 'string' || !isOrganisationKind(orgKind)) {
    throw new TokenError('Internal token has an unknown organisation kind');
  }
  if (!Array.isArray(scopes) || !scopes.every((s) => typeof s === 'string' && isScope(s))) {
    throw new TokenError('Internal token has unknown scopes');
  }
  if (purpose !== undefined && parsePurpose(purpose) !== purpose) {
    throw new TokenError('Internal token has a purpose that is not short printable text');
  }
  // Absent for a key that is not limited (and in tokens signed before keys could be).
  if (
    allowedPurposes !== undefined &&
    !(Array.isArray(allowedPurposes) && allowedPurposes.every(isJeugdwetPurpose))
  ) {
    throw new TokenError('Internal token has unknown Jeugdwet purposes');
  }
  return {
    keyId: sub,
    organisationId: org,
    organisationKind: orgKind,
    scopes: new Set(scopes as Scope[]),
    requestId: rid,
    ...(purpose !== undefined && { purpose: purpose as string }),
    ...(allowedPurposes !== undefined && {
      allowedPurposes: new Set(allowedPurposes as JeugdwetPurpose[]),
    }),
  };
}

/** Reads a JSON value from an environment variable, with a start-up error that says what is missing. */
export function readJsonEnv<T>(env: NodeJS.ProcessEnv, name: string, purpose: string): T {
  const raw = env[name];
  if (!raw) throw new TokenError(`${name} is not set: ${purpose}`);
  try {
    return JSON.parse(raw) as T;
  } catch {
    throw new TokenError(`${name} is not valid JSON: ${purpose}`);
  }
}

export const PRIVATE_KEY_ENV = 'MIENSKIP_TOKEN_PRIVATE_JWK';
export const PUBLIC_KEYS_ENV = 'MIENSKIP_TOKEN_PUBLIC_JWKS';
/** A subgraph's own private key, for the service tokens of its look-ups (its public key joins the JWKS). */
export const SERVICE_PRIVATE_KEY_ENV = 'MIENSKIP_SERVICE_PRIVATE_JWK';

export { MAX_PURPOSE_LENGTH, PURPOSE_HEADER, parsePurpose } from './purpose.ts';
export { isServiceCaller, serviceKeyId } from './service-identity.ts';
