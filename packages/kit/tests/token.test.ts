import { decodeJwt, decodeProtectedHeader, importJWK, type JWK, SignJWT, UnsecuredJWT } from 'jose';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Caller } from '../src/caller.ts';
import {
  createServiceTokenSigner,
  createTokenSigner,
  createTokenVerifier,
  generateKeyMaterial,
  generateServiceKeyMaterial,
  type KeyMaterial,
  MAX_TOKEN_LIFETIME_SECONDS,
  readJsonEnv,
  rotateKeyMaterial,
  TOKEN_ISSUER,
  TokenError,
  type TokenSigner,
} from '../src/token.ts';

const AUDIENCE = 'locations';

const caller: Caller = {
  keyId: 'key-1',
  organisationId: 'org-42',
  organisationKind: 'PROVIDER',
  scopes: new Set(['locations:read', 'personal-data']),
  requestId: 'req-abc',
};

const now = () => Math.floor(Date.now() / 1000);
/** The gateway's token names no request: its id comes beside it, in `x-request-id`. */
const withRequest = { requestId: 'req-abc' };

/** Signs an arbitrary token with the given private JWK, the way the gateway would but with our claims. */
async function signRaw(
  privateJwk: JWK,
  claims: Record<string, unknown>,
  { iat, exp, audience = AUDIENCE }: { iat: number; exp: number; audience?: string },
): Promise<string> {
  const key = await importJWK(privateJwk, 'EdDSA');
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'EdDSA', kid: privateJwk.kid! })
    .setIssuer(TOKEN_ISSUER)
    .setSubject('key-1')
    .setAudience(audience)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(key);
}

const validClaims = { org: 'org-42', orgKind: 'PROVIDER', scopes: ['locations:read'], rid: 'req-abc' };

describe('internal tokens', () => {
  let material: KeyMaterial;
  let signer: TokenSigner;

  beforeAll(async () => {
    material = await generateKeyMaterial('test-kid');
    signer = await createTokenSigner(material.privateJwk);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  describe('generateKeyMaterial', () => {
    it('gives a private JWK with kid and a public JWKS without the private part', async () => {
      expect(material.privateJwk).toMatchObject({
        kid: 'test-kid',
        alg: 'EdDSA',
        kty: 'OKP',
        crv: 'Ed25519',
      });
      expect(material.privateJwk.d).toEqual(expect.any(String));
      expect(material.publicJwks.keys).toHaveLength(1);
      const [publicJwk] = material.publicJwks.keys;
      expect(publicJwk).toMatchObject({
        kid: 'test-kid',
        alg: 'EdDSA',
        use: 'sig',
        x: material.privateJwk.x,
      });
      expect(publicJwk).not.toHaveProperty('d');
    });

    it('makes a fresh key pair and kid each time by default', async () => {
      const a = await generateKeyMaterial();
      const b = await generateKeyMaterial();
      expect(a.privateJwk.kid).toMatch(/^k-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}$/);
      expect(a.privateJwk.kid).not.toBe(b.privateJwk.kid);
      expect(a.privateJwk.x).not.toBe(b.privateJwk.x);
    });
  });

  describe('round trip', () => {
    it('gives back the caller', async () => {
      const token = await signer.sign(caller, AUDIENCE);
      const verified = await createTokenVerifier(material.publicJwks, AUDIENCE).verify(token, withRequest);
      expect(verified.keyId).toBe('key-1');
      expect(verified.organisationId).toBe('org-42');
      expect(verified.organisationKind).toBe('PROVIDER');
      expect(verified.requestId).toBe('req-abc');
      expect(verified.scopes).toBeInstanceOf(Set);
      expect([...verified.scopes].sort()).toEqual(['locations:read', 'personal-data']);
    });

    it('carries an empty scope set', async () => {
      const token = await signer.sign({ ...caller, scopes: new Set() }, AUDIENCE);
      const verified = await createTokenVerifier(material.publicJwks, AUDIENCE).verify(token, withRequest);
      expect(verified.scopes.size).toBe(0);
    });

    it('exposes the kid and signs a token that lives less than the maximum', async () => {
      expect(signer.kid).toBe('test-kid');
      const token = await signer.sign(caller, AUDIENCE);
      const header = decodeProtectedHeader(token);
      const payload = decodeJwt(token);
      expect(header).toMatchObject({ alg: 'EdDSA', kid: 'test-kid' });
      expect(payload).toMatchObject({ iss: TOKEN_ISSUER, aud: AUDIENCE, sub: 'key-1' });
      const lifetime = payload.exp! - payload.iat!;
      expect(lifetime).toBeGreaterThan(0);
      expect(lifetime).toBeLessThanOrEqual(MAX_TOKEN_LIFETIME_SECONDS);
    });

    it('accepts a token that lives exactly the maximum', async () => {
      const iat = now();
      const token = await signRaw(material.privateJwk, validClaims, {
        iat,
        exp: iat + MAX_TOKEN_LIFETIME_SECONDS,
      });
      await expect(createTokenVerifier(material.publicJwks, AUDIENCE).verify(token)).resolves.toMatchObject({
        organisationId: 'org-42',
      });
    });
  });

  describe('refusals', () => {
    const verify = (token: string | undefined, audience = AUDIENCE) =>
      createTokenVerifier(material.publicJwks, audience).verify(token, withRequest);

    it('refuses no token', async () => {
      await expect(verify(undefined)).rejects.toThrow(TokenError);
      await expect(verify('')).rejects.toThrow(TokenError);
    });

    it('refuses garbage', async () => {
      await expect(verify('not-a-jwt')).rejects.toThrow(TokenError);
    });

    it('refuses a token for another audience', async () => {
      const token = await signer.sign(caller, 'budget');
      await expect(verify(token)).rejects.toThrow(TokenError);
      await expect(verify(token, 'budget')).resolves.toMatchObject({ keyId: 'key-1' });
    });

    it('refuses a token signed by another key pair with another kid', async () => {
      const other = await generateKeyMaterial('other-kid');
      const token = await (await createTokenSigner(other.privateJwk)).sign(caller, AUDIENCE);
      await expect(verify(token)).rejects.toThrow(TokenError);
    });

    it('refuses a token signed by another key pair with the same kid', async () => {
      const other = await generateKeyMaterial('test-kid');
      const token = await (await createTokenSigner(other.privateJwk)).sign(caller, AUDIENCE);
      await expect(verify(token)).rejects.toThrow(TokenError);
    });

    it('refuses a tampered token', async () => {
      const token = await signer.sign(caller, AUDIENCE);
      const [header, payload, signature] = token.split('.') as [string, string, string];
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      claims.orgKind = 'MUNICIPALITY';
      const tampered = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
      await expect(verify(tampered)).rejects.toThrow(TokenError);
      const flipped = `${header}.${payload}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
      await expect(verify(flipped)).rejects.toThrow(TokenError);
    });

    it('refuses an unsigned token', async () => {
      const token = new UnsecuredJWT(validClaims)
        .setIssuer(TOKEN_ISSUER)
        .setSubject('key-1')
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('30s')
        .encode();
      await expect(verify(token)).rejects.toThrow(TokenError);
    });

    it('refuses a token from another issuer', async () => {
      const key = await importJWK(material.privateJwk, 'EdDSA');
      const token = await new SignJWT(validClaims)
        .setProtectedHeader({ alg: 'EdDSA', kid: 'test-kid' })
        .setIssuer('someone-else')
        .setSubject('key-1')
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('30s')
        .sign(key);
      await expect(verify(token)).rejects.toThrow(TokenError);
    });

    it('refuses an expired token', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.now() - 5 * 60 * 1000);
      const token = await signer.sign(caller, AUDIENCE);
      vi.useRealTimers();
      await expect(verify(token)).rejects.toThrow(TokenError);
      await expect(verify(token)).rejects.toThrow(/exp/);
    });

    it('refuses a token that lives longer than the maximum', async () => {
      const iat = now();
      const token = await signRaw(material.privateJwk, validClaims, {
        iat,
        exp: iat + MAX_TOKEN_LIFETIME_SECONDS + 1,
      });
      await expect(verify(token)).rejects.toThrow(TokenError);
      await expect(verify(token)).rejects.toThrow(/longer than 60 s/);
    });

    // exp − iat alone would look short-lived; a future iat must not stretch a token's life.
    it('refuses a token whose iat lies in the future (it would outlive the maximum)', async () => {
      const iat = now() + 365 * 24 * 60 * 60;
      const token = await signRaw(material.privateJwk, validClaims, { iat, exp: iat + 30 });
      await expect(verify(token)).rejects.toThrow(TokenError);
    });

    it('refuses a token without iat', async () => {
      const key = await importJWK(material.privateJwk, 'EdDSA');
      const token = await new SignJWT(validClaims)
        .setProtectedHeader({ alg: 'EdDSA', kid: 'test-kid' })
        .setIssuer(TOKEN_ISSUER)
        .setSubject('key-1')
        .setAudience(AUDIENCE)
        .setExpirationTime('30s')
        .sign(key);
      await expect(verify(token)).rejects.toThrow(TokenError);
    });

    it('refuses a token with an unknown scope', async () => {
      const iat = now();
      const token = await signRaw(
        material.privateJwk,
        { ...validClaims, scopes: ['locations:read', 'locations:delete'] },
        { iat, exp: iat + 30 },
      );
      await expect(verify(token)).rejects.toThrow(TokenError);
      await expect(verify(token)).rejects.toThrow(/unknown scopes/);
    });

    it('refuses a token whose scopes are not a list', async () => {
      const iat = now();
      const token = await signRaw(
        material.privateJwk,
        { ...validClaims, scopes: 'locations:read' },
        { iat, exp: iat + 30 },
      );
      await expect(verify(token)).rejects.toThrow(/unknown scopes/);
    });

    it('refuses a token with an unknown organisation kind', async () => {
      const token = await signer.sign({ ...caller, organisationKind: 'GOVERNMENT' as never }, AUDIENCE);
      await expect(verify(token)).rejects.toThrow(TokenError);
      await expect(verify(token)).rejects.toThrow(/unknown organisation kind/);
    });

    it('refuses a token without organisation, or without request id in the token or beside it', async () => {
      const iat = now();
      const { rid: _rid, ...withoutRid } = validClaims;
      const noRid = await signRaw(material.privateJwk, withoutRid, { iat, exp: iat + 30 });
      await expect(createTokenVerifier(material.publicJwks, AUDIENCE).verify(noRid)).rejects.toThrow(
        /x-request-id/,
      );
      await expect(verify(noRid)).resolves.toMatchObject({ requestId: 'req-abc' });
      const { org: _org, ...withoutOrg } = validClaims;
      const noOrg = await signRaw(material.privateJwk, withoutOrg, { iat, exp: iat + 30 });
      await expect(verify(noOrg)).rejects.toThrow(TokenError);
    });
  });

  describe('createTokenVerifier', () => {
    it('refuses a JWKS containing a private key', () => {
      expect(() => createTokenVerifier({ keys: [material.privateJwk] }, AUDIENCE)).toThrow(TokenError);
      expect(() =>
        createTokenVerifier({ keys: [...material.publicJwks.keys, material.privateJwk] }, AUDIENCE),
      ).toThrow(/private key/);
    });

    it('refuses an empty JWKS', () => {
      expect(() => createTokenVerifier({ keys: [] }, AUDIENCE)).toThrow(TokenError);
      expect(() => createTokenVerifier({} as never, AUDIENCE)).toThrow(/empty/);
    });
  });

  describe('purpose and audiences', () => {
    it('carries the stated purpose, and leaves it out when there is none', async () => {
      const verifier = createTokenVerifier(material.publicJwks, AUDIENCE);
      const withPurpose = await signer.sign({ ...caller, purpose: 'Herindicatie Wmo' }, AUDIENCE);
      expect(decodeJwt(withPurpose).purpose).toBe('Herindicatie Wmo');
      expect((await verifier.verify(withPurpose, withRequest)).purpose).toBe('Herindicatie Wmo');
      const without = await signer.sign(caller, AUDIENCE);
      expect(decodeJwt(without)).not.toHaveProperty('purpose');
      expect(await verifier.verify(without, withRequest)).not.toHaveProperty('purpose');
    });

    it('refuses a signed purpose that is not short printable text', async () => {
      for (const purpose of [42, 'x'.repeat(201), 'line\nbreak', ' padded ']) {
        const token = await signRaw(
          material.privateJwk,
          { ...validClaims, purpose },
          { iat: now(), exp: now() + 30 },
        );
        await expect(createTokenVerifier(material.publicJwks, AUDIENCE).verify(token)).rejects.toThrow(
          /purpose/,
        );
      }
    });

    it('carries the Jeugdwet purposes a key is limited to, in the order of the article', async () => {
      const verifier = createTokenVerifier(material.publicJwks, AUDIENCE);
      const limited = await signer.sign(
        { ...caller, allowedPurposes: new Set(['BEKOSTIGING', 'TOELEIDING'] as const) },
        AUDIENCE,
      );
      expect(decodeJwt(limited).allowedPurposes).toEqual(['TOELEIDING', 'BEKOSTIGING']);
      expect((await verifier.verify(limited, withRequest)).allowedPurposes).toEqual(
        new Set(['TOELEIDING', 'BEKOSTIGING']),
      );
      // A key limited to no purpose at all stays limited: every purpose is refused, not every one allowed.
      const none = await signer.sign({ ...caller, allowedPurposes: new Set() }, AUDIENCE);
      expect(decodeJwt(none).allowedPurposes).toEqual([]);
      expect((await verifier.verify(none, withRequest)).allowedPurposes).toEqual(new Set());
    });

    it('leaves the claim out for a key that is not limited, and still takes tokens without it', async () => {
      const verifier = createTokenVerifier(material.publicJwks, AUDIENCE);
      const unlimited = await signer.sign(caller, AUDIENCE);
      expect(decodeJwt(unlimited)).not.toHaveProperty('allowedPurposes');
      expect(await verifier.verify(unlimited, withRequest)).not.toHaveProperty('allowedPurposes');
      // As signed before keys could be limited: the claims of then, nothing more.
      const old = await signRaw(material.privateJwk, validClaims, { iat: now(), exp: now() + 30 });
      const oldCaller = await verifier.verify(old);
      expect(oldCaller).toMatchObject({ keyId: 'key-1', organisationId: 'org-42' });
      expect(oldCaller).not.toHaveProperty('allowedPurposes');
    });

    it('refuses a signed purpose list with an unknown code or of the wrong shape', async () => {
      const verifier = createTokenVerifier(material.publicJwks, AUDIENCE);
      for (const allowedPurposes of [
        ['TOELEIDING', 'REGIE'],
        ['toeleiding'],
        'TOELEIDING',
        [42],
        null,
        { TOELEIDING: true },
      ]) {
        const token = await signRaw(
          material.privateJwk,
          { ...validClaims, allowedPurposes },
          { iat: now(), exp: now() + 30 },
        );
        await expect(verifier.verify(token)).rejects.toThrow(/unknown Jeugdwet purposes/);
      }
    });

    it('lets no one add a purpose to a signed list: a changed claim breaks the signature', async () => {
      const verifier = createTokenVerifier(material.publicJwks, AUDIENCE);
      const token = await signer.sign(
        { ...caller, allowedPurposes: new Set(['TOELEIDING'] as const) },
        AUDIENCE,
      );
      const [header, , signature] = token.split('.');
      const payload = { ...decodeJwt(token), allowedPurposes: ['TOELEIDING', 'CONTROLE'] };
      const forged = `${header}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${signature}`;
      await expect(verifier.verify(forged)).rejects.toThrow(TokenError);
    });

    it('accepts any of several audiences and says which one the token was for', async () => {
      const verifier = createTokenVerifier(material.publicJwks, ['clients', 'budget']);
      const token = await signer.sign(caller, 'budget');
      await expect(verifier.verifyWithAudience(token, withRequest)).resolves.toMatchObject({
        audience: 'budget',
        caller: { keyId: 'key-1' },
      });
      await expect(verifier.verify(await signer.sign(caller, 'audit'))).rejects.toThrow(TokenError);
    });
  });

  describe('createTokenSigner', () => {
    it('refuses a JWK without kid', async () => {
      const { kid: _kid, ...withoutKid } = material.privateJwk;
      await expect(createTokenSigner(withoutKid)).rejects.toThrow(TokenError);
      await expect(createTokenSigner(withoutKid)).rejects.toThrow(/kid/);
    });

    it('refuses a public key', async () => {
      const [publicJwk] = material.publicJwks.keys;
      await expect(createTokenSigner(publicJwk!)).rejects.toThrow(TokenError);
    });
  });
});

describe('service tokens', () => {
  let gateway: KeyMaterial;
  let clientsKey: KeyMaterial;
  let budgetKey: KeyMaterial;
  let verifier: ReturnType<typeof createTokenVerifier>;

  beforeAll(async () => {
    gateway = await generateKeyMaterial('gateway-kid');
    clientsKey = await generateServiceKeyMaterial('clients');
    budgetKey = await generateServiceKeyMaterial('budget');
    verifier = createTokenVerifier(
      { keys: [...gateway.publicJwks.keys, ...clientsKey.publicJwks.keys, ...budgetKey.publicJwks.keys] },
      AUDIENCE,
    );
  });

  /** A token signed with `privateJwk`, with any issuer, subject and claims. */
  async function signAs(
    privateJwk: JWK,
    { issuer, subject, claims = {} }: { issuer: string; subject: string; claims?: Record<string, unknown> },
  ) {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'EdDSA', kid: privateJwk.kid! })
      .setIssuer(issuer)
      .setSubject(subject)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('30s')
      .sign(await importJWK(privateJwk, 'EdDSA'));
  }

  it('names the service in the kid', () => {
    expect(clientsKey.privateJwk.kid).toMatch(/^service:clients:\d{4}-\d{2}-\d{2}-[0-9a-f]{8}$/);
  });

  it('makes a fixed, minimal caller: the service, municipal, reading the audience only, with the request id', async () => {
    const signer = await createServiceTokenSigner(clientsKey.privateJwk, 'clients');
    const token = await signer.sign(AUDIENCE, 'req-cause');
    expect(decodeJwt(token)).toMatchObject({
      iss: 'mienskip-service:clients',
      sub: 'service:clients',
      aud: AUDIENCE,
    });
    const caller = await verifier.verify(token);
    expect(caller).toEqual({
      keyId: 'service:clients',
      organisationId: 'service:clients',
      organisationKind: 'MUNICIPALITY',
      scopes: new Set(['locations:read']),
      requestId: 'req-cause',
    });
  });

  it('ignores what a service token claims beyond its request id', async () => {
    const token = await signAs(clientsKey.privateJwk, {
      issuer: 'mienskip-service:clients',
      subject: 'service:clients',
      claims: {
        rid: 'req-1',
        org: 'org-42',
        orgKind: 'PROVIDER',
        scopes: ['personal-data', 'locations:write', 'admin'],
        purpose: 'anything',
        allowedPurposes: ['TOELEIDING'],
      },
    });
    const caller = await verifier.verify(token);
    expect([...caller.scopes]).toEqual(['locations:read']);
    expect(caller).toMatchObject({ organisationKind: 'MUNICIPALITY', organisationId: 'service:clients' });
    expect(caller).not.toHaveProperty('purpose');
    expect(caller).not.toHaveProperty('allowedPurposes');
  });

  it('refuses a service key signing as the gateway', async () => {
    const token = await signAs(clientsKey.privateJwk, {
      issuer: TOKEN_ISSUER,
      subject: 'key-1',
      claims: validClaims,
    });
    await expect(verifier.verify(token)).rejects.toThrow(/key of clients cannot sign as the gateway/);
  });

  it('refuses a service key signing as another service', async () => {
    const token = await signAs(clientsKey.privateJwk, {
      issuer: 'mienskip-service:budget',
      subject: 'service:budget',
      claims: { rid: 'req-1' },
    });
    await expect(verifier.verify(token)).rejects.toThrow(/claims to come from budget/);
  });

  it("refuses the gateway's key signing as a service", async () => {
    const token = await signAs(gateway.privateJwk, {
      issuer: 'mienskip-service:clients',
      subject: 'service:clients',
      claims: { rid: 'req-1' },
    });
    await expect(verifier.verify(token)).rejects.toThrow(/not signed with its key/);
  });

  it('refuses a service token naming another subject, or without a request id', async () => {
    const otherSubject = await signAs(clientsKey.privateJwk, {
      issuer: 'mienskip-service:clients',
      subject: 'key-1',
      claims: { rid: 'req-1' },
    });
    await expect(verifier.verify(otherSubject)).rejects.toThrow(/another subject/);
    const noRid = await signAs(clientsKey.privateJwk, {
      issuer: 'mienskip-service:clients',
      subject: 'service:clients',
    });
    await expect(verifier.verify(noRid)).rejects.toThrow(/request id/);
  });

  it('refuses a service token for another audience, and one signed by an untrusted service key', async () => {
    const signer = await createServiceTokenSigner(clientsKey.privateJwk, 'clients');
    await expect(verifier.verify(await signer.sign('budget', 'req-1'))).rejects.toThrow(TokenError);
    const stranger = await generateServiceKeyMaterial('clients');
    const strangerSigner = await createServiceTokenSigner(stranger.privateJwk, 'clients');
    await expect(verifier.verify(await strangerSigner.sign(AUDIENCE, 'req-1'))).rejects.toThrow(TokenError);
  });

  it("signs only with the service's own key, and the gateway never with a service key", async () => {
    await expect(createServiceTokenSigner(clientsKey.privateJwk, 'budget')).rejects.toThrow(
      /not a key of budget/,
    );
    await expect(createServiceTokenSigner(gateway.privateJwk, 'clients')).rejects.toThrow(TokenError);
    await expect(createTokenSigner(clientsKey.privateJwk)).rejects.toThrow(/service key/);
  });
});

describe('readJsonEnv', () => {
  it('parses JSON from the variable', () => {
    expect(readJsonEnv<{ a: number }>({ X: '{"a":1}' }, 'X', 'for testing')).toEqual({ a: 1 });
  });

  it('says what is missing or broken', () => {
    expect(() => readJsonEnv({}, 'X', 'for testing')).toThrow('X is not set: for testing');
    expect(() => readJsonEnv({ X: '' }, 'X', 'for testing')).toThrow(TokenError);
    expect(() => readJsonEnv({ X: '{nope' }, 'X', 'for testing')).toThrow('X is not valid JSON: for testing');
  });
});

describe('signing-key rotation', () => {
  it('lets subgraphs accept the current and the previous key, and retires the one before', async () => {
    const first = await generateKeyMaterial('k-1');
    const second = await rotateKeyMaterial(first, 'k-2');
    const third = await rotateKeyMaterial(second, 'k-3');
    expect(second.publicJwks.keys.map((key) => key.kid)).toEqual(['k-2', 'k-1']);
    expect(third.publicJwks.keys.map((key) => key.kid)).toEqual(['k-3', 'k-2']);
    const caller = {
      keyId: 'key-1',
      organisationId: 'org-gemeente-leeuwarden',
      organisationKind: 'MUNICIPALITY' as const,
      scopes: new Set(['clients:read' as const]),
      requestId: 'r-1',
    };
    const tokenOf = async (material: typeof first) =>
      (await createTokenSigner(material.privateJwk)).sign(caller, 'clients');
    // Step 1: subgraphs get the rotated set while the gateway still signs with the old key.
    const duringRotation = createTokenVerifier(second.publicJwks, 'clients');
    await expect(duringRotation.verify(await tokenOf(first), { requestId: 'r-1' })).resolves.toMatchObject({
      keyId: 'key-1',
    });
    await expect(duringRotation.verify(await tokenOf(second), { requestId: 'r-1' })).resolves.toMatchObject({
      keyId: 'key-1',
    });
    // The next rotation drops the first key.
    const afterNext = createTokenVerifier(third.publicJwks, 'clients');
    await expect(afterNext.verify(await tokenOf(first))).rejects.toThrow(TokenError);
    await expect(afterNext.verify(await tokenOf(second), { requestId: 'r-1' })).resolves.toMatchObject({
      keyId: 'key-1',
    });
  });
});
