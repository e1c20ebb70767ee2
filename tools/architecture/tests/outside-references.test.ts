import { describe, expect, it } from 'vitest';
import { outsideReferences } from '../src/outside-references.ts';
import { scratchRepository } from './fixture.ts';

const shared = ['..', 'shared'].join('/');

describe('references outside the repository, broken on purpose', () => {
  const root = scratchRepository({
    'packages/kit/src/rules.ts': `// Rules as in ${shared}/ARCHITECTURE.md\n`,
    'docs/guide.md': `The design is in [the shared folder](/work/${'shared'}/domain/README.md).\n`,
    'README.md': 'Everything is in docs/.\n',
    'packages/kit/src/ok.ts': '// See docs/architecture.md.\n',
    '.ci/run': `cat ${shared}/notes\n`,
  });

  it('names every file that points outside', () => {
    expect(outsideReferences(root, ['packages', 'docs', '.ci', 'README.md'])).toEqual([
      'packages/kit/src/rules.ts',
      'docs/guide.md',
      '.ci/run',
    ]);
  });
});
