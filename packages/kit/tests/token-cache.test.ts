import { decodeJwt, importJWK, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../src/caller.ts';
import {
  createTokenSigner,
  createTokenVerifier,
  generateKeyMaterial,
  type KeyMaterial,
  TOKEN_ISSUER,
  TOKEN_REUSE_SECONDS,
  TokenError,
} from '../src/token.ts';

// Issue 19: one signed token per caller and subgraph for part of its life; a verified token is
// remembered until its expiry; the request id travels per request, beside the token.
const AUDIENCE = 'clients';
const START = Date.UTC(2026, 10, 29, 12, 0, 0);

const caller: Caller = {
  keyId: 'key-1',
  organisationId: 'org-1',
  organisationKind: 'PROVIDER',
  scopes: new Set(['clients:read', 'personal-data']),
  requestId: 'req-1',
  purpose: 'Herindicatie Wmo',
  allowedPurposes: new Set(['TOELEIDING']),
};

/** A clock the test moves by hand. */
function manualClock(at = START) {
  const clock = () => at;
  return Object.assign(clock, {
    advance(seconds: number) {
      at += seconds * 1000;
    },
  });
}

let material: KeyMaterial;
beforeAll(async () => {
  material = await generateKeyMaterial('k-cache');
});

describe('the signer reuses a token per caller and subgraph', () => {
  it('gives one caller the same token for every request within the reuse window, a new one after', async () => {
    const clock = manualClock();
    const signer = await createTokenSigner(material.privateJwk, { clock });
    const first = await signer.sign(caller, AUDIENCE);
    expect(await signer.sign({ ...caller, requestId: 'req-2' }, AUDIENCE)).toBe(first);
    clock.advance(TOKEN_REUSE_SECONDS - 1);
    expect(await signer.sign({ ...caller, requestId: 'req-3' }, AUDIENCE)).toBe(first);
    clock.advance(1);
    const renewed = await signer.sign(caller, AUDIENCE);
    expect(renewed).not.toBe(first);
    expect(decodeJwt(renewed).iat).toBe(decodeJwt(first).iat! + TOKEN_REUSE_SECONDS);
  });

  it('signs once for concurrent requests of one caller', async () => {
    const signer = await createTokenSigner(material.privateJwk, { clock: manualClock() });
    const tokens = await Promise.all(
      ['a', 'b', 'c'].map((id) => signer.sign({ ...caller, requestId: id }, AUDIENCE)),
    );
    expect(new Set(tokens).size).toBe(1);
  });

  it('signs for 30 s from the clock, and names no request in the token', async () => {
    const signer = await createTokenSigner(material.privateJwk, { clock: manualClock() });
    const claims = decodeJwt(await signer.sign(caller, AUDIENCE));
    expect(claims.iat).toBe(START / 1000);
    expect(claims.exp).toBe(START / 1000 + 30);
    expect(claims).not.toHaveProperty('rid');
  });

  it('gives another token to another key, organisation, scope set, purpose, purpose limit or subgraph', async () => {
    const signer = await createTokenSigner(material.privateJwk, { clock: manualClock() });
    const base = await signer.sign(caller, AUDIENCE);
    const variants: [string, Caller, string][] = [
      ['keyId', { ...caller, keyId: 'key-2' }, AUDIENCE],
      ['organisationId', { ...caller, organisationId: 'org-2' }, AUDIENCE],
      ['organisationKind', { ...caller, organisationKind: 'MUNICIPALITY' }, AUDIENCE],
      ['scopes', { ...caller, scopes: new Set(['clients:read']) }, AUDIENCE],
      ['purpose', { ...caller, purpose: 'Toeleiding' }, AUDIENCE],
      ['no purpose', { ...caller, purpose: undefined }, AUDIENCE],
      ['allowedPurposes', { ...caller, allowedPurposes: new Set(['TOELEIDING', 'BEKOSTIGING']) }, AUDIENCE],
      ['not limited', { ...caller, allowedPurposes: undefined }, AUDIENCE],
      ['audience', caller, 'budget'],
    ];
    const tokens = new Set([base]);
    for (const [what, other, audience] of variants) {
      const token = await signer.sign(other, audience);
      expect(tokens.has(token), what).toBe(false);
      tokens.add(token);
    }
  });

  it('treats scopes and purposes as sets: their order makes no second token', async () => {
    const signer = await createTokenSigner(material.privateJwk, { clock: manualClock() });
    const a = await signer.sign(
      {
        ...caller,
        scopes: new Set(['clients:read', 'personal-data']),
        allowedPurposes: new Set(['TOELEIDING', 'BEKOSTIGING']),
      },
      AUDIENCE,
    );
    const b = await signer.sign(
      {
        ...caller,
        scopes: new Set(['personal-data', 'clients:read']),
        allowedPurposes: new Set(['BEKOSTIGING', 'TOELEIDING']),
      },
      AUDIENCE,
    );
    expect(b).toBe(a);
  });
});

describe('the verifier remembers a token until its expiry', () => {
  it('takes the request id per request, never from an earlier request with the same token', async () => {
    const clock = manualClock();
    const token = await (await createTokenSigner(material.privateJwk, { clock })).sign(caller, AUDIENCE);
    const verifier = createTokenVerifier(material.publicJwks, AUDIENCE, { clock });
    expect((await verifier.verify(token, { requestId: 'req-a' })).requestId).toBe('req-a');
    expect((await verifier.verify(token, { requestId: 'req-b' })).requestId).toBe('req-b');
    await expect(verifier.verify(token)).rejects.toThrow(TokenError);
    for (const malformed of ['', 'two words', 'x'.repeat(129), 'naïve', 'line\nbreak']) {
      await expect(verifier.verify(token, { requestId: malformed }), malformed).rejects.toThrow(
        /x-request-id/,
      );
    }
  });

  it('gives back the whole caller from its memory as from the token', async () => {
    const clock = manualClock();
    const token = await (await createTokenSigner(material.privateJwk, { clock })).sign(caller, AUDIENCE);
    const verifier = createTokenVerifier(material.publicJwks, AUDIENCE, { clock });
    const first = await verifier.verify(token, { requestId: 'req-1' });
    const again = await verifier.verify(token, { requestId: 'req-1' });
    expect(again).toEqual(caller);
    expect(first).toEqual(caller);
  });

  it('refuses a remembered token once it has expired', async () => {
    const clock = manualClock();
    const token = await (await createTokenSigner(material.privateJwk, { clock })).sign(caller, AUDIENCE);
    const verifier = createTokenVerifier(material.publicJwks, AUDIENCE, { clock });
    await expect(verifier.verify(token, { requestId: 'req-1' })).resolves.toMatchObject({ keyId: 'key-1' });
    clock.advance(29);
    await expect(verifier.verify(token, { requestId: 'req-1' })).resolves.toMatchObject({ keyId: 'key-1' });
    // Past exp and the 5 s clock tolerance every verifier allows.
    clock.advance(7);
    await expect(verifier.verify(token, { requestId: 'req-1' })).rejects.toThrow(/exp/);
  });

  it('verifies a changed token string anew, and refuses it', async () => {
    const clock = manualClock();
    const token = await (await createTokenSigner(material.privateJwk, { clock })).sign(caller, AUDIENCE);
    const verifier = createTokenVerifier(material.publicJwks, AUDIENCE, { clock });
    await verifier.verify(token, { requestId: 'req-1' });
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = { ...decodeJwt(token), orgKind: 'MUNICIPALITY' };
    const changed = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    await expect(verifier.verify(changed, { requestId: 'req-1' })).rejects.toThrow(TokenError);
    const flipped = `${header}.${payload}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
    await expect(verifier.verify(flipped, { requestId: 'req-1' })).rejects.toThrow(TokenError);
  });

  it('remembers nothing of a refused token', async () => {
    const clock = manualClock();
    // Issued 10 s ahead of this verifier's clock: refused now, taken once the clock has caught up.
    const ahead = await (await createTokenSigner(material.privateJwk, { clock: () => START + 10_000 })).sign(
      caller,
      AUDIENCE,
    );
    const verifier = createTokenVerifier(material.publicJwks, AUDIENCE, { clock });
    await expect(verifier.verify(ahead, { requestId: 'req-1' })).rejects.toThrow(TokenError);
    clock.advance(10);
    await expect(verifier.verify(ahead, { requestId: 'req-1' })).resolves.toMatchObject({ keyId: 'key-1' });
  });

  it('keeps the request id a token names itself (a gateway of before issue 19), whatever the header', async () => {
    const clock = manualClock();
    const key = await importJWK(material.privateJwk, 'EdDSA');
    const iat = START / 1000;
    const older = await new SignJWT({
      org: 'org-1',
      orgKind: 'PROVIDER',
      scopes: ['clients:read'],
      rid: 'req-own',
    })
      .setProtectedHeader({ alg: 'EdDSA', kid: material.privateJwk.kid! })
      .setIssuer(TOKEN_ISSUER)
      .setSubject('key-1')
      .setAudience(AUDIENCE)
      .setIssuedAt(iat)
      .setExpirationTime(iat + 30)
      .sign(key);
    const verifier = createTokenVerifier(material.publicJwks, AUDIENCE, { clock });
    expect((await verifier.verify(older)).requestId).toBe('req-own');
    expect((await verifier.verify(older, { requestId: 'req-header' })).requestId).toBe('req-own');
  });
});
