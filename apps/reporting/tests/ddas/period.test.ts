import { describe, expect, it } from 'vitest';
import { DdasUsageError } from '../../src/ddas/errors.ts';
import { caseFallsIn, knownBy, parsePeriod, signalFallsIn } from '../../src/ddas/period.ts';
import { PERIOD } from './fixtures.ts';

describe('the delivery period', () => {
  it('is two real days, the first not after the last', () => {
    expect(parsePeriod('2021-01-01', '2021-12-31')).toEqual(PERIOD);
    expect(parsePeriod('2021-03-01', '2021-03-01')).toEqual({ from: '2021-03-01', to: '2021-03-01' });
    expect(() => parsePeriod(undefined, '2021-12-31')).toThrow(DdasUsageError);
    expect(() => parsePeriod('2021-02-29', '2021-12-31')).toThrow(
      '--from 2021-02-29 is not a day written YYYY-MM-DD',
    );
    expect(() => parsePeriod('2021-01-01', '31-12-2021')).toThrow(
      '--to 31-12-2021 is not a day written YYYY-MM-DD',
    );
    expect(() => parsePeriod('2021-12-31', '2021-01-01')).toThrow(
      '--from 2021-12-31 lies after --to 2021-01-01',
    );
  });

  it('holds a case that ran on any of its days (BR-DB40)', () => {
    expect(caseFallsIn(PERIOD, '2020-05-01', null)).toBe(true);
    expect(caseFallsIn(PERIOD, '2020-05-01', '2021-01-01')).toBe(true);
    expect(caseFallsIn(PERIOD, '2020-05-01', '2020-12-31')).toBe(false);
    expect(caseFallsIn(PERIOD, '2021-12-31', null)).toBe(true);
    expect(caseFallsIn(PERIOD, '2022-01-01', null)).toBe(false);
  });

  it('holds a signal received on one of its days (BR-DB41)', () => {
    expect(signalFallsIn(PERIOD, '2021-01-01')).toBe(true);
    expect(signalFallsIn(PERIOD, '2021-12-31')).toBe(true);
    expect(signalFallsIn(PERIOD, '2020-12-31')).toBe(false);
    expect(signalFallsIn(PERIOD, '2022-01-01')).toBe(false);
  });

  it('knows a fact only by its last day (BR-DB42)', () => {
    expect(knownBy(PERIOD, '2021-12-31')).toBe('2021-12-31');
    expect(knownBy(PERIOD, '2022-01-01')).toBeUndefined();
    expect(knownBy(PERIOD, null)).toBeUndefined();
  });
});
