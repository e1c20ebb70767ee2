import { describe, expect, it } from 'vitest';
import { ReportWithoutMeldenWeighingError, StepOutOfOrderError } from '../../../src/domain/safety/errors.ts';
import { reportToVeiligThuis, weighReport } from '../../../src/domain/safety/meldcode.ts';
import { CASE, TODAY } from './fixtures.ts';

const assessment = { id: 'risk-assessment-1', assessedOn: '2021-04-01' };

describe('the meldcode’s weighing (BR-YS6)', () => {
  it('follows a risk assessment', () => {
    expect(weighReport(CASE, assessment, { outcome: 'MELDEN', weighedOn: '2021-04-01' }, TODAY)).toEqual({
      caseId: CASE.id,
      riskAssessmentId: 'risk-assessment-1',
      weighedOn: '2021-04-01',
      outcome: 'MELDEN',
    });
    expect(
      weighReport(CASE, assessment, { outcome: 'MELDEN', weighedOn: '2021-03-31' }, TODAY),
    ).toBeInstanceOf(StepOutOfOrderError);
  });
});

describe('a report to Veilig Thuis (BR-YS7)', () => {
  const melden = { id: 'meldcode-weighing-1', weighedOn: '2021-04-02', outcome: 'MELDEN' as const };

  it('follows a weighing that decided MELDEN, today unless told', () => {
    expect(reportToVeiligThuis(CASE, melden, {}, TODAY)).toEqual({
      caseId: CASE.id,
      direction: 'MELDING',
      occurredOn: TODAY,
      meldcodeWeighingId: 'meldcode-weighing-1',
    });
  });

  it('is refused after a weighing that decided not to report', () => {
    const refusal = reportToVeiligThuis(CASE, { ...melden, outcome: 'NIET_MELDEN' }, {}, TODAY);
    expect(refusal).toBeInstanceOf(ReportWithoutMeldenWeighingError);
    expect(refusal).toMatchObject({ meldcodeWeighingId: 'meldcode-weighing-1', outcome: 'NIET_MELDEN' });
  });

  it('is not made before the weighing', () => {
    expect(reportToVeiligThuis(CASE, melden, { reportedOn: '2021-04-01' }, TODAY)).toMatchObject({
      field: 'reportedOn',
      notBefore: '2021-04-02',
    });
  });
});
