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
import {
  type Clock,
  callerIdentity,
  SignedTokenCache,
  type VerifiedToken,
  VerifiedTokenCache,
} from './token-cache.ts';

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
  /**
   * The token for `caller` at `audience`. It names no request: the same token serves every request
   * of one caller identity (key, organisation, scopes, purpose, allowed purposes) for a while, so
   * send the request's id beside it, in `REQUEST_ID_HEADER`.
   */
  sign(caller: Caller, audience: string): Promise<string>;
}

export interface TokenSignerOptions {
  /** Default `Date.now`; tests move time. */
  clock?: Clock;
}

async function importSigningKey(privateJwk: JWK): Promise<{ kid: string; key: CryptoKey }> {
  if (!privateJwk.kid) throw new TokenError('The private signing key has no "kid"');
  if (!privateJwk.d) throw new TokenError('The signing key is not a private key');
  return { kid: privateJwk.kid, key: (await importJWK(privateJwk, TOKEN_ALGORITHM)) as CryptoKey };
}

/**
 * The gateway's signer. A token is signed for 30 s and reused for the same caller identity and
 * audience during its first TOKEN_REUSE_SECONDS (issue 19: one signature per caller and subgraph,
 * not one per subgraph fetch); the request id is not in it.
 */
export async function createTokenSigner(
  privateJwk: JWK,
  options: TokenSignerOptions = {},
): Promise<TokenSigner> {
  const { kid, key } = await importSigningKey(privateJwk);
  if (serviceOfKid(kid)) throw new TokenError(`"${kid}" is a service key, not the gateway's`);
  const clock = options.clock ?? (() => Date.now());
  const tokens = new SignedTokenCache(clock);
  const signNew = (caller: Caller, audience: string, now: number) => {
    const issuedAt = Math.floor(now / 1000);
    return new SignJWT({
      org: caller.organisationId,
      orgKind: caller.organisationKind,
      scopes: [...caller.scopes],
      ...(caller.purpose !== undefined && { purpose: caller.purpose }),
      ...(caller.allowedPurposes !== undefined && {
        allowedPurposes: JEUGDWET_PURPOSE_CODES.filter((code) => caller.allowedPurposes!.has(code)),
      }),
    })
      .setProtectedHeader({ alg: TOKEN_ALGORITHM, kid })
      .setIssuer(TOKEN_ISSUER)
      .setSubject(caller.keyId)
      .setAudience(audience)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + SIGNED_LIFETIME_SECONDS)
      .sign(key);
  };
  return {
    kid,
    sign: (caller, audience) =>
      tokens.get(callerIdentity(caller, audience), (now) => signNew(caller, audience, now)),
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

/**
 * The header that carries a request's id beside the internal token: gateway tokens are shared by the
 * requests of one caller (issue 19), so the request id travels per request.
 */
export const REQUEST_ID_HEADER = 'x-request-id';
/** A request id: short, printable, no spaces (the gateway's are UUIDs or the caller's own id). */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function isRequestId(value: unknown): value is string {
  return typeof value === 'string' && REQUEST_ID.test(value);
}

export interface VerifyOptions {
  /**
   * The request's `x-request-id` header. Required, and well formed, for a token that names no
   * request (the gateway's); a token with its own `rid` (service tokens, an older gateway's) keeps it.
   */
  requestId?: string | undefined;
}

export interface TokenVerifier {
  verify(token: string | undefined, options?: VerifyOptions): Promise<Caller>;
  /** Also says which of the accepted audiences the token was signed for. */
  verifyWithAudience(
    token: string | undefined,
    options?: VerifyOptions,
  ): Promise<{ caller: Caller; audience: string }>;
}

export interface TokenVerifierOptions {
  /** Default `Date.now`; tests move time. */
  clock?: Clock;
}

/**
 * Verifies internal tokens for one audience (a subgraph's own name) or any of several (the audit
 * service takes the tokens the data subgraphs received). A token that verified is remembered, by
 * its exact string, until its `exp` (issue 19); the request id is added per request, never cached.
 */
export function createTokenVerifier(
  publicJwks: JSONWebKeySet,
  audience: string | readonly string[],
  options: TokenVerifierOptions = {},
): TokenVerifier {
  if (!Array.isArray(publicJwks.keys) || publicJwks.keys.length === 0) {
    throw new TokenError('The public key set is empty');
  }
  if (publicJwks.keys.some((key) => 'd' in key)) {
    throw new TokenError('The public key set contains a private key; subgraphs hold public keys only');
  }
  const keys: JWTVerifyGetKey = createLocalJWKSet(publicJwks);
  const audiences = typeof audience === 'string' ? audience : [...audience];
  const clock = options.clock ?? (() => Date.now());
  const verified = new VerifiedTokenCache(clock);
  const verifyToken = async (token: string): Promise<VerifiedToken> => {
    const known = verified.get(token);
    if (known) return known;
    let result: Awaited<ReturnType<typeof jwtVerify>>;
    try {
      result = await jwtVerify(token, keys, {
        algorithms: [TOKEN_ALGORITHM],
        audience: audiences,
        requiredClaims: ['exp', 'iat', 'sub', 'iss'],
        // Also refuses a token issued in the future, whose exp − iat alone would look short-lived.
        maxTokenAge: MAX_TOKEN_LIFETIME_SECONDS,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        currentDate: new Date(clock()),
      });
    } catch (error) {
      throw new TokenError(`Invalid internal token: ${(error as Error).message}`);
    }
    const { payload, protectedHeader } = result;
    if (payload.iat! > Math.floor(clock() / 1000) + CLOCK_TOLERANCE_SECONDS) {
      throw new TokenError('Internal token is issued in the future');
    }
    if (payload.exp! - payload.iat! > MAX_TOKEN_LIFETIME_SECONDS) {
      throw new TokenError(`Internal token lives longer than ${MAX_TOKEN_LIFETIME_SECONDS} s`);
    }
    if (typeof payload.aud !== 'string') throw new TokenError('Internal token is for more than one audience');
    const { requestId, ...caller } = callerOf(payload, protectedHeader.kid, payload.aud);
    const accepted = { caller, requestId, audience: payload.aud, expiresAt: payload.exp! };
    verified.set(token, accepted);
    return accepted;
  };
  const verifyWithAudience = async (token: string | undefined, options: VerifyOptions = {}) => {
    if (!token) throw new TokenError('No internal token');
    const { caller, requestId, audience } = await verifyToken(token);
    return { caller: { ...caller, requestId: requestId ?? requestIdOfRequest(options.requestId) }, audience };
  };
  return {
    verifyWithAudience,
    verify: async (token, options) => (await verifyWithAudience(token, options)).caller,
  };
}

function requestIdOfRequest(header: string | undefined): string {
  if (header === undefined || header === '') {
    throw new TokenError(`Internal token names no request, and the request has no ${REQUEST_ID_HEADER}`);
  }
  if (!isRequestId(header)) throw new TokenError(`The request's ${REQUEST_ID_HEADER} is not a request id`);
  return header;
}

/**
 * The gateway's keys sign as the gateway only; a service's key signs as that service only, and a
 * service token's caller is fixed by `serviceCaller`, whatever else its claims say. The request id
 * is the token's `rid`, or undefined when a gateway token names none (it then comes per request).
 */
function callerOf(
  claims: Record<string, unknown>,
  kid: string | undefined,
  audience: string,
): Omit<Caller, 'requestId'> & { requestId: string | undefined } {
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

function callerFromClaims(
  claims: Record<string, unknown>,
): Omit<Caller, 'requestId'> & { requestId: string | undefined } {
  const { sub, org, orgKind, scopes, rid, purpose, allowedPurposes } = claims;
  if (typeof sub !== 'string' || typeof org !== 'string') {
    throw new TokenError('Internal token lacks key or organisation');
  }
  // Absent since issue 19 (the id comes per request); a gateway of before signs one in.
  if (rid !== undefined && (typeof rid !== 'string' || rid === '')) {
    throw new TokenError('Internal token has a request id that is no text');
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
    requestId: rid as string | undefined,
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
export { type Clock, callerIdentity, TOKEN_REUSE_SECONDS } from './token-cache.ts';
