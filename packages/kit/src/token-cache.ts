import type { Caller } from './caller.ts';

/**
 * The two caches of the internal token (issue 19): the gateway reuses one signed token per caller
 * and subgraph for part of its life, and a subgraph remembers a token it verified until it expires.
 * Both are bounded and read the time from an injected clock (tests move it).
 */

/** Milliseconds since the epoch; `Date.now` unless a test moves time. */
export type Clock = () => number;

/**
 * A token is reused for 20 s of its 30 s life: when it leaves the gateway it still has ≥ 10 s to
 * live, more than a subgraph's default deadline (5 s), so the subgraph can still pass it on to the
 * access log at the end of its request (with the verifier's 5 s clock tolerance on top).
 */
export const TOKEN_REUSE_SECONDS = 20;
/** Distinct callers × subgraphs kept; beyond it the oldest goes (it is only signed anew). */
export const SIGNED_TOKEN_CACHE_SIZE = 1_000;
/** Distinct tokens a subgraph remembers as verified; about one per active caller per 30 s. */
export const VERIFIED_TOKEN_CACHE_SIZE = 10_000;

/** A small map that forgets its oldest entry when full (insertion order; a hit moves it to the end). */
class BoundedMap<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly maxSize: number) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    if (this.entries.size >= this.maxSize) this.entries.delete(this.entries.keys().next().value as K);
    this.entries.set(key, value);
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * Who a token speaks for, without the request id (which travels per request): two callers with the
 * same key, organisation, scopes and purposes get the same token. Sets are sorted, so their order
 * never makes a second token.
 */
export function callerIdentity(caller: Caller, audience: string): string {
  return JSON.stringify([
    audience,
    caller.keyId,
    caller.organisationId,
    caller.organisationKind,
    [...caller.scopes].sort(),
    caller.purpose ?? null,
    caller.allowedPurposes ? [...caller.allowedPurposes].sort() : null,
  ]);
}

/**
 * One signed token per caller identity and audience, reused while younger than `reuseSeconds`.
 * The pending signature is cached, so concurrent requests of one caller sign once; a failed
 * signature is forgotten.
 */
export class SignedTokenCache {
  private readonly tokens: BoundedMap<string, { token: Promise<string>; signedAt: number }>;

  constructor(
    private readonly clock: Clock,
    private readonly reuseSeconds = TOKEN_REUSE_SECONDS,
    maxSize = SIGNED_TOKEN_CACHE_SIZE,
  ) {
    this.tokens = new BoundedMap(maxSize);
  }

  get(identity: string, sign: (now: number) => Promise<string>): Promise<string> {
    const now = this.clock();
    const known = this.tokens.get(identity);
    if (known && now - known.signedAt < this.reuseSeconds * 1000 && now >= known.signedAt) return known.token;
    const token = sign(now);
    const entry = { token, signedAt: now };
    this.tokens.set(identity, entry);
    token.catch(() => {
      if (this.tokens.get(identity) === entry) this.tokens.delete(identity);
    });
    return token;
  }
}

/** What a verified token says, except the request id when the token carries none (gateway tokens). */
export interface VerifiedToken {
  caller: Omit<Caller, 'requestId'>;
  /** The token's own `rid` (service tokens, and gateway tokens of a gateway before issue 19). */
  requestId: string | undefined;
  audience: string;
  /** The token's `exp`, in seconds since the epoch. */
  expiresAt: number;
}

/**
 * Tokens verified, by their exact string, until their `exp`: a token is checked once, not at every
 * request. Only accepted tokens are kept; an entry past its `exp` is dropped and the token verified
 * anew (which then refuses it, or accepts it within the clock tolerance as the first time).
 */
export class VerifiedTokenCache {
  private readonly verified: BoundedMap<string, VerifiedToken>;

  constructor(
    private readonly clock: Clock,
    maxSize = VERIFIED_TOKEN_CACHE_SIZE,
  ) {
    this.verified = new BoundedMap(maxSize);
  }

  get(token: string): VerifiedToken | undefined {
    const known = this.verified.get(token);
    if (!known) return undefined;
    if (this.clock() >= known.expiresAt * 1000) {
      this.verified.delete(token);
      return undefined;
    }
    return known;
  }

  set(token: string, verified: VerifiedToken): void {
    this.verified.set(token, verified);
  }
}
