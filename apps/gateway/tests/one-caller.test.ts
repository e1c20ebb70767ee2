import { describe, expect, it } from 'vitest';
import { oneCaller } from '../src/one-caller.ts';
import { PROVIDER_CALLER } from './provider-caller.ts';

const caller = PROVIDER_CALLER;
describe('oneCaller', () => {
  it('holds for requests of one caller identity, whatever their request ids', () => {
    expect(
      oneCaller(
        [caller, { ...caller, requestId: 'req-2', scopes: new Set(['personal-data', 'clients:read']) }],
        'clients',
      ),
    ).toBe(true);
  });

  it('fails for another key, organisation or purpose', () => {
    for (const other of [{ keyId: 'key-2' }, { organisationId: 'org-2' }, { purpose: undefined }]) {
      expect(oneCaller([caller, { ...caller, ...other }], 'clients')).toBe(false);
    }
  });
});
