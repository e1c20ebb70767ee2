import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localKeyMaterial, rotateLocalKeyMaterial } from '../src/secrets.ts';

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
