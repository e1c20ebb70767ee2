import type { Caller, ValidationError } from '@mienskip/kit/rules';
import { SAFETY_TASK_ASSIGNEES, type SafetyTask, type SafetyTaskAssignee } from '../codes.ts';
import { eventDateRefusal, type SafetyCase } from './case.ts';
import {
  SafetyTaskAllocatedElsewhereError,
  SafetyTaskAllocationNotAllowedError,
  SafetyTaskAlreadyAllocatedError,
  SafetyTaskNotAllocatedError,
  type YouthCaseClosedError,
} from './errors.ts';

/** A case's allocation of one specific safety task, as stored. */
export interface TaskAllocation {
  caseId: string;
  task: SafetyTask;
  assignee: SafetyTaskAssignee;
  agreedOn: string;
  version: number;
}

/**
 * The parties of a case the caller speaks for (BR-YS4): the municipality for both; the organisation
 * that opened the case for BASIS; the JET's organisations on the case (process director, consultation,
 * decision) for JET. Any other organisation involved (a provider, a GI) for neither.
 */
export function partiesOf(
  caller: Pick<Caller, 'organisationId' | 'organisationKind'>,
  safetyCase: Pick<SafetyCase, 'openedByOrganisationId' | 'jetOrganisationIds'>,
): SafetyTaskAssignee[] {
  if (caller.organisationKind === 'MUNICIPALITY') return [...SAFETY_TASK_ASSIGNEES];
  const parties: SafetyTaskAssignee[] = [];
  if (caller.organisationId === safetyCase.openedByOrganisationId) parties.push('BASIS');
  if (safetyCase.jetOrganisationIds.includes(caller.organisationId)) parties.push('JET');
  return parties;
}

/** What `allocateTask` decided: a first allocation, or a re-allocation of the stored one. */
export type AllocationChange =
  | { kind: 'INSERT'; row: Omit<TaskAllocation, 'version'> }
  | { kind: 'UPDATE'; row: Omit<TaskAllocation, 'version'>; version: number };

/**
 * Taakverdeling veiligheid (BR-YS4): each specific safety task of a case is allocated to BASIS or JET,
 * agreed per case with the JET, so recorded by the case's basis, its JET or the municipality. One
 * allocation per case and task: a first one without `expectedVersion`, a re-allocation with the
 * version read (a stale one is the store's `VersionConflictError`).
 */
export function allocateTask(
  caller: Pick<Caller, 'organisationId' | 'organisationKind'>,
  safetyCase: SafetyCase,
  existing: TaskAllocation | null,
  input: {
    task: SafetyTask;
    assignee: SafetyTaskAssignee;
    agreedOn?: string | null;
    expectedVersion?: number | null;
  },
  today: string,
):
  | AllocationChange
  | SafetyTaskAllocationNotAllowedError
  | SafetyTaskAlreadyAllocatedError
  | SafetyTaskNotAllocatedError
  | ValidationError
  | YouthCaseClosedError {
  if (partiesOf(caller, safetyCase).length === 0)
    return new SafetyTaskAllocationNotAllowedError(safetyCase.id, caller.organisationId);
  const agreedOn = input.agreedOn ?? today;
  const refusal = eventDateRefusal(safetyCase, agreedOn, today, 'agreedOn');
  if (refusal) return refusal;
  const row = { caseId: safetyCase.id, task: input.task, assignee: input.assignee, agreedOn };
  if (existing === null) {
    if (input.expectedVersion != null) return new SafetyTaskNotAllocatedError(safetyCase.id, input.task);
    return { kind: 'INSERT', row };
  }
  if (input.expectedVersion == null)
    return new SafetyTaskAlreadyAllocatedError(
      safetyCase.id,
      input.task,
      existing.assignee,
      existing.version,
    );
  return { kind: 'UPDATE', row, version: input.expectedVersion };
}

/**
 * Who carries out a specific safety task (BR-YS5): the party it is allocated to for the case; refused
 * while it is not allocated, and for a caller who does not speak for that party.
 */
export function performerOf(
  caller: Pick<Caller, 'organisationId' | 'organisationKind'>,
  safetyCase: SafetyCase,
  task: SafetyTask,
  allocation: Pick<TaskAllocation, 'assignee'> | null,
): SafetyTaskAssignee | SafetyTaskNotAllocatedError | SafetyTaskAllocatedElsewhereError {
  if (allocation === null) return new SafetyTaskNotAllocatedError(safetyCase.id, task);
  if (!partiesOf(caller, safetyCase).includes(allocation.assignee))
    return new SafetyTaskAllocatedElsewhereError(safetyCase.id, task, allocation.assignee);
  return allocation.assignee;
}
