import { describe, expect, it } from 'vitest';
import { MAX_PURPOSE_LENGTH, parsePurpose } from '../src/purpose.ts';

describe('parsePurpose', () => {
  it('keeps short printable text, trimmed', () => {
    expect(parsePurpose('  Herindicatie Wmo — keukentafelgesprek ')).toBe(
      'Herindicatie Wmo — keukentafelgesprek',
    );
    expect(parsePurpose('x'.repeat(MAX_PURPOSE_LENGTH))).toHaveLength(MAX_PURPOSE_LENGTH);
  });

  it.each([
    ['absent', undefined],
    ['not text', 42],
    ['empty', '   '],
    ['too long', 'x'.repeat(MAX_PURPOSE_LENGTH + 1)],
    ['with a line break', 'one\ntwo'],
    ['with a control character', 'bell\u0007'],
    ['with an invisible format character', 'zero\u200bwidth'],
  ])('ignores a purpose that is %s', (_case, raw) => {
    expect(parsePurpose(raw)).toBeUndefined();
  });
});
