import { describe, expect, it } from 'vitest';
import type { ApiKeyRow, ApiKeySecretRow } from '../src/db/tables.ts';
import {
  checkExpiry,
  checkGrantable,
  checkNothingCleared,
  checkPurposesGrantable,
  type KeyAdministrator,
  mayManage,
} from '../src/keys/administration-rules.ts';
import {
  checkAllowedPurposes,
  checkApps,
  checkName,
  checkOrganisation,
  checkScopes,
} from '../src/keys/key-input.ts';
import { createLastUseRecorder, isLastUseDue, LAST_USE_RESOLUTION_MS } from '../src/keys/last-use.ts';
import { checkRotatable, graceEnd, MAX_GRACE_MS } from '../src/keys/rotation.ts';
import { bearerSecret, secretRefusal } from '../src/keys/validity.ts';
import { keyView, knownPurposes } from '../src/keys/view.ts';

// The decisions about keys, without a database: each rule alone.

const NOW = new Date('2030-06-01T12:00:00Z');
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs);

describe('reading the Authorization header', () => {
  it('takes the key after "Bearer", in any case, around whitespace', () => {
    expect(bearerSecret('Bearer msk_abc')).toEqual({ secret: 'msk_abc' });
    expect(bearerSecret('  bearer   msk_abc ')).toEqual({ secret: 'msk_abc' });
  });

  it('refuses a missing header, and anything but "Bearer <key>"', () => {
    expect(bearerSecret(undefined)).toEqual({ refusal: 'missing' });
    expect(bearerSecret('')).toEqual({ refusal: 'missing' });
    expect(bearerSecret('msk_abc')).toEqual({ refusal: 'malformed' });
    expect(bearerSecret('Basic msk_abc')).toEqual({ refusal: 'malformed' });
    expect(bearerSecret('Bearer msk_a msk_b')).toEqual({ refusal: 'malformed' });
  });
});

describe('whether a known secret works now', () => {
  const live = { revokedAt: null, expiresAt: null };
  const current = { retiresAt: null };

  it('works while its key is neither revoked nor expired and it is not retired', () => {
    expect(secretRefusal(live, current, NOW)).toBeUndefined();
    expect(secretRefusal({ revokedAt: null, expiresAt: at(1) }, { retiresAt: at(1) }, NOW)).toBeUndefined();
  });

  it('stops at the very moment of revocation, expiry or retirement', () => {
    expect(secretRefusal({ revokedAt: NOW, expiresAt: null }, current, NOW)).toBe('revoked');
    expect(secretRefusal({ revokedAt: null, expiresAt: NOW }, current, NOW)).toBe('expired');
    expect(secretRefusal(live, { retiresAt: NOW }, NOW)).toBe('retired');
  });

  it('names revocation before expiry, and both before retirement', () => {
    expect(secretRefusal({ revokedAt: at(-1), expiresAt: at(-1) }, { retiresAt: at(-1) }, NOW)).toBe(
      'revoked',
    );
    expect(secretRefusal({ revokedAt: null, expiresAt: at(-1) }, { retiresAt: at(-1) }, NOW)).toBe('expired');
  });
});

describe('rotation', () => {
  it('retires the replaced secrets after the grace period, from 0 (at once) to 30 days', () => {
    expect(graceEnd(0, NOW)).toEqual(NOW);
    expect(graceEnd(3_600_000, NOW)).toEqual(at(3_600_000));
    expect(graceEnd(MAX_GRACE_MS, NOW)).toEqual(at(30 * 24 * 3_600_000));
  });

  it('refuses a grace period that is negative, fractional or beyond 30 days', () => {
    for (const graceMs of [-1, 0.5, MAX_GRACE_MS + 1, Number.NaN])
      expect(() => graceEnd(graceMs, NOW)).toThrow(/between 0 and 30 days/);
  });

  it('gives no new secret to a revoked or expired key', () => {
    expect(() => checkRotatable({ id: 'k', revokedAt: at(1), expiresAt: null }, NOW)).toThrow(/revoked/);
    expect(() => checkRotatable({ id: 'k', revokedAt: null, expiresAt: NOW }, NOW)).toThrow(/expired/);
    expect(() => checkRotatable({ id: 'k', revokedAt: null, expiresAt: at(1) }, NOW)).not.toThrow();
  });
});

describe('last use', () => {
  it('is due when never written, or a minute after it was last written', () => {
    expect(isLastUseDue(undefined, NOW.getTime())).toBe(true);
    expect(isLastUseDue(NOW.getTime(), NOW.getTime() + LAST_USE_RESOLUTION_MS - 1)).toBe(false);
    expect(isLastUseDue(NOW.getTime(), NOW.getTime() + LAST_USE_RESOLUTION_MS)).toBe(true);
  });

  it('is written at most once a minute per secret', async () => {
    const writes: [string, Date][] = [];
    const record = createLastUseRecorder(async (hash, when) => void writes.push([hash, when]));
    await record('a', NOW);
    await record('a', at(30_000));
    await record('b', at(30_000));
    await record('a', at(60_000));
    expect(writes).toEqual([
      ['a', NOW],
      ['b', at(30_000)],
      ['a', at(60_000)],
    ]);
  });
});

describe('what a key may be made of', () => {
  it('a name of 1 to 100 characters, trimmed', () => {
    expect(checkName('  partner  ')).toBe('partner');
    expect(() => checkName('   ')).toThrow(/1 to 100 characters/);
    expect(() => checkName('x'.repeat(101))).toThrow(/1 to 100 characters/);
  });

  it('at least one known scope, each once', () => {
    expect(checkScopes(['statistics', 'statistics', 'clients:read'])).toEqual(['statistics', 'clients:read']);
    expect(() => checkScopes([])).toThrow(/at least one scope/);
    expect(() => checkScopes(['statistics', 'everything'])).toThrow(/Unknown scopes: everything/);
  });

  it('apps: none (any operation) or a non-empty list of apps with a manifest, each once, sorted', () => {
    const known = ['council', 'room-planner'];
    expect(checkApps(undefined, known)).toBeNull();
    expect(checkApps(null, known)).toBeNull();
    expect(checkApps(['room-planner', 'council', 'room-planner'], known)).toEqual([
      'council',
      'room-planner',
    ]);
    expect(() => checkApps([], known)).toThrow(/cannot be empty/);
    expect(() => checkApps(['council', 'kiosk'], known)).toThrow(
      'Unknown apps: kiosk (the apps with persisted documents are council, room-planner)',
    );
  });

  it('Jeugdwet purposes: none (not limited) or some of the four codes, each once, in the order of the article', () => {
    expect(checkAllowedPurposes(undefined)).toBeNull();
    expect(checkAllowedPurposes(null)).toBeNull();
    expect(checkAllowedPurposes(['BEKOSTIGING', 'TOELEIDING', 'BEKOSTIGING'])).toEqual([
      'TOELEIDING',
      'BEKOSTIGING',
    ]);
    expect(() => checkAllowedPurposes([])).toThrow(
      /cannot be empty \(leave it out for a key that is not limited\)/,
    );
    expect(() => checkAllowedPurposes(['TOELEIDING', 'REGIE', 'toeleiding'])).toThrow(
      'Unknown Jeugdwet purposes: REGIE, toeleiding (the purposes of Jeugdwet art. 7.4.0 are TOELEIDING, KINDERBESCHERMING, BEKOSTIGING, CONTROLE)',
    );
  });

  it('an organisation, with a kind the graph knows or none yet', () => {
    expect(checkOrganisation(' org-miep ', 'PROVIDER')).toEqual({
      organisationId: 'org-miep',
      organisationKind: 'PROVIDER',
    });
    expect(checkOrganisation('org-miep', undefined)).toEqual({
      organisationId: 'org-miep',
      organisationKind: null,
    });
    expect(() => checkOrganisation('org-miep', 'CLUB')).toThrow(/Unknown organisation kind CLUB/);
    expect(() => checkOrganisation(' ', null)).toThrow(/needs an organisation/);
  });
});

describe('a key as administrators see it', () => {
  const row: ApiKeyRow = {
    id: 'key-1',
    name: 'partner',
    organisationId: 'org-miep',
    organisationKind: 'PROVIDER',
    scopes: ['statistics'],
    apps: null,
    mayIntrospect: true,
    allowedPurposes: null,
    expiresAt: null,
    revokedAt: null,
    createdAt: at(-10_000),
    version: 3,
  };
  const secret = (prefix: string, createdAt: Date, retiresAt: Date | null, lastUsedAt: Date | null) =>
    ({
      secretHash: `hash-${prefix}`,
      prefix,
      keyId: 'key-1',
      createdAt,
      retiresAt,
      lastUsedAt,
    }) as ApiKeySecretRow;

  it('shows the current secret first, then the replaced ones newest first, never a hash', () => {
    const view = keyView(row, [
      secret('msk_oldest', at(-3000), at(-1000), at(-2500)),
      secret('msk_current', at(-1000), null, null),
      secret('msk_older', at(-2000), at(5000), at(-1500)),
    ]);
    expect(view.prefix).toBe('msk_current');
    expect(view.secrets.map((s) => s.prefix)).toEqual(['msk_current', 'msk_older', 'msk_oldest']);
    expect(view.lastUsedAt).toEqual(at(-1500));
    expect(JSON.stringify(view)).not.toContain('hash-');
  });

  it('shows a kind the graph does not know as not yet known, and a key never used as such', () => {
    const view = keyView({ ...row, organisationKind: 'CLUB' }, [secret('msk_one', NOW, null, null)]);
    expect(view.organisationKind).toBeNull();
    expect(view.lastUsedAt).toBeNull();
  });

  it('shows its Jeugdwet purposes, or null when it is not limited; an unknown stored code narrows, never lifts', () => {
    const one = [secret('msk_one', NOW, null, null)];
    expect(keyView(row, one).allowedPurposes).toBeNull();
    expect(keyView({ ...row, allowedPurposes: ['TOELEIDING', 'CONTROLE'] }, one).allowedPurposes).toEqual([
      'TOELEIDING',
      'CONTROLE',
    ]);
    expect(knownPurposes(['TOELEIDING', 'REGIE'])).toEqual(['TOELEIDING']);
    expect(knownPurposes(['REGIE'])).toEqual([]);
    expect(knownPurposes(null)).toBeNull();
  });
});

describe('key administration', () => {
  const administrator = (organisationKind: KeyAdministrator['organisationKind']): KeyAdministrator => ({
    organisationId: 'org-miep',
    organisationKind,
    scopes: new Set(['admin', 'clients:read']),
  });

  it('a municipal administrator manages every organisation, any other only its own', () => {
    expect(mayManage(administrator('MUNICIPALITY'), 'org-windkracht058')).toBe(true);
    expect(mayManage(administrator('PROVIDER'), 'org-miep')).toBe(true);
    expect(mayManage(administrator('PROVIDER'), 'org-windkracht058')).toBe(false);
  });

  it('grants only scopes the administrator holds (unknown ones are the store’s to refuse)', () => {
    expect(() => checkGrantable(administrator('PROVIDER'), ['clients:read', 'nonsense'])).not.toThrow();
    expect(() => checkGrantable(administrator('MUNICIPALITY'), ['clients:read', 'personal-data'])).toThrow(
      'You cannot grant scopes you do not hold: personal-data',
    );
  });

  it('grants only Jeugdwet purposes the administrator’s own key is limited to, when it is limited', () => {
    const unlimited = administrator('MUNICIPALITY');
    for (const purposes of [undefined, null, ['CONTROLE'], ['nonsense']])
      expect(() => checkPurposesGrantable(unlimited, purposes)).not.toThrow();
    const limited: KeyAdministrator = {
      ...unlimited,
      allowedPurposes: new Set(['BEKOSTIGING', 'TOELEIDING'] as const),
    };
    expect(() => checkPurposesGrantable(limited, ['TOELEIDING'])).not.toThrow();
    expect(() => checkPurposesGrantable(limited, ['TOELEIDING', 'CONTROLE'])).toThrow(
      'You cannot grant Jeugdwet purposes your key is not limited to: CONTROLE (yours: TOELEIDING, BEKOSTIGING)',
    );
    // A key that is not limited would have every purpose.
    for (const purposes of [undefined, null])
      expect(() => checkPurposesGrantable(limited, purposes)).toThrow(
        'Your key is limited to TOELEIDING, BEKOSTIGING: a key you make or change must be limited to some of them',
      );
  });

  it('takes an expiry only in the future', () => {
    expect(() => checkExpiry(undefined, NOW)).not.toThrow();
    expect(() => checkExpiry(null, NOW)).not.toThrow();
    expect(() => checkExpiry(at(1), NOW)).not.toThrow();
    expect(() => checkExpiry(NOW, NOW)).toThrow(/must be in the future/);
    expect(() => checkExpiry(new Date('nonsense'), NOW)).toThrow(/not a valid date/);
  });

  it('cannot set a name, scopes or the introspection setting to null', () => {
    expect(() => checkNothingCleared({ name: 'x', scopes: undefined })).not.toThrow();
    expect(() => checkNothingCleared({ name: null, mayIntrospect: null })).toThrow(
      'Cannot remove name, mayIntrospect',
    );
  });
});
