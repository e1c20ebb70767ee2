import { isUniqueViolation } from '@mienskip/kit/db';
import { NotFoundError, ValidationError } from '@mienskip/kit/rules';
import type { SafetyPlanRow } from '../../db/tables.ts';
import {
  SafetyPlanExistsError,
  SafetyPlanWithoutFamilyError,
  SafetyTaskAllocatedElsewhereError,
  SafetyTaskNotAllocatedError,
  StepOutOfOrderError,
  unlessRefused,
  YouthCaseClosedError,
} from '../../domain/safety/errors.ts';
import { drawUpSafetyPlan } from '../../domain/safety/plan.ts';
import { childrenOf } from '../../store/loaders.ts';
import { allocationOf } from '../../store/safety/allocations.ts';
import { today } from '../../store/safety/clock.ts';
import { assessmentOnCase, insertSafetyPlan } from '../../store/safety/events.ts';
import { assessmentById, foundOrNull } from '../../store/safety/loaders.ts';
import { addProvenanceField, builder, PERSONAL, PURPOSE_ERRORS } from '../builder.ts';
import { logYouthWrite, personalYouth } from '../personal.ts';
import { RiskAssessment } from './assessment.ts';
import { SafetyTaskAssignee } from './enums.ts';
import { PERSONAL_WRITE, personalOnCase } from './shared.ts';

export const SafetyPlan = builder.objectRef<SafetyPlanRow>('SafetyPlan').implement({
  description:
    'Veiligheids- en herstelplan (E38): drawn up on a risk assessment, together with the family, by the party ' +
    'the VEILIGHEIDS_EN_HERSTELPLAN task of the case is allocated to (BR-YS3, BR-YS5).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    riskAssessment: t.field({
      type: RiskAssessment,
      nullable: true,
      description: 'The risk assessment the plan is drawn up on.',
      resolve: async (row, _args, context) => {
        const assessment = await foundOrNull(assessmentById(context).load(row.riskAssessmentId));
        return assessment;
      },
    }),
    drawnUpOn: t.expose('drawnUpOn', { type: 'Date', description: 'When it was drawn up.' }),
    madeWithFamily: t.exposeBoolean('madeWithFamily', {
      description: 'Made together with the family (samen met het gezin): always true.',
    }),
    followUpSteps: t.string({
      nullable: true,
      authScopes: PERSONAL,
      description:
        'Vervolgstappen: the follow-up steps of the plan (personal data about the child; needs a Jeugdwet ' +
        'purpose, logged).',
      resolve: personalYouth<SafetyPlanRow, string>(
        'safetyPlan.followUpSteps',
        async (row, context) => {
          const assessment = await foundOrNull(assessmentById(context).load(row.riskAssessmentId));
          // Without the assessment, the case's children: a personal value is never given unlogged.
          return assessment ? [assessment.childId] : childrenOf(context).load(row.caseId);
        },
        (row) => row.followUpSteps,
      ),
    }),
    drawnUpBy: t.field({
      type: SafetyTaskAssignee,
      description: 'Who drew it up: the party the task was allocated to.',
      resolve: (row) => row.drawnUpBy,
    }),
  }),
});
addProvenanceField(SafetyPlan);

const CreateSafetyPlanInput = builder.inputType('CreateSafetyPlanInput', {
  description: 'A veiligheids- en herstelplan on a risk assessment of the case.',
  fields: (t) => ({
    caseId: t.id({ required: true, description: 'The youth case (jeugdcasus).' }),
    riskAssessmentId: t.id({ required: true, description: 'The risk assessment of that case it rests on.' }),
    drawnUpOn: t.field({ type: 'Date', description: 'When it was drawn up (default today).' }),
    madeWithFamily: t.boolean({
      required: true,
      description: 'Made together with the family; false is refused (SafetyPlanWithoutFamilyError).',
    }),
    followUpSteps: t.string({ required: true, description: 'The follow-up steps (vervolgstappen).' }),
  }),
});

builder.mutationFields((t) => ({
  createSafetyPlan: t.field({
    type: SafetyPlan,
    description:
      'Draw up a safety and recovery plan (BR-YS3, BR-YS5): on a risk assessment of the same case, made with ' +
      'the family, not before the assessment, one per assessment; by the party the VEILIGHEIDS_EN_HERSTELPLAN ' +
      'task is allocated to (refused while it is not allocated, and for the other party), recorded as `drawnUpBy`.',
    authScopes: PERSONAL_WRITE,
    errors: {
      types: [
        ...PURPOSE_ERRORS,
        SafetyPlanWithoutFamilyError,
        SafetyTaskNotAllocatedError,
        SafetyTaskAllocatedElsewhereError,
        SafetyPlanExistsError,
        StepOutOfOrderError,
        YouthCaseClosedError,
        NotFoundError,
        ValidationError,
      ],
    },
    args: { input: t.arg({ type: CreateSafetyPlanInput, required: true, description: 'The plan.' }) },
    resolve: async (_root, { input }, context) => {
      try {
        return await personalOnCase(context, input.caseId, async (tx, safetyCase) => {
          const assessment = await assessmentOnCase(tx, safetyCase.id, input.riskAssessmentId);
          const allocation = await allocationOf(tx, safetyCase.id, 'VEILIGHEIDS_EN_HERSTELPLAN', true);
          const plan = unlessRefused(
            drawUpSafetyPlan(context.caller, safetyCase, assessment, allocation, input, today()),
          );
          const row = await insertSafetyPlan(tx, plan);
          await logYouthWrite(context, [assessment.childId], ['safetyPlan']);
          return row;
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new SafetyPlanExistsError(input.riskAssessmentId);
        throw error;
      }
    },
  }),
}));
