import { updateVersioned } from '@mienskip/kit/db';
import { NotFoundError, ValidationError, VersionConflictError } from '@mienskip/kit/rules';
import {
  type VerwijsindexMatchRow,
  type VerwijsindexRegistrationRow,
  verwijsindexMatches,
} from '../../db/tables.ts';
import {
  ChildNotInCaseError,
  StepOutOfOrderError,
  unlessRefused,
  YouthCaseClosedError,
} from '../../domain/safety/errors.ts';
import { contactMatch, recordMatch, registerChild } from '../../domain/safety/verwijsindex.ts';
import { loadSafetyCase } from '../../store/safety/cases.ts';
import { today } from '../../store/safety/clock.ts';
import { caseOfRegistration, insertMatch, insertRegistration, lockMatch } from '../../store/safety/events.ts';
import { matchesOfRegistration } from '../../store/safety/loaders.ts';
import { addProvenanceField, builder, PERSONAL, PURPOSE_ERRORS } from '../builder.ts';
import { ClientRef, OrganisationRef, ref } from '../cases/index.ts';
import { logYouthWrite, personalYouth } from '../personal.ts';
import { PERSONAL_WRITE, personalOnCase, personalTransaction } from './shared.ts';

export const VerwijsindexMatch = builder.objectRef<VerwijsindexMatchRow>('VerwijsindexMatch').implement({
  description:
    'Match in de Verwijsindex: another organisation registered about the same child, to contact (BR-YS9).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    organisation: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'The matched organisation.',
      resolve: (row) => ref(row.organisationId),
    }),
    matchedOn: t.expose('matchedOn', { type: 'Date', description: 'When the match came.' }),
    contactedOn: t.expose('contactedOn', {
      type: 'Date',
      nullable: true,
      description: 'When the organisation was contacted (contact opnemen); null while not yet.',
    }),
    version: t.exposeInt('version', { description: 'Send it as `expectedVersion` to record the contact.' }),
  }),
});
addProvenanceField(VerwijsindexMatch);

export const VerwijsindexRegistration = builder
  .objectRef<VerwijsindexRegistrationRow>('VerwijsindexRegistration')
  .implement({
    description:
      'Registratie in de Verwijsindex (E40): concerns about a child’s development registered, with the ' +
      'matches that follow (BR-YS9).',
    fields: (t) => ({
      id: t.exposeID('id', { description: 'Stable id.' }),
      child: t.field({
        type: ClientRef,
        nullable: true,
        authScopes: PERSONAL,
        description: 'De jeugdige: the child registered (personal data; needs a Jeugdwet purpose, logged).',
        resolve: personalYouth<VerwijsindexRegistrationRow, { id: string } | null>(
          'verwijsindexRegistration.child',
          (row) => [row.childId],
          (row) => ref(row.childId),
        ),
      }),
      registeredOn: t.expose('registeredOn', { type: 'Date', description: 'When it was registered.' }),
      matches: t.field({
        type: [VerwijsindexMatch],
        description: 'The matches with other organisations, oldest first.',
        resolve: (row, _args, context) => matchesOfRegistration(context).load(row.id),
      }),
    }),
  });
addProvenanceField(VerwijsindexRegistration);

const RegisterInVerwijsindexInput = builder.inputType('RegisterInVerwijsindexInput', {
  description: 'A registration of concerns about a child of the case in the Verwijsindex.',
  fields: (t) => ({
    caseId: t.id({ required: true, description: 'The youth case (jeugdcasus).' }),
    childId: t.id({ required: true, description: 'The child (a `Client`), one of the case’s children.' }),
    registeredOn: t.field({ type: 'Date', description: 'When it was registered (default today).' }),
  }),
});

const RecordVerwijsindexMatchInput = builder.inputType('RecordVerwijsindexMatchInput', {
  description: 'A match of a registration with another organisation.',
  fields: (t) => ({
    registrationId: t.id({ required: true, description: 'The registration.' }),
    organisationId: t.id({ required: true, description: 'The matched organisation (an `Organisation`).' }),
    matchedOn: t.field({ type: 'Date', description: 'When the match came (default today).' }),
  }),
});

const RecordMatchContactInput = builder.inputType('RecordMatchContactInput', {
  description: 'The contact with a matched organisation.',
  fields: (t) => ({
    matchId: t.id({ required: true, description: 'The match.' }),
    contactedOn: t.field({ type: 'Date', description: 'When it was contacted (default today).' }),
    expectedVersion: t.int({ required: true, description: 'The version of the match you read.' }),
  }),
});

builder.mutationFields((t) => ({
  registerInVerwijsindex: t.field({
    type: VerwijsindexRegistration,
    description: 'Register concerns about a child of the case in the Verwijsindex (BR-YS9).',
    authScopes: PERSONAL_WRITE,
    errors: {
      types: [...PURPOSE_ERRORS, ChildNotInCaseError, YouthCaseClosedError, NotFoundError, ValidationError],
    },
    args: {
      input: t.arg({ type: RegisterInVerwijsindexInput, required: true, description: 'The registration.' }),
    },
    resolve: (_root, { input }, context) =>
      personalOnCase(context, input.caseId, async (tx, safetyCase) => {
        const row = await insertRegistration(tx, unlessRefused(registerChild(safetyCase, input, today())));
        await logYouthWrite(context, [row.childId], ['verwijsindexRegistration']);
        return row;
      }),
  }),
  recordVerwijsindexMatch: t.field({
    type: VerwijsindexMatch,
    description:
      'Record a match of a registration with another organisation, not before the registration (BR-YS9).',
    authScopes: PERSONAL_WRITE,
    errors: {
      types: [...PURPOSE_ERRORS, StepOutOfOrderError, YouthCaseClosedError, NotFoundError, ValidationError],
    },
    args: { input: t.arg({ type: RecordVerwijsindexMatchInput, required: true, description: 'The match.' }) },
    resolve: (_root, { input }, context) =>
      personalTransaction(context, async (tx) => {
        const registration = await caseOfRegistration(tx, context.caller, input.registrationId);
        const safetyCase = await loadSafetyCase(tx, context.caller, registration.caseId);
        const row = await insertMatch(
          tx,
          unlessRefused(recordMatch(safetyCase, registration, input, today())),
        );
        await logYouthWrite(context, [registration.childId], ['verwijsindexMatch']);
        return row;
      }),
  }),
  recordMatchContact: t.field({
    type: VerwijsindexMatch,
    description:
      'Record that a matched organisation was contacted (contact opnemen, BR-YS9): once, not before the match; ' +
      'refused on a stale version.',
    authScopes: PERSONAL_WRITE,
    errors: {
      types: [
        ...PURPOSE_ERRORS,
        StepOutOfOrderError,
        YouthCaseClosedError,
        VersionConflictError,
        NotFoundError,
        ValidationError,
      ],
    },
    args: { input: t.arg({ type: RecordMatchContactInput, required: true, description: 'The contact.' }) },
    resolve: (_root, { input }, context) =>
      personalTransaction(context, async (tx) => {
        const { match, registration } = await lockMatch(tx, context.caller, input.matchId);
        if (match.version !== input.expectedVersion)
          throw new VersionConflictError('VerwijsindexMatch', match.id, input.expectedVersion, match.version);
        const safetyCase = await loadSafetyCase(tx, context.caller, registration.caseId);
        const contact = unlessRefused(contactMatch(safetyCase, match, input, today()));
        const row = await updateVersioned(tx, verwijsindexMatches, match.id, contact);
        await logYouthWrite(context, [registration.childId], ['verwijsindexMatch']);
        return row;
      }),
  }),
}));
