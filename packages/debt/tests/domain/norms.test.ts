import { describe, expect, it } from 'vitest';
import { fourWeekNorm } from '../../src/domain/norms.ts';

describe('the Wgs four-week norm (BR-DB15)', () => {
  it('is MET with a first conversation on or before day 28', () => {
    expect(fourWeekNorm('2022-01-03', '2022-01-31', '2022-12-31')).toBe('MET');
    expect(fourWeekNorm('2022-01-03', '2022-01-03', '2022-12-31')).toBe('MET');
  });

  it('is MISSED with a later conversation, or none when 28 days passed', () => {
    expect(fourWeekNorm('2022-01-03', '2022-02-01', '2022-12-31')).toBe('MISSED');
    expect(fourWeekNorm('2022-01-03', null, '2022-02-01')).toBe('MISSED');
  });

  it('is PENDING inside the 28 days without a conversation', () => {
    expect(fourWeekNorm('2022-01-03', null, '2022-01-31')).toBe('PENDING');
    expect(fourWeekNorm('2022-01-03', null, '2022-01-03')).toBe('PENDING');
  });
});
