import { readFileSync } from 'node:fs';
import { printSubgraphSdl } from '@mienskip/kit/schema';
import { describe, expect, it } from 'vitest';
import { isAgbCode } from '../src/domain/agb.ts';
import { schema } from '../src/schema/index.ts';

describe('schema.graphql', () => {
  it('is the SDL the code prints (run `pnpm print-schemas` then `pnpm compose` after a change)', () => {
    expect(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8')).toBe(
      printSubgraphSdl(schema),
    );
  });
});

describe('AGB code', () => {
  it('has exactly eight digits', () => {
    expect(isAgbCode('12345678')).toBe(true);
    expect(isAgbCode('01234567')).toBe(true);
    for (const wrong of ['1234567', '123456789', '1234567a', '', ' 12345678'])
      expect(isAgbCode(wrong)).toBe(false);
  });
});
