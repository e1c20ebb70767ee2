import { ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import { adultProblemsRefusal, assessRisk } from '../../../src/domain/safety/assessment.ts';
import { AdultProblemsNotAssessedError, ChildNotInCaseError } from '../../../src/domain/safety/errors.ts';
import { CASE, ONE_CHILD, TODAY } from './fixtures.ts';

const full = {
  adultProblemsAssessed: true,
  childId: 'client-child-a',
  assessorId: 'worker-00009',
  adultProblemsRisk: false,
  outcome: 'ZORGEN' as const,
};

describe('a risk assessment (BR-YS2)', () => {
  it('always assesses adult problems, also without signals from the child: refused first when not', () => {
    expect(adultProblemsRefusal({ adultProblemsAssessed: false })).toBeInstanceOf(
      AdultProblemsNotAssessedError,
    );
    expect(adultProblemsRefusal({ adultProblemsAssessed: true })).toBeUndefined();
    // Checked before anything else: the input below breaks every other rule too.
    const refusal = assessRisk(CASE, { adultProblemsAssessed: false, childId: 'client-other' }, TODAY);
    expect(refusal).toBeInstanceOf(AdultProblemsNotAssessedError);
    expect(refusal).toMatchObject({ field: 'adultProblemsAssessed' });
  });

  it('records a full assessment, today unless told', () => {
    expect(assessRisk(CASE, full, TODAY)).toEqual({
      caseId: CASE.id,
      childId: 'client-child-a',
      assessedOn: TODAY,
      assessorId: 'worker-00009',
      adultProblemsAssessed: true,
      adultProblemsRisk: false,
      outcome: 'ZORGEN',
    });
  });

  it('defaults to the only child, and needs the child named on a case with several', () => {
    expect(assessRisk(ONE_CHILD, { ...full, childId: null }, TODAY)).toMatchObject({
      childId: 'client-child-a',
    });
    expect(assessRisk(CASE, { ...full, childId: null }, TODAY)).toMatchObject({ field: 'childId' });
    expect(assessRisk(CASE, { ...full, childId: 'client-other' }, TODAY)).toBeInstanceOf(ChildNotInCaseError);
  });

  it('needs the adult-problems risk, an assessor and an outcome', () => {
    for (const [missing, input] of [
      ['adultProblemsRisk', { ...full, adultProblemsRisk: null }],
      ['assessorId', { ...full, assessorId: '  ' }],
      ['outcome', { ...full, outcome: undefined }],
    ] as const) {
      const refusal = assessRisk(CASE, input, TODAY);
      expect(refusal).toBeInstanceOf(ValidationError);
      expect(refusal).toMatchObject({ field: missing });
    }
  });

  it('refuses a date in the future (BR-YS13)', () => {
    expect(assessRisk(CASE, { ...full, assessedOn: '2021-06-02' }, TODAY)).toMatchObject({
      field: 'assessedOn',
    });
  });
});
