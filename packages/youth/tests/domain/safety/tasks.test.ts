import { describe, expect, it } from 'vitest';
import {
  SafetyTaskAllocatedElsewhereError,
  SafetyTaskAllocationNotAllowedError,
  SafetyTaskAlreadyAllocatedError,
  SafetyTaskNotAllocatedError,
  YouthCaseClosedError,
} from '../../../src/domain/safety/errors.ts';
import { allocateTask, partiesOf, performerOf } from '../../../src/domain/safety/tasks.ts';
import { BASIS, CASE, GI, JET, MUNICIPALITY, TODAY } from './fixtures.ts';

const stored = {
  caseId: CASE.id,
  task: 'VEILIG_THUIS_OVERDRACHT' as const,
  assignee: 'BASIS' as const,
  agreedOn: '2021-03-01',
  version: 2,
};

describe('who speaks for which party of a case (BR-YS4)', () => {
  it('the basis that opened the case, the JET on the case, the municipality for both, no one else', () => {
    expect(partiesOf(BASIS, CASE)).toEqual(['BASIS']);
    expect(partiesOf(JET, CASE)).toEqual(['JET']);
    expect(partiesOf(MUNICIPALITY, CASE)).toEqual(['BASIS', 'JET']);
    expect(partiesOf(GI, CASE)).toEqual([]);
  });
});

describe('allocating a specific safety task (BR-YS4)', () => {
  const input = { task: 'VEILIG_THUIS_OVERDRACHT' as const, assignee: 'JET' as const };

  it('allocates a first time, agreed today unless told, by the basis or the JET', () => {
    for (const caller of [BASIS, JET, MUNICIPALITY]) {
      expect(allocateTask(caller, CASE, null, input, TODAY)).toEqual({
        kind: 'INSERT',
        row: { caseId: CASE.id, task: 'VEILIG_THUIS_OVERDRACHT', assignee: 'JET', agreedOn: TODAY },
      });
    }
  });

  it('is not for another organisation involved in the case', () => {
    const refusal = allocateTask(GI, CASE, null, input, TODAY);
    expect(refusal).toBeInstanceOf(SafetyTaskAllocationNotAllowedError);
    expect(refusal).toMatchObject({ caseId: CASE.id, organisationId: 'org-gi' });
  });

  it('keeps one allocation per case and task: a second first allocation is refused, naming the version', () => {
    const refusal = allocateTask(JET, CASE, stored, input, TODAY);
    expect(refusal).toBeInstanceOf(SafetyTaskAlreadyAllocatedError);
    expect(refusal).toMatchObject({ assignee: 'BASIS', version: 2 });
  });

  it('re-allocates with the version read, and refuses a version for an allocation that does not exist', () => {
    expect(allocateTask(JET, CASE, stored, { ...input, expectedVersion: 2 }, TODAY)).toMatchObject({
      kind: 'UPDATE',
      version: 2,
      row: { assignee: 'JET' },
    });
    expect(allocateTask(JET, CASE, null, { ...input, expectedVersion: 1 }, TODAY)).toBeInstanceOf(
      SafetyTaskNotAllocatedError,
    );
  });

  it('is not agreed after the case closed', () => {
    expect(
      allocateTask(
        JET,
        { ...CASE, closedOn: '2021-05-01' },
        null,
        { ...input, agreedOn: '2021-05-02' },
        TODAY,
      ),
    ).toBeInstanceOf(YouthCaseClosedError);
  });
});

describe('carrying out a specific safety task (BR-YS5)', () => {
  it('is refused while the task is not allocated', () => {
    expect(performerOf(MUNICIPALITY, CASE, 'VERZOEK_TOT_ONDERZOEK', null)).toBeInstanceOf(
      SafetyTaskNotAllocatedError,
    );
  });

  it('is for the party it is allocated to (or the municipality), not the other', () => {
    expect(performerOf(JET, CASE, 'VERZOEK_TOT_ONDERZOEK', { assignee: 'JET' })).toBe('JET');
    expect(performerOf(MUNICIPALITY, CASE, 'VERZOEK_TOT_ONDERZOEK', { assignee: 'JET' })).toBe('JET');
    const refusal = performerOf(BASIS, CASE, 'VERZOEK_TOT_ONDERZOEK', { assignee: 'JET' });
    expect(refusal).toBeInstanceOf(SafetyTaskAllocatedElsewhereError);
    expect(refusal).toMatchObject({ assignee: 'JET', task: 'VERZOEK_TOT_ONDERZOEK' });
  });
});
