import { isUniqueViolation } from '@mienskip/kit/db';
import { NotFoundError, ValidationError, VersionConflictError } from '@mienskip/kit/rules';
import type { SafetyTaskAllocationRow } from '../../db/tables.ts';
import {
  SafetyTaskAllocationNotAllowedError,
  SafetyTaskAlreadyAllocatedError,
  SafetyTaskNotAllocatedError,
  unlessRefused,
  YouthCaseClosedError,
} from '../../domain/safety/errors.ts';
import { allocateTask } from '../../domain/safety/tasks.ts';
import { allocationOf, writeAllocation } from '../../store/safety/allocations.ts';
import { today } from '../../store/safety/clock.ts';
import { addProvenanceField, builder, WRITE } from '../builder.ts';
import { SafetyTask, SafetyTaskAssignee } from './enums.ts';
import { onCase } from './shared.ts';

export const SafetyTaskAllocation = builder
  .objectRef<SafetyTaskAllocationRow>('SafetyTaskAllocation')
  .implement({
    description:
      'Taakverdeling veiligheid (E44): which party carries one of the four specific child-safety tasks of a case, ' +
      'agreed per case with the JET (in samenspraak met het JET, op casusniveau; BR-YS4).',
    fields: (t) => ({
      task: t.field({ type: SafetyTask, description: 'The task.', resolve: (row) => row.task }),
      assignee: t.field({
        type: SafetyTaskAssignee,
        description: 'Who carries it.',
        resolve: (row) => row.assignee,
      }),
      agreedOn: t.expose('agreedOn', { type: 'Date', description: 'When it was agreed (last).' }),
      version: t.exposeInt('version', { description: 'Send it as `expectedVersion` to re-allocate.' }),
    }),
  });
addProvenanceField(SafetyTaskAllocation);

const AllocateSafetyTaskInput = builder.inputType('AllocateSafetyTaskInput', {
  description: 'Allocate a specific safety task of a case to BASIS or JET, or re-allocate it.',
  fields: (t) => ({
    caseId: t.id({ required: true, description: 'The youth case (jeugdcasus).' }),
    task: t.field({ type: SafetyTask, required: true, description: 'The task.' }),
    assignee: t.field({ type: SafetyTaskAssignee, required: true, description: 'Who carries it.' }),
    agreedOn: t.field({ type: 'Date', description: 'When it was agreed with the JET (default today).' }),
    expectedVersion: t.int({
      description:
        'To re-allocate: the version of the allocation you read. Leave it out for a first allocation.',
    }),
  }),
});

builder.mutationFields((t) => ({
  allocateSafetyTask: t.field({
    type: SafetyTaskAllocation,
    description:
      'Allocate a specific safety task of a case to BASIS or JET (BR-YS4). Agreed per case with the JET, so ' +
      'recorded by the case’s basis (the organisation that opened it), its JET (the process director’s ' +
      'organisation, or one that consulted or decided as JET on the case) or the municipality. One allocation ' +
      'per case and task: a first one without `expectedVersion`, a re-allocation with the version read.',
    authScopes: WRITE,
    errors: {
      types: [
        SafetyTaskAllocationNotAllowedError,
        SafetyTaskAlreadyAllocatedError,
        SafetyTaskNotAllocatedError,
        YouthCaseClosedError,
        VersionConflictError,
        NotFoundError,
        ValidationError,
      ],
    },
    args: { input: t.arg({ type: AllocateSafetyTaskInput, required: true, description: 'The allocation.' }) },
    resolve: async (_root, { input }, context) => {
      try {
        return await onCase(context, input.caseId, async (tx, safetyCase) => {
          const existing = await allocationOf(tx, safetyCase.id, input.task, true);
          const change = unlessRefused(allocateTask(context.caller, safetyCase, existing, input, today()));
          return writeAllocation(tx, existing, change);
        });
      } catch (error) {
        // Two first allocations raced: the primary key had the last word.
        if (!isUniqueViolation(error)) throw error;
        const stored = await allocationOf(context.db, input.caseId, input.task);
        throw new SafetyTaskAlreadyAllocatedError(
          input.caseId,
          input.task,
          stored?.assignee ?? input.assignee,
          stored?.version ?? 1,
        );
      }
    },
  }),
}));
