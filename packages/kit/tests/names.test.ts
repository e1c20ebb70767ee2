import { describe, expect, it } from 'vitest';
import { ValidationError } from '../src/domain-errors.ts';
import { checkName, readableId } from '../src/names.ts';

describe('checkName', () => {
  it('trims, and leaves a missing name alone', () => {
    expect(checkName('  Amaryllis ')).toBe('Amaryllis');
    expect(checkName(undefined)).toBeUndefined();
    expect(checkName(null)).toBeUndefined();
  });

  it('refuses an empty or overlong name with a ValidationError on the field', () => {
    for (const bad of ['', '   ', 'x'.repeat(201)]) {
      expect(() => checkName(bad, 'title')).toThrow(ValidationError);
      try {
        checkName(bad, 'title');
      } catch (error) {
        expect((error as ValidationError).field).toBe('title');
      }
    }
  });
});

describe('readableId', () => {
  it('makes a stable lower-case id from a name, without accents', () => {
    expect(readableId('room', 'MFC de Wjukken')).toBe('room-mfc-de-wjukken');
    expect(readableId('org', 'M.I.E.P. Huishoudservice')).toBe('org-m-i-e-p-huishoudservice');
    expect(readableId('org', 'Café Ôost')).toBe('org-cafe-oost');
  });

  it('refuses a name without letters or digits', () => {
    expect(() => readableId('room', '!!!')).toThrow(ValidationError);
  });
});
