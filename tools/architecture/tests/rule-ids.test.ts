import { describe, expect, it } from 'vitest';
import { listedIds, ruleIdsIn, unlistedRuleIds } from '../src/rule-ids.ts';
import { scratchRepository } from './fixture.ts';

describe('rule ids', () => {
  it('reads ids, lists and ranges as the catalogue of rules defines them', () => {
    expect(ruleIdsIn('one household, one plan (BR-K3); BR-CL4 and BR-KT2')).toEqual([
      'BR-CL4',
      'BR-K3',
      'BR-KT2',
    ]);
    expect(ruleIdsIn('BR-E1–E3, BR-A3/A4, BR-R1/BR-R2')).toEqual([
      'BR-A3',
      'BR-A4',
      'BR-E1',
      'BR-E2',
      'BR-E3',
      'BR-R1',
      'BR-R2',
    ]);
    expect(ruleIdsIn('R-004-30 (P5, P11); not SHA-256, UTF-8 or HTTP2')).toEqual(['P11', 'P5', 'R-004-30']);
  });

  it('names each id the code uses that docs/rules.md does not list, with where (broken on purpose)', () => {
    const root = scratchRepository({
      'packages/x/src/a.ts': '// BR-A3, BR-E1–E3 and R-004-30\n',
      'apps/y/tests/b.test.ts': '// the regie (P4, BR-R1/R2)\n',
      'docs/rules.md': '| BR-A3 | … |\n| BR-E1 | … |\n| BR-E3 | … |\n| BR-R1 | … |\n| R-004-30 | … |\n',
    });
    expect(listedIds('| BR-A3 | … | P1–P18 |')).toEqual(new Set(['BR-A3', 'P1', 'P18']));
    expect(Object.fromEntries(unlistedRuleIds(root, ['packages', 'apps'], 'docs/rules.md'))).toEqual({
      'BR-E2': ['packages/x/src/a.ts'],
      'BR-R2': ['apps/y/tests/b.test.ts'],
      P4: ['apps/y/tests/b.test.ts'],
    });
  });
});
