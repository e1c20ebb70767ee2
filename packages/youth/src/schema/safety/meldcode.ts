import { NotFoundError, ValidationError } from '@mienskip/kit/rules';
import type { MeldcodeWeighingRow } from '../../db/tables.ts';
import { StepOutOfOrderError, unlessRefused, YouthCaseClosedError } from '../../domain/safety/errors.ts';
import { weighReport } from '../../domain/safety/meldcode.ts';
import { childrenOf } from '../../store/loaders.ts';
import { today } from '../../store/safety/clock.ts';
import { assessmentOnCase, insertMeldcodeWeighing } from '../../store/safety/events.ts';
import { assessmentById, foundOrNull } from '../../store/safety/loaders.ts';
import { addProvenanceField, builder, PERSONAL, PURPOSE_ERRORS } from '../builder.ts';
import { logYouthWrite, personalYouth } from '../personal.ts';
import { RiskAssessment } from './assessment.ts';
import { MeldcodeOutcome } from './enums.ts';
import { PERSONAL_WRITE, personalOnCase } from './shared.ts';

export const MeldcodeWeighing = builder.objectRef<MeldcodeWeighingRow>('MeldcodeWeighing').implement({
  description:
    'Afweging in de meldcode: on the steps of the meldcode, whether a report (melding) to Veilig Thuis is made; ' +
    'it follows a risk assessment of the case (BR-YS6).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    riskAssessment: t.field({
      type: RiskAssessment,
      nullable: true,
      description: 'The risk assessment it follows.',
      resolve: async (row, _args, context) => {
        const assessment = await foundOrNull(assessmentById(context).load(row.riskAssessmentId));
        return assessment;
      },
    }),
    weighedOn: t.expose('weighedOn', { type: 'Date', description: 'When it was weighed.' }),
    outcome: t.field({
      type: MeldcodeOutcome,
      nullable: true,
      authScopes: PERSONAL,
      description: 'Report or not (personal data about the child; needs a Jeugdwet purpose, logged).',
      resolve: personalYouth<MeldcodeWeighingRow, MeldcodeWeighingRow['outcome']>(
        'meldcodeWeighing.outcome',
        async (row, context) => {
          const assessment = await foundOrNull(assessmentById(context).load(row.riskAssessmentId));
          // Without the assessment, the case's children: a personal value is never given unlogged.
          return assessment ? [assessment.childId] : childrenOf(context).load(row.caseId);
        },
        (row) => row.outcome,
      ),
    }),
  }),
});
addProvenanceField(MeldcodeWeighing);

const RecordMeldcodeWeighingInput = builder.inputType('RecordMeldcodeWeighingInput', {
  description: 'The meldcode’s weighing, after a risk assessment of the case.',
  fields: (t) => ({
    caseId: t.id({ required: true, description: 'The youth case (jeugdcasus).' }),
    riskAssessmentId: t.id({ required: true, description: 'The risk assessment of that case it follows.' }),
    weighedOn: t.field({ type: 'Date', description: 'When it was weighed (default today).' }),
    outcome: t.field({ type: MeldcodeOutcome, required: true, description: 'Report (MELDEN) or not.' }),
  }),
});

builder.mutationFields((t) => ({
  recordMeldcodeWeighing: t.field({
    type: MeldcodeWeighing,
    description:
      'Record the meldcode’s weighing (BR-YS6): after a risk assessment of the same case, not before it.',
    authScopes: PERSONAL_WRITE,
    errors: {
      types: [...PURPOSE_ERRORS, StepOutOfOrderError, YouthCaseClosedError, NotFoundError, ValidationError],
    },
    args: {
      input: t.arg({ type: RecordMeldcodeWeighingInput, required: true, description: 'The weighing.' }),
    },
    resolve: (_root, { input }, context) =>
      personalOnCase(context, input.caseId, async (tx, safetyCase) => {
        const assessment = await assessmentOnCase(tx, safetyCase.id, input.riskAssessmentId);
        const row = await insertMeldcodeWeighing(
          tx,
          unlessRefused(weighReport(safetyCase, assessment, input, today())),
        );
        await logYouthWrite(context, [assessment.childId], ['meldcodeWeighing']);
        return row;
      }),
  }),
}));
