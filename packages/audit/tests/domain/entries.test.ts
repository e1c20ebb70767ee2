import { describe, expect, it } from 'vitest';
import { EntriesRefused, parseEntries } from '../../src/domain/entries.ts';

const entry = { subjectType: 'Client', subjectId: 'client-00042', action: 'READ', fields: ['name'] };

describe('parseEntries', () => {
  it('takes valid entries, with fields each once and sorted', () => {
    expect(
      parseEntries({ entries: [{ ...entry, fields: ['name', 'address.street', 'bsn', 'name'] }] }),
    ).toEqual([{ ...entry, fields: ['address.street', 'bsn', 'name'] }]);
  });

  it('takes ids of several shapes, but never nine digits (a BSN)', () => {
    for (const subjectId of [
      'client-1',
      'c_1',
      '0f8fad5b-d9cb-469f-a165-70867728950e',
      '12345678',
      '1234567890',
    ]) {
      expect(parseEntries({ entries: [{ ...entry, subjectId }] })[0]!.subjectId).toBe(subjectId);
    }
    expect(() => parseEntries({ entries: [{ ...entry, subjectId: '123456782' }] })).toThrow(EntriesRefused);
  });

  it('takes a request id per entry only when told how to check one, and only a valid one', () => {
    const isRequestId = (value: unknown) => value === 'req-1';
    expect(parseEntries({ entries: [{ ...entry, requestId: 'req-1' }, entry] }, isRequestId)).toEqual([
      { ...entry, requestId: 'req-1' },
      entry,
    ]);
    expect(() => parseEntries({ entries: [entry, { ...entry, requestId: 'req-2' }] }, isRequestId)).toThrow(
      /^entries\[1\]\.requestId must be a request id$/,
    );
    expect(() => parseEntries({ entries: [{ ...entry, requestId: 'req-1' }] })).toThrow(
      /^entries\[0\]\.requestId is not taken from this writer/,
    );
  });

  it('names where the problem is, never the value', () => {
    expect(() => parseEntries({ entries: [entry, { ...entry, subjectId: '123456782' }] })).toThrow(
      /^entries\[1\]\.subjectId must be the subject's id \(never a BSN\)$/,
    );
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['fields not an array', { entries: [{ ...entry, fields: 'name' }] }],
    ['too many fields', { entries: [{ ...entry, fields: Array.from({ length: 201 }, (_, i) => `f${i}`) }] }],
    ['a field too long', { entries: [{ ...entry, fields: ['f'.repeat(101)] }] }],
    ['a field that is not text', { entries: [{ ...entry, fields: [7] }] }],
    ['an empty subject id', { entries: [{ ...entry, subjectId: '' }] }],
    ['a subject id too long', { entries: [{ ...entry, subjectId: 'c'.repeat(129) }] }],
  ])('refuses %s', (_case, body) => {
    expect(() => parseEntries(body)).toThrow(EntriesRefused);
  });
});
