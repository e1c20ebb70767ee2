import { ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import {
  SafetyPlanWithoutFamilyError,
  SafetyTaskAllocatedElsewhereError,
  SafetyTaskNotAllocatedError,
  StepOutOfOrderError,
} from '../../../src/domain/safety/errors.ts';
import { drawUpSafetyPlan } from '../../../src/domain/safety/plan.ts';
import { BASIS, CASE, JET, TODAY } from './fixtures.ts';

const assessment = { id: 'risk-assessment-1', assessedOn: '2021-04-01' };
const input = { madeWithFamily: true, followUpSteps: ' Dagelijks contact met school ' };

describe('a veiligheids- en herstelplan (BR-YS3, BR-YS5)', () => {
  it('is drawn up by the allocated party, recorded as drawnUpBy', () => {
    expect(drawUpSafetyPlan(JET, CASE, assessment, { assignee: 'JET' }, input, TODAY)).toEqual({
      caseId: CASE.id,
      riskAssessmentId: 'risk-assessment-1',
      drawnUpOn: TODAY,
      madeWithFamily: true,
      followUpSteps: 'Dagelijks contact met school',
      drawnUpBy: 'JET',
    });
  });

  it('is made with the family', () => {
    expect(
      drawUpSafetyPlan(
        JET,
        CASE,
        assessment,
        { assignee: 'JET' },
        { ...input, madeWithFamily: false },
        TODAY,
      ),
    ).toBeInstanceOf(SafetyPlanWithoutFamilyError);
  });

  it('waits for the task to be allocated, and is not drawn up by the other party', () => {
    expect(drawUpSafetyPlan(JET, CASE, assessment, null, input, TODAY)).toBeInstanceOf(
      SafetyTaskNotAllocatedError,
    );
    expect(drawUpSafetyPlan(BASIS, CASE, assessment, { assignee: 'JET' }, input, TODAY)).toBeInstanceOf(
      SafetyTaskAllocatedElsewhereError,
    );
  });

  it('has follow-up steps and follows its assessment', () => {
    expect(
      drawUpSafetyPlan(JET, CASE, assessment, { assignee: 'JET' }, { ...input, followUpSteps: ' ' }, TODAY),
    ).toBeInstanceOf(ValidationError);
    const early = drawUpSafetyPlan(
      JET,
      CASE,
      assessment,
      { assignee: 'JET' },
      { ...input, drawnUpOn: '2021-03-31' },
      TODAY,
    );
    expect(early).toBeInstanceOf(StepOutOfOrderError);
    expect(early).toMatchObject({ field: 'drawnUpOn', notBefore: '2021-04-01' });
  });
});
