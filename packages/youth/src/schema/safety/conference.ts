import { NotFoundError, ValidationError } from '@mienskip/kit/rules';
import type { CaseConferenceRow } from '../../db/tables.ts';
import { holdConference } from '../../domain/safety/conference.ts';
import {
  NotMultidisciplinaryError,
  unlessRefused,
  YouthCaseClosedError,
} from '../../domain/safety/errors.ts';
import { today } from '../../store/safety/clock.ts';
import { insertConference } from '../../store/safety/events.ts';
import { addProvenanceField, builder, WRITE } from '../builder.ts';
import { OrganisationRef, ref } from '../cases/index.ts';
import { onCase } from './shared.ts';

export const CaseConference = builder.objectRef<CaseConferenceRow>('CaseConference').implement({
  description:
    'Multidisciplinair overleg (E42): professionals of at least two organisations consult on the safety of the ' +
    'child and, where needed, share information about the client system (BR-YS10).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    heldOn: t.expose('heldOn', { type: 'Date', description: 'When it was held.' }),
    participants: t.field({
      type: [OrganisationRef],
      nullable: { list: false, items: true },
      description: 'The organisations that took part (at least two).',
      resolve: (row) => row.participantOrganisationIds.map(ref),
    }),
    informationShared: t.exposeBoolean('informationShared', {
      description: 'Whether information about the client system (cliëntsysteem) was shared.',
    }),
  }),
});
addProvenanceField(CaseConference);

const HoldCaseConferenceInput = builder.inputType('HoldCaseConferenceInput', {
  description: 'A multidisciplinary consultation on the case.',
  fields: (t) => ({
    caseId: t.id({ required: true, description: 'The youth case (jeugdcasus).' }),
    heldOn: t.field({ type: 'Date', description: 'When it was held (default today).' }),
    participantOrganisationIds: t.idList({
      required: true,
      description: 'The organisations that took part (`Organisation` ids): at least two.',
    }),
    informationShared: t.boolean({
      required: true,
      description: 'Whether information about the client system was shared.',
    }),
  }),
});

builder.mutationFields((t) => ({
  holdCaseConference: t.field({
    type: CaseConference,
    description:
      'Record a case conference: multidisciplinary, so at least two distinct organisations (BR-YS10).',
    authScopes: WRITE,
    errors: { types: [NotMultidisciplinaryError, YouthCaseClosedError, NotFoundError, ValidationError] },
    args: { input: t.arg({ type: HoldCaseConferenceInput, required: true, description: 'The conference.' }) },
    resolve: (_root, { input }, context) =>
      onCase(context, input.caseId, async (tx, safetyCase) =>
        insertConference(tx, unlessRefused(holdConference(safetyCase, input, today()))),
      ),
  }),
}));
