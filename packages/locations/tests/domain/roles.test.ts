import { describe, expect, it } from 'vitest';
import {
  isBasisPresence,
  PRESENCE_ROLES,
  presenceRoleOf,
  receivesVisitors,
  WORKER_ROLES,
} from '../../src/domain/roles.ts';

describe('receivesVisitors', () => {
  it.each(['VRIJWILLIGER', 'SOCIALE_BASIS', 'BASIS', 'BEHEERDER'] as const)(
    '%s receives visitors',
    (role) => {
      expect(receivesVisitors(role)).toBe(true);
    },
  );

  it.each(['AANVULLEND', 'JET', 'SOCIALE_ZAKEN', 'OPBOUWWERKER'] as const)(
    '%s does not receive visitors',
    (role) => {
      expect(receivesVisitors(role)).toBe(false);
    },
  );

  it('covers every presence role in the lists above', () => {
    expect(PRESENCE_ROLES.filter(receivesVisitors)).toEqual([
      'VRIJWILLIGER',
      'SOCIALE_BASIS',
      'BASIS',
      'BEHEERDER',
    ]);
  });
});

describe('isBasisPresence', () => {
  it('is true only for BASIS', () => {
    expect(PRESENCE_ROLES.filter(isBasisPresence)).toEqual(['BASIS']);
  });
});

describe('presenceRoleOf', () => {
  it.each([
    ['SOCIAAL_WERKER', 'BASIS'],
    ['REGIEVOERDER', 'BASIS'],
    ['BEGELEIDER', 'AANVULLEND'],
    ['JET_LID', 'JET'],
    ['CONSULENT_SOCIALE_ZAKEN', 'SOCIALE_ZAKEN'],
    ['VRIJWILLIGER', 'VRIJWILLIGER'],
    ['OPBOUWWERKER', 'OPBOUWWERKER'],
    ['BEHEERDER', 'BEHEERDER'],
  ] as const)('%s brings %s presence', (worker, presence) => {
    expect(presenceRoleOf(worker)).toBe(presence);
  });

  it('maps every worker role to a known presence role', () => {
    for (const role of WORKER_ROLES) expect(PRESENCE_ROLES).toContain(presenceRoleOf(role));
  });
});
