import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localKeyMaterial, localServiceKeys, rotateLocalKeyMaterial } from '../src/secrets.ts';

const dir = mkdtempSync(join(tmpdir(), 'mienskip-secrets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('local signing key', () => {
  it('is made once and kept, and rotation keeps the previous public key beside the new one', async () => {
    const first = await localKeyMaterial(dir);
    expect((await localKeyMaterial(dir)).privateJwk.kid).toBe(first.privateJwk.kid);
    const kids = await rotateLocalKeyMaterial(dir);
    const rotated = await localKeyMaterial(dir);
    expect(kids).toEqual([rotated.privateJwk.kid, first.privateJwk.kid]);
    expect(rotated.privateJwk.kid).not.toBe(first.privateJwk.kid);
    expect(rotated.publicJwks.keys.every((key) => !('d' in key))).toBe(true);
  });
});

describe('local service keys', () => {
  it('gives each subgraph a key of its own, kept, with one made for a subgraph added later', async () => {
    const first = await localServiceKeys(dir, ['clients', 'budget']);
    expect(first.clients!.privateJwk.kid).toMatch(/^service:clients:/);
    expect(first.budget!.privateJwk.kid).toMatch(/^service:budget:/);
    const again = await localServiceKeys(dir, ['clients', 'budget', 'youth']);
    expect(again.clients!.privateJwk.kid).toBe(first.clients!.privateJwk.kid);
    expect(again.youth!.privateJwk.kid).toMatch(/^service:youth:/);
    expect(again.youth!.publicJwks.keys.every((key) => !('d' in key))).toBe(true);
  });

  it('survive a rotation of the gateway key', async () => {
    const before = await localServiceKeys(dir, ['clients']);
    await rotateLocalKeyMaterial(dir);
    expect((await localServiceKeys(dir, ['clients'])).clients!.privateJwk.kid).toBe(
      before.clients!.privateJwk.kid,
    );
  });
});
