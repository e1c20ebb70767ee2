import { describe, expect, it } from 'vitest';
import {
  crisisDeadline,
  crisisNorm,
  recordCrisisConversation,
  reportCrisis,
  resolveCrisis,
} from '../../src/domain/crisis.ts';
import {
  CrisisOnClosedCaseError,
  CrisisStepRecordedError,
  CrisisWithoutConversationError,
  SignalDateError,
} from '../../src/domain/signals-errors.ts';
import { dutchGeneralHolidays } from '../../src/store/holidays.ts';

const holidays = dutchGeneralHolidays(2020, 2022);

describe('the Wgs norm: a first conversation within 3 working days of a crisis (BR-DB21)', () => {
  it('over Easter 2021: reported Thursday 1 April, the deadline is Wednesday 7 April', () => {
    expect(crisisDeadline('2021-04-01', holidays)).toBe('2021-04-07');
    expect(crisisNorm('2021-04-01', '2021-04-07', '2021-05-01', holidays)).toBe('MET');
    expect(crisisNorm('2021-04-01', '2021-04-08', '2021-05-01', holidays)).toBe('MISSED');
  });

  it('over Christmas 2020: reported Wednesday 23 December, the deadline is Tuesday 29 December', () => {
    expect(crisisNorm('2020-12-23', '2020-12-29', '2021-01-10', holidays)).toBe('MET');
    expect(crisisNorm('2020-12-23', '2020-12-30', '2021-01-10', holidays)).toBe('MISSED');
  });

  it('over Koningsdag 2021: reported Friday 23 April, the deadline is Thursday 29 April', () => {
    expect(crisisNorm('2021-04-23', '2021-04-29', '2021-05-10', holidays)).toBe('MET');
    expect(crisisNorm('2021-04-23', '2021-04-29', '2021-05-10', new Set())).toBe('MISSED');
  });

  it('pending while the term runs, missed once it has passed without a conversation', () => {
    expect(crisisNorm('2021-04-01', null, '2021-04-07', holidays)).toBe('PENDING');
    expect(crisisNorm('2021-04-01', null, '2021-04-08', holidays)).toBe('MISSED');
    expect(crisisNorm('2021-04-01', '2021-04-01', '2021-04-01', holidays)).toBe('MET');
  });
});

describe('crisis steps', () => {
  const openCase = { id: 'case-1', registeredOn: '2021-03-01', outflowOn: null };
  const crisis = { id: 'crisis-1', reportedOn: '2021-04-01', firstConversationOn: null, handledOn: null };

  it('a crisis is reported on an open case, not before its registration nor in the future (BR-DB33)', () => {
    expect(
      reportCrisis(openCase, { kind: 'AFSLUITING_GAS', reportedOn: '2021-04-01' }, '2021-04-02'),
    ).toEqual({
      caseId: 'case-1',
      kind: 'AFSLUITING_GAS',
      reportedOn: '2021-04-01',
    });
    expect(
      reportCrisis(
        { ...openCase, outflowOn: '2021-03-20' },
        { kind: 'AFSLUITING_GAS', reportedOn: '2021-04-01' },
        '2021-04-02',
      ),
    ).toBeInstanceOf(CrisisOnClosedCaseError);
    const early = reportCrisis(openCase, { kind: 'AFSLUITING_GAS', reportedOn: '2021-02-28' }, '2021-04-02');
    expect(early).toBeInstanceOf(SignalDateError);
    expect((early as SignalDateError).notBefore).toBe('2021-03-01');
    expect(
      reportCrisis(openCase, { kind: 'AFSLUITING_GAS', reportedOn: '2021-04-03' }, '2021-04-02'),
    ).toBeInstanceOf(SignalDateError);
  });

  it('the first conversation once, not before the report nor in the future (BR-DB34)', () => {
    expect(recordCrisisConversation(crisis, '2021-04-02', '2021-04-02')).toEqual({
      firstConversationOn: '2021-04-02',
    });
    expect(recordCrisisConversation(crisis, '2021-03-31', '2021-04-02')).toBeInstanceOf(SignalDateError);
    expect(recordCrisisConversation(crisis, '2021-04-03', '2021-04-02')).toBeInstanceOf(SignalDateError);
    expect(
      recordCrisisConversation({ ...crisis, firstConversationOn: '2021-04-02' }, '2021-04-06', '2021-04-10'),
    ).toBeInstanceOf(CrisisStepRecordedError);
  });

  it('handled once, after its first conversation (BR-DB35)', () => {
    const talked = { ...crisis, firstConversationOn: '2021-04-06' };
    expect(resolveCrisis(crisis, '2021-04-06', '2021-04-10')).toBeInstanceOf(CrisisWithoutConversationError);
    expect(resolveCrisis(talked, '2021-04-05', '2021-04-10')).toBeInstanceOf(SignalDateError);
    expect(resolveCrisis(talked, '2021-04-11', '2021-04-10')).toBeInstanceOf(SignalDateError);
    expect(resolveCrisis(talked, '2021-04-09', '2021-04-10')).toEqual({ handledOn: '2021-04-09' });
    expect(resolveCrisis({ ...talked, handledOn: '2021-04-09' }, '2021-04-10', '2021-04-10')).toBeInstanceOf(
      CrisisStepRecordedError,
    );
  });
});
