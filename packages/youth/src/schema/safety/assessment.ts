import { NotFoundError, ValidationError } from '@mienskip/kit/rules';
import type { RiskAssessmentRow } from '../../db/tables.ts';
import { adultProblemsRefusal, assessRisk } from '../../domain/safety/assessment.ts';
import {
  AdultProblemsNotAssessedError,
  ChildNotInCaseError,
  unlessRefused,
  YouthCaseClosedError,
} from '../../domain/safety/errors.ts';
import { today } from '../../store/safety/clock.ts';
import { insertRiskAssessment } from '../../store/safety/events.ts';
import { addProvenanceField, builder, PERSONAL, PURPOSE_ERRORS } from '../builder.ts';
import { ClientRef, ref, WorkerRef } from '../cases/index.ts';
import { logYouthWrite, personalYouth } from '../personal.ts';
import { RiskOutcome } from './enums.ts';
import { PERSONAL_WRITE, personalOnCase } from './shared.ts';

/** A personal field of a risk assessment: about its child (BR-YS15). */
function aboutChild<Value>(field: string, read: (row: RiskAssessmentRow) => Value) {
  return personalYouth<RiskAssessmentRow, Value>(`riskAssessment.${field}`, (row) => [row.childId], read);
}

export const RiskAssessment = builder.objectRef<RiskAssessmentRow>('RiskAssessment').implement({
  description:
    'Risicotaxatie (E37): a risk assessment of the safety of a child, made on investigation; it always ' +
    'assesses whether adult problems (volwassenenproblematiek) put the child’s safe development at risk, also ' +
    'without signals from the child (BR-YS2).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    child: t.field({
      type: ClientRef,
      nullable: true,
      authScopes: PERSONAL,
      description: 'De jeugdige: the child assessed (personal data; needs a Jeugdwet purpose, logged).',
      resolve: aboutChild('child', (row) => ref(row.childId)),
    }),
    assessedOn: t.expose('assessedOn', { type: 'Date', description: 'When the assessment was made.' }),
    assessor: t.field({
      type: WorkerRef,
      nullable: true,
      description: 'Who made it (a `Worker` of locations).',
      resolve: (row) => ref(row.assessorId),
    }),
    adultProblemsAssessed: t.exposeBoolean('adultProblemsAssessed', {
      description: 'Whether adult problems were assessed: always true (BR-YS2).',
    }),
    adultProblemsRisk: t.boolean({
      nullable: true,
      authScopes: PERSONAL,
      description:
        'Whether adult problems put the child’s safe development at risk (personal data; needs a Jeugdwet ' +
        'purpose, logged).',
      resolve: aboutChild('adultProblemsRisk', (row) => row.adultProblemsRisk),
    }),
    outcome: t.field({
      type: RiskOutcome,
      nullable: true,
      authScopes: PERSONAL,
      description: 'Uitkomst: the outcome (personal data; needs a Jeugdwet purpose, logged).',
      resolve: aboutChild('outcome', (row) => row.outcome),
    }),
  }),
});
addProvenanceField(RiskAssessment);

const RecordRiskAssessmentInput = builder.inputType('RecordRiskAssessmentInput', {
  description:
    'A risicotaxatie. Only the case and `adultProblemsAssessed` are required here; the rule checks the rest, ' +
    'and first of all that adult problems were assessed (BR-YS2).',
  fields: (t) => ({
    caseId: t.id({ required: true, description: 'The youth case (jeugdcasus).' }),
    adultProblemsAssessed: t.boolean({
      required: true,
      description:
        'Whether the assessment assessed adult problems (volwassenenproblematiek): it always does, also ' +
        'without signals from the child; false is refused with AdultProblemsNotAssessedError.',
    }),
    childId: t.id({ description: 'The child (a `Client`); default the case’s only child.' }),
    assessedOn: t.field({ type: 'Date', description: 'When it was made (default today).' }),
    assessorId: t.id({ description: 'Who made it (a `Worker`); required by the rule.' }),
    adultProblemsRisk: t.boolean({
      description: 'Whether adult problems put the child at risk; required by the rule.',
    }),
    outcome: t.field({ type: RiskOutcome, description: 'The outcome; required by the rule.' }),
  }),
});

builder.mutationFields((t) => ({
  recordRiskAssessment: t.field({
    type: RiskAssessment,
    description:
      'Record a risk assessment (risicotaxatie, BR-YS2). Refused first when adult problems were not assessed ' +
      '(AdultProblemsNotAssessedError), then without the adult-problems risk, an assessor or an outcome, for a ' +
      'child not of the case (or none named on a case with several children), or a date outside the case’s life. ' +
      'A refusal stores nothing.',
    authScopes: PERSONAL_WRITE,
    errors: {
      types: [
        ...PURPOSE_ERRORS,
        AdultProblemsNotAssessedError,
        ChildNotInCaseError,
        YouthCaseClosedError,
        NotFoundError,
        ValidationError,
      ],
    },
    args: {
      input: t.arg({ type: RecordRiskAssessmentInput, required: true, description: 'The assessment.' }),
    },
    resolve: async (_root, { input }, context) => {
      const notAssessed = adultProblemsRefusal(input);
      if (notAssessed) throw notAssessed;
      return personalOnCase(context, input.caseId, async (tx, safetyCase) => {
        const assessment = unlessRefused(assessRisk(safetyCase, input, today()));
        const row = await insertRiskAssessment(tx, assessment);
        await logYouthWrite(context, [row.childId], ['riskAssessment']);
        return row;
      });
    },
  }),
}));
