import { ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import { mayReadCaseload } from '../../src/domain/caseload.ts';
import { DebtCaseClosedError, NotDebtVolunteerError } from '../../src/domain/errors.ts';
import { everyGroup, publishedAverage, tallyCrisisNorms } from '../../src/domain/statistics.ts';
import { adviseGuardianship, assignVolunteer } from '../../src/domain/support.ts';
import { debtVisibility } from '../../src/domain/visibility.ts';
import { dutchGeneralHolidays } from '../../src/store/holidays.ts';
import { registered, TODAY } from './fixtures.ts';

const volunteer = { id: 'worker-00002', role: 'VRIJWILLIGER', organisationId: 'org-vol' };

describe('volunteers on a case (BR-DB14, the Jelle example)', () => {
  it('puts a volunteer on an open case from its registration on', () => {
    expect(
      assignVolunteer(registered(), volunteer.id, volunteer, 'ADMINISTRATIE', '2022-02-01', TODAY),
    ).toEqual({
      workerId: volunteer.id,
      task: 'ADMINISTRATIE',
      startedOn: '2022-02-01',
    });
    expect(
      assignVolunteer(registered(), volunteer.id, volunteer, 'ADMINISTRATIE', '2022-01-01', TODAY),
    ).toBeInstanceOf(ValidationError);
  });

  it('refuses a worker who is no volunteer, an unknown one and a closed case', () => {
    const worker = { id: 'worker-00001', role: 'SOCIAAL_WERKER', organisationId: 'org-amaryllis' };
    expect(
      assignVolunteer(registered(), worker.id, worker, 'ADMINISTRATIE', '2022-02-01', TODAY),
    ).toBeInstanceOf(NotDebtVolunteerError);
    expect(
      assignVolunteer(registered(), 'worker-x', null, 'ADMINISTRATIE', '2022-02-01', TODAY),
    ).toBeInstanceOf(NotDebtVolunteerError);
    const closed = registered({ outflowOn: '2022-02-01', outflowReason: 'ZELF' });
    expect(
      assignVolunteer(closed, volunteer.id, volunteer, 'ADMINISTRATIE', '2022-02-01', TODAY),
    ).toBeInstanceOf(DebtCaseClosedError);
  });
});

describe('guardianship advice (BR-DB13)', () => {
  it('advises after the registration, not in the future, also after outflow', () => {
    expect(adviseGuardianship(registered(), '2022-03-01', 'POSITIEF', TODAY)).toEqual({
      advisedOn: '2022-03-01',
      advice: 'POSITIEF',
    });
    expect(adviseGuardianship(registered(), '2021-12-01', 'POSITIEF', TODAY)).toBeInstanceOf(ValidationError);
    expect(adviseGuardianship(registered(), '2023-01-01', 'NEGATIEF', TODAY)).toBeInstanceOf(ValidationError);
    const closed = registered({ outflowOn: '2022-02-01', outflowReason: 'ZELF' });
    expect(adviseGuardianship(closed, '2022-03-01', 'NEGATIEF', TODAY)).toMatchObject({ advice: 'NEGATIEF' });
  });
});

describe('sight (BR-DB9) and the caseload (BR-DB18)', () => {
  it('shows the municipality all, any other organisation its own', () => {
    expect(debtVisibility({ organisationId: 'org-gemeente', organisationKind: 'MUNICIPALITY' })).toEqual({
      kind: 'ALL',
    });
    expect(
      debtVisibility({ organisationId: 'org-curatieve-schuldhulp', organisationKind: 'PARTNER' }),
    ).toEqual({
      kind: 'INVOLVED',
      organisationId: 'org-curatieve-schuldhulp',
    });
  });

  it('answers the caseload to a service and the organisation itself only', () => {
    expect(
      mayReadCaseload({ keyId: 'service:clients', organisationId: 'x' }, 'org-curatieve-schuldhulp'),
    ).toBe(true);
    expect(
      mayReadCaseload(
        { keyId: 'key-1', organisationId: 'org-curatieve-schuldhulp' },
        'org-curatieve-schuldhulp',
      ),
    ).toBe(true);
    expect(
      mayReadCaseload({ keyId: 'key-2', organisationId: 'org-amaryllis' }, 'org-curatieve-schuldhulp'),
    ).toBe(false);
  });
});

describe('statistics (BR-DB16)', () => {
  it('lists every group, zero included, in the catalogue’s order', () => {
    expect(everyGroup(['A', 'B', 'C'], [{ key: 'C', n: '3' }])).toEqual([
      { key: 'A', n: 0 },
      { key: 'B', n: 0 },
      { key: 'C', n: 3 },
    ]);
  });

  it('tallies the crisis norm of a cell over working days, counting each day pair n times (BR-DB49)', () => {
    // Friday 21 May 2021, before tweede pinksterdag (24 May): the third working day is Thursday 27 May.
    const holidays = dutchGeneralHolidays(2021, 2022);
    const crises = [
      { reportedOn: '2021-05-21', firstConversationOn: '2021-05-27', n: 2 },
      { reportedOn: '2021-05-21', firstConversationOn: '2021-05-28', n: 1 },
      { reportedOn: '2021-05-21', firstConversationOn: null, n: 3 },
    ];
    expect(tallyCrisisNorms(crises, '2021-05-27', holidays)).toEqual({ met: 2, missed: 1, pending: 3 });
    expect(tallyCrisisNorms(crises, '2021-05-28', holidays)).toEqual({ met: 2, missed: 4, pending: 0 });
    expect(tallyCrisisNorms(crises, '2021-05-27', new Set())).toEqual({ met: 0, missed: 6, pending: 0 });
  });

  it('publishes an average only beside a count that is not secret', () => {
    expect(publishedAverage(41.6, false)).toBe(42);
    expect(publishedAverage(41.6, true)).toBeNull();
    expect(publishedAverage(null, false)).toBeNull();
  });
});
