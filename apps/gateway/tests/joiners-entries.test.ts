import { describe, expect, it } from 'vitest';
import { joinersEntries, oneCaller } from '../src/joiners-entries.ts';
import { PROVIDER_CALLER } from './provider-caller.ts';

const caller = PROVIDER_CALLER;
const read = (subjectId: string) => ({
  subjectType: 'Client' as const,
  subjectId,
  action: 'READ' as const,
  fields: ['name'],
});

describe('joinersEntries', () => {
  it("repeats the echoed entries for each joiner, each under the joiner's own request id", () => {
    expect(
      joinersEntries([read('c-1'), read('c-2')], [{ requestId: 'req-a' }, { requestId: 'req-b' }]),
    ).toEqual([
      { ...read('c-1'), requestId: 'req-a' },
      { ...read('c-2'), requestId: 'req-a' },
      { ...read('c-1'), requestId: 'req-b' },
      { ...read('c-2'), requestId: 'req-b' },
    ]);
  });

  it('replaces a request id the echo might carry', () => {
    expect(joinersEntries([{ ...read('c-1'), requestId: 'req-leader' }], [{ requestId: 'req-a' }])).toEqual([
      { ...read('c-1'), requestId: 'req-a' },
    ]);
  });
});

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
