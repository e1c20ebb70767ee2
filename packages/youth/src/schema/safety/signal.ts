import { NotFoundError, ValidationError } from '@mienskip/kit/rules';
import type { SafetySignalRow } from '../../db/tables.ts';
import { ChildNotInCaseError, unlessRefused, YouthCaseClosedError } from '../../domain/safety/errors.ts';
import { recordSignal } from '../../domain/safety/signal.ts';
import { today } from '../../store/safety/clock.ts';
import { insertSignal } from '../../store/safety/events.ts';
import { addProvenanceField, builder, PERSONAL, PURPOSE_ERRORS } from '../builder.ts';
import { ClientRef, OrganisationRef, ref } from '../cases/index.ts';
import { logYouthWrite, personalYouth } from '../personal.ts';
import { PERSONAL_WRITE, personalOnCase } from './shared.ts';

export const SafetySignal = builder.objectRef<SafetySignalRow>('SafetySignal').implement({
  description:
    'Signaal van (risico op) onveiligheid: a signal that a child of the case is or may be unsafe, the first ' +
    'generic child-safety task of every party working with young people (Uitvoeringsplan §4.4).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    child: t.field({
      type: ClientRef,
      nullable: true,
      authScopes: PERSONAL,
      description:
        'De jeugdige: the child the signal is about (personal data; needs a Jeugdwet purpose, logged).',
      resolve: personalYouth<SafetySignalRow, { id: string } | null>(
        'safetySignal.child',
        (row) => [row.childId],
        (row) => ref(row.childId),
      ),
    }),
    signalledOn: t.expose('signalledOn', { type: 'Date', description: 'When the signal was given.' }),
    organisation: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'The organisation that signalled it.',
      resolve: (row) => ref(row.organisationId),
    }),
  }),
});
addProvenanceField(SafetySignal);

const RecordSafetySignalInput = builder.inputType('RecordSafetySignalInput', {
  description: 'A signal of (risk of) unsafety of a child of the case.',
  fields: (t) => ({
    caseId: t.id({ required: true, description: 'The youth case (jeugdcasus).' }),
    childId: t.id({ required: true, description: 'The child (a `Client`), one of the case’s children.' }),
    signalledOn: t.field({ type: 'Date', description: 'When it was signalled (default today).' }),
  }),
});

builder.mutationFields((t) => ({
  recordSafetySignal: t.field({
    type: SafetySignal,
    description:
      'Record a signal of (risk of) unsafety of a child (signaleren, BR-YS1). The signalling organisation is the ' +
      'caller’s. Refused for a child who is not one of the case’s, a date outside the case’s life, or a case ' +
      'the key may not see (NotFoundError).',
    authScopes: PERSONAL_WRITE,
    errors: {
      types: [...PURPOSE_ERRORS, ChildNotInCaseError, YouthCaseClosedError, NotFoundError, ValidationError],
    },
    args: { input: t.arg({ type: RecordSafetySignalInput, required: true, description: 'The signal.' }) },
    resolve: (_root, { input }, context) =>
      personalOnCase(context, input.caseId, async (tx, safetyCase) => {
        const signal = unlessRefused(recordSignal(safetyCase, input, context.caller.organisationId, today()));
        const row = await insertSignal(tx, signal);
        await logYouthWrite(context, [row.childId], ['safetySignal']);
        return row;
      }),
  }),
}));
