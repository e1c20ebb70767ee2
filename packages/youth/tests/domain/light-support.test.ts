import { NotFoundError, ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import { NotBasisWorkerError, YouthCaseClosedError } from '../../src/domain/errors.ts';
import { endLightSupport, startLightSupport } from '../../src/domain/light-support.ts';
import { aCase, BASIS_WORKER, JET_MEMBER, TODAY, VOLUNTEER } from './fixtures.ts';

const input = {
  goals: ['GEZINSCOMMUNICATIE', 'INFORMATIE_EN_ADVIES'] as const,
  startedOn: '2022-01-10',
  workerId: BASIS_WORKER.id,
};

describe('light parenting support (BR-Y5, R-004-12)', () => {
  it('starts at once on a new case, without beschikking, consultation or decision, by a basis worker', () => {
    // The case opened today's morning, nothing else happened: no JET step is needed.
    expect(startLightSupport(aCase({ route: 'SOCIALE_BASIS' }), input, BASIS_WORKER, TODAY)).toEqual({
      goals: ['INFORMATIE_EN_ADVIES', 'GEZINSCOMMUNICATIE'],
      startedOn: '2022-01-10',
      workerId: BASIS_WORKER.id,
      organisationId: 'org-amaryllis',
    });
  });

  it('has one or more of the six goals, each once', () => {
    expect(startLightSupport(aCase(), { ...input, goals: [] }, BASIS_WORKER, TODAY)).toBeInstanceOf(
      ValidationError,
    );
    expect(
      startLightSupport(
        aCase(),
        { ...input, goals: ['GEZINSCOMMUNICATIE', 'GEZINSCOMMUNICATIE'] },
        BASIS_WORKER,
        TODAY,
      ),
    ).toBeInstanceOf(ValidationError);
    expect(
      startLightSupport(aCase(), { ...input, goals: ['NOT_A_GOAL' as never] }, BASIS_WORKER, TODAY),
    ).toBeInstanceOf(ValidationError);
  });

  it('is given by the basis: not by a volunteer or the JET, nor an unknown worker', () => {
    expect(startLightSupport(aCase(), input, VOLUNTEER, TODAY)).toBeInstanceOf(NotBasisWorkerError);
    expect(startLightSupport(aCase(), input, JET_MEMBER, TODAY)).toBeInstanceOf(NotBasisWorkerError);
    expect(startLightSupport(aCase(), input, null, TODAY)).toBeInstanceOf(NotFoundError);
  });

  it('starts in an open case, not before it opened', () => {
    expect(startLightSupport(aCase({ closedOn: '2022-02-01' }), input, BASIS_WORKER, TODAY)).toBeInstanceOf(
      YouthCaseClosedError,
    );
    expect(
      startLightSupport(aCase(), { ...input, startedOn: '2022-01-09' }, BASIS_WORKER, TODAY),
    ).toBeInstanceOf(ValidationError);
  });

  it('ends once, not before it started', () => {
    const support = { startedOn: '2022-01-10', endedOn: null };
    expect(endLightSupport(support, '2022-03-01', TODAY)).toEqual({ endedOn: '2022-03-01' });
    expect(endLightSupport(support, '2022-01-01', TODAY)).toBeInstanceOf(ValidationError);
    expect(endLightSupport({ ...support, endedOn: '2022-02-01' }, '2022-03-01', TODAY)).toBeInstanceOf(
      ValidationError,
    );
  });
});
