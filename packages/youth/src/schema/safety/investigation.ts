import { NotFoundError, ValidationError } from '@mienskip/kit/rules';
import type { InvestigationRequestRow } from '../../db/tables.ts';
import {
  InvestigationConditionsNotMetError,
  SafetyTaskAllocatedElsewhereError,
  SafetyTaskNotAllocatedError,
  StepOutOfOrderError,
  unlessRefused,
  YouthCaseClosedError,
} from '../../domain/safety/errors.ts';
import { fileInvestigation } from '../../domain/safety/investigation.ts';
import { allocationOf } from '../../store/safety/allocations.ts';
import { today } from '../../store/safety/clock.ts';
import { insertInvestigationRequest } from '../../store/safety/events.ts';
import { childrenOfCase } from '../../store/safety/loaders.ts';
import { addProvenanceField, builder, PERSONAL, PURPOSE_ERRORS } from '../builder.ts';
import { logYouthWrite, personalYouth } from '../personal.ts';
import { SafetyTaskAssignee } from './enums.ts';
import { PERSONAL_WRITE, personalOnCase } from './shared.ts';

/** A ground of the request: describes the child and the parents (BR-YS15). */
function ground(field: keyof InvestigationRequestRow & string, description: string) {
  return {
    nullable: true as const,
    authScopes: PERSONAL,
    description: `${description} (personal data; needs a Jeugdwet purpose, logged).`,
    resolve: personalYouth<InvestigationRequestRow, boolean>(
      `investigationRequest.${field}`,
      (row, context) => childrenOfCase(context).load(row.caseId),
      (row) => row[field] as boolean,
    ),
  };
}

export const InvestigationRequest = builder
  .objectRef<InvestigationRequestRow>('InvestigationRequest')
  .implement({
    description:
      'Verzoek tot Onderzoek (E41) to the Raad voor de Kinderbescherming, with taking part in the ' +
      'jeugdbeschermingstafel; filed only on its two conditions (BR-YS12), by the party the VERZOEK_TOT_ONDERZOEK ' +
      'task is allocated to (BR-YS5).',
    fields: (t) => ({
      id: t.exposeID('id', { description: 'Stable id.' }),
      filedOn: t.expose('filedOn', { type: 'Date', description: 'When it was filed.' }),
      filedBy: t.field({
        type: SafetyTaskAssignee,
        description: 'Who filed it: the party the task was allocated to.',
        resolve: (row) => row.filedBy,
      }),
      developmentSeriouslyThreatened: t.boolean(
        ground(
          'developmentSeriouslyThreatened',
          'The child’s development is seriously threatened: always true',
        ),
      ),
      parentsNotAcceptingCare: t.boolean(
        ground(
          'parentsNotAcceptingCare',
          'The parents do not sufficiently accept the care needed to lift the threat',
        ),
      ),
      parentsNotExpectedToCope: t.boolean(
        ground(
          'parentsNotExpectedToCope',
          'The parents are not expected to take up their responsibility within a term acceptable for the child',
        ),
      ),
      jeugdbeschermingstafelOn: t.expose('jeugdbeschermingstafelOn', {
        type: 'Date',
        nullable: true,
        description: 'When the case was discussed at the jeugdbeschermingstafel; null while not yet.',
      }),
    }),
  });
addProvenanceField(InvestigationRequest);

const FileInvestigationRequestInput = builder.inputType('FileInvestigationRequestInput', {
  description: 'A Verzoek tot Onderzoek to the Raad voor de Kinderbescherming, with its grounds.',
  fields: (t) => ({
    caseId: t.id({ required: true, description: 'The youth case (jeugdcasus).' }),
    filedOn: t.field({ type: 'Date', description: 'When it was filed (default today).' }),
    developmentSeriouslyThreatened: t.boolean({
      required: true,
      description: 'The child grows up so that its development is seriously threatened.',
    }),
    parentsNotAcceptingCare: t.boolean({
      required: true,
      description: 'The parents do not sufficiently accept the care needed to lift that threat.',
    }),
    parentsNotExpectedToCope: t.boolean({
      required: true,
      description:
        'The parents are not expected to take up their parental responsibility within a term acceptable for the child.',
    }),
    jeugdbeschermingstafelOn: t.field({
      type: 'Date',
      description:
        'When the case was discussed at the jeugdbeschermingstafel, if it was (not before filing).',
    }),
  }),
});

builder.mutationFields((t) => ({
  fileInvestigationRequest: t.field({
    type: InvestigationRequest,
    description:
      'File a Verzoek tot Onderzoek (BR-YS12, BR-YS5): only when the child’s development is seriously threatened ' +
      'AND the parents do not sufficiently accept the care needed OR are not expected to cope in acceptable time ' +
      '(InvestigationConditionsNotMetError names what is missing); by the party the VERZOEK_TOT_ONDERZOEK task ' +
      'is allocated to.',
    authScopes: PERSONAL_WRITE,
    errors: {
      types: [
        ...PURPOSE_ERRORS,
        InvestigationConditionsNotMetError,
        SafetyTaskNotAllocatedError,
        SafetyTaskAllocatedElsewhereError,
        StepOutOfOrderError,
        YouthCaseClosedError,
        NotFoundError,
        ValidationError,
      ],
    },
    args: {
      input: t.arg({ type: FileInvestigationRequestInput, required: true, description: 'The request.' }),
    },
    resolve: (_root, { input }, context) =>
      personalOnCase(context, input.caseId, async (tx, safetyCase) => {
        const allocation = await allocationOf(tx, safetyCase.id, 'VERZOEK_TOT_ONDERZOEK', true);
        const request = unlessRefused(
          fileInvestigation(context.caller, safetyCase, allocation, input, today()),
        );
        const row = await insertInvestigationRequest(tx, request);
        await logYouthWrite(context, safetyCase.childIds, ['investigationRequest']);
        return row;
      }),
  }),
}));
