import { ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import { decideNote, NOTE_MAX_LENGTH } from '../../src/domain/note.ts';

describe('decideNote', () => {
  it('keeps the text, trimmed', () => {
    expect(decideNote('  Keukentafelgesprek gepland  ')).toEqual({ text: 'Keukentafelgesprek gepland' });
  });

  it('refuses an empty or too long text', () => {
    for (const text of ['', '   ', 'x'.repeat(NOTE_MAX_LENGTH + 1)])
      expect(decideNote(text)).toBeInstanceOf(ValidationError);
  });
});
