import { ACCESS_LOG_MAX_ROWS } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import { EntriesRefused, parseEntries } from '../../src/domain/entries.ts';

const entry = { subjectType: 'Client', subjectId: 'client-00042', action: 'READ', fields: ['name'] };

describe('parseEntries', () => {
  it('takes valid entries, with fields each once and sorted', () => {
    expect(
      parseEntries({ entries: [{ ...entry, fields: ['name', 'address.street', 'bsn', 'name'] }] }),
    ).toEqual({ entries: [{ ...entry, fields: ['address.street', 'bsn', 'name'] }] });
  });

  it('takes ids of several shapes, but never nine digits (a BSN)', () => {
    for (const subjectId of [
      'client-1',
      'c_1',
      '0f8fad5b-d9cb-469f-a165-70867728950e',
      '12345678',
      '1234567890',
    ]) {
      expect(parseEntries({ entries: [{ ...entry, subjectId }] }).entries[0]!.subjectId).toBe(subjectId);
    }
    expect(() => parseEntries({ entries: [{ ...entry, subjectId: '123456782' }] })).toThrow(EntriesRefused);
  });

  it('takes the requests the entries are for only when told how to check an id, and only valid ones, each once', () => {
    const isRequestId = (value: unknown) => value === 'req-1' || value === 'req-2';
    expect(parseEntries({ entries: [entry], requestIds: ['req-1', 'req-2'] }, isRequestId)).toEqual({
      entries: [entry],
      requestIds: ['req-1', 'req-2'],
    });
    expect(() => parseEntries({ entries: [entry], requestIds: ['req-1', 'req-3'] }, isRequestId)).toThrow(
      /^requestIds\[1\] must be a request id$/,
    );
    expect(() => parseEntries({ entries: [entry], requestIds: ['req-1', 'req-1'] }, isRequestId)).toThrow(
      /^requestIds must name each request once$/,
    );
    for (const requestIds of [[], 'req-1', null])
      expect(() => parseEntries({ entries: [entry], requestIds }, isRequestId)).toThrow(
        /^requestIds must list/,
      );
    expect(() => parseEntries({ entries: [entry], requestIds: ['req-1'] })).toThrow(
      /^requestIds is not taken from this writer/,
    );
    // An entry names no request of its own.
    expect(() => parseEntries({ entries: [{ ...entry, requestId: 'req-1' }] }, isRequestId)).toThrow(
      /^entries\[0\] has an unknown property$/,
    );
  });

  it('takes no more rows at once than ACCESS_LOG_MAX_ROWS: entries times the requests they are for', () => {
    const isRequestId = (value: unknown) => typeof value === 'string';
    const entries = Array.from({ length: 1000 }, (_, i) => ({ ...entry, subjectId: `client-${i}` }));
    const requestIds = (n: number) => Array.from({ length: n }, (_, i) => `req-${i}`);
    const most = ACCESS_LOG_MAX_ROWS / 1000;
    expect(parseEntries({ entries, requestIds: requestIds(most) }, isRequestId).requestIds).toHaveLength(
      most,
    );
    expect(() => parseEntries({ entries, requestIds: requestIds(most + 1) }, isRequestId)).toThrow(
      `requestIds must list between 1 and ${most} requests for 1000 entries`,
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
    ['an unknown property beside the entries', { entries: [entry], requestId: 'req-1' }],
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
