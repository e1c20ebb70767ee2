import { describe, expect, it } from 'vitest';
import {
  InvestigationConditionsNotMetError,
  SafetyTaskAllocatedElsewhereError,
  SafetyTaskNotAllocatedError,
  StepOutOfOrderError,
} from '../../../src/domain/safety/errors.ts';
import {
  fileInvestigation,
  missingInvestigationConditions,
} from '../../../src/domain/safety/investigation.ts';
import { BASIS, CASE, JET, TODAY } from './fixtures.ts';

const grounds = {
  developmentSeriouslyThreatened: true,
  parentsNotAcceptingCare: true,
  parentsNotExpectedToCope: false,
};

describe('the two conditions of a Verzoek tot Onderzoek (BR-YS12)', () => {
  it('holds with a seriously threatened development and either parental condition', () => {
    expect(missingInvestigationConditions(grounds)).toEqual([]);
    expect(
      missingInvestigationConditions({
        ...grounds,
        parentsNotAcceptingCare: false,
        parentsNotExpectedToCope: true,
      }),
    ).toEqual([]);
  });

  it('names each condition that is missing', () => {
    expect(missingInvestigationConditions({ ...grounds, developmentSeriouslyThreatened: false })).toEqual([
      'DEVELOPMENT_SERIOUSLY_THREATENED',
    ]);
    expect(missingInvestigationConditions({ ...grounds, parentsNotAcceptingCare: false })).toEqual([
      'PARENTS_NOT_ACCEPTING_OR_COPING',
    ]);
    expect(
      missingInvestigationConditions({
        developmentSeriouslyThreatened: false,
        parentsNotAcceptingCare: false,
        parentsNotExpectedToCope: false,
      }),
    ).toEqual(['DEVELOPMENT_SERIOUSLY_THREATENED', 'PARENTS_NOT_ACCEPTING_OR_COPING']);
  });
});

describe('filing a Verzoek tot Onderzoek (BR-YS12, BR-YS5)', () => {
  it('is filed by the allocated party, with the jeugdbeschermingstafel after it', () => {
    expect(
      fileInvestigation(
        JET,
        CASE,
        { assignee: 'JET' },
        { ...grounds, filedOn: '2021-05-01', jeugdbeschermingstafelOn: '2021-05-20' },
        TODAY,
      ),
    ).toEqual({
      caseId: CASE.id,
      filedOn: '2021-05-01',
      ...grounds,
      filedBy: 'JET',
      jeugdbeschermingstafelOn: '2021-05-20',
    });
  });

  it('is refused without its two conditions, before anything else, naming what is missing', () => {
    const refusal = fileInvestigation(
      BASIS,
      CASE,
      null,
      { ...grounds, developmentSeriouslyThreatened: false },
      TODAY,
    );
    expect(refusal).toBeInstanceOf(InvestigationConditionsNotMetError);
    expect((refusal as InvestigationConditionsNotMetError).missingConditions).toEqual([
      'DEVELOPMENT_SERIOUSLY_THREATENED',
    ]);
    expect((refusal as Error).message).toContain('ernstig wordt bedreigd');
  });

  it('waits for the task to be allocated, and is not filed by the other party', () => {
    expect(fileInvestigation(JET, CASE, null, grounds, TODAY)).toBeInstanceOf(SafetyTaskNotAllocatedError);
    expect(fileInvestigation(BASIS, CASE, { assignee: 'JET' }, grounds, TODAY)).toBeInstanceOf(
      SafetyTaskAllocatedElsewhereError,
    );
  });

  it('does not have the jeugdbeschermingstafel before the request', () => {
    expect(
      fileInvestigation(
        JET,
        CASE,
        { assignee: 'JET' },
        { ...grounds, filedOn: '2021-05-01', jeugdbeschermingstafelOn: '2021-04-30' },
        TODAY,
      ),
    ).toBeInstanceOf(StepOutOfOrderError);
  });
});
