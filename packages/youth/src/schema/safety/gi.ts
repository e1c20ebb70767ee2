import { updateVersioned } from '@mienskip/kit/db';
import {
  NotFoundError,
  OwnerUnavailableError,
  ValidationError,
  VersionConflictError,
} from '@mienskip/kit/rules';
import { type GiCooperationRow, giCooperations } from '../../db/tables.ts';
import { caseHolderRefusal } from '../../domain/case-holders.ts';
import { NotCaseHolderError } from '../../domain/errors.ts';
import {
  NotCertifiedInstitutionError,
  NotCompulsoryFrameworkError,
  StepOutOfOrderError,
  unlessRefused,
  YouthCaseClosedError,
} from '../../domain/safety/errors.ts';
import { startCooperation, stepDown } from '../../domain/safety/gi.ts';
import { lookUpOrganisation } from '../../store/lookups.ts';
import { loadSafetyCase } from '../../store/safety/cases.ts';
import { today } from '../../store/safety/clock.ts';
import { insertCooperation, lockCooperation } from '../../store/safety/events.ts';
import { childrenOfCase } from '../../store/safety/loaders.ts';
import { addProvenanceField, builder, PERSONAL, PURPOSE_ERRORS } from '../builder.ts';
import { OrganisationRef, ref } from '../cases/index.ts';
import { logYouthWrite, personalYouth } from '../personal.ts';
import { GiFramework } from './enums.ts';
import { PERSONAL_WRITE, personalOnCase, personalTransaction, refuseWithoutPurpose } from './shared.ts';

/** A personal field of a cooperation: the frame tells whether a child-protection measure applies (BR-YS15). */
function aboutChildren<Value>(field: string, read: (row: GiCooperationRow) => Value) {
  return personalYouth<GiCooperationRow, Value>(
    `giCooperation.${field}`,
    (row, context) => childrenOfCase(context).load(row.caseId),
    read,
  );
}

export const GiCooperation = builder.objectRef<GiCooperationRow>('GiCooperation').implement({
  description:
    'GI-samenwerking (E43): cooperation with a gecertificeerde instelling, stepping down from the compulsory ' +
    'to the voluntary frame where possible (afschalen, BR-YS11).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    organisation: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'The gecertificeerde instelling.',
      resolve: (row) => ref(row.organisationId),
    }),
    framework: t.field({
      type: GiFramework,
      nullable: true,
      authScopes: PERSONAL,
      description:
        'The frame now: compulsory (a child-protection measure) or voluntary (personal data about the children; ' +
        'needs a Jeugdwet purpose, logged).',
      resolve: aboutChildren('framework', (row) => row.framework),
    }),
    startedOn: t.expose('startedOn', { type: 'Date', description: 'When the cooperation started.' }),
    steppedDownOn: t.field({
      type: 'Date',
      nullable: true,
      authScopes: PERSONAL,
      description:
        'When it stepped down to the voluntary frame; null when it did not (personal data; needs a Jeugdwet ' +
        'purpose, logged).',
      resolve: aboutChildren('steppedDownOn', (row) => row.steppedDownOn),
    }),
    endedOn: t.expose('endedOn', {
      type: 'Date',
      nullable: true,
      description: 'When it ended; null while running.',
    }),
    version: t.exposeInt('version', { description: 'Send it as `expectedVersion` to step down.' }),
  }),
});
addProvenanceField(GiCooperation);

const StartGiCooperationInput = builder.inputType('StartGiCooperationInput', {
  description: 'A cooperation with a gecertificeerde instelling on the case.',
  fields: (t) => ({
    caseId: t.id({ required: true, description: 'The youth case (jeugdcasus).' }),
    organisationId: t.id({
      required: true,
      description: 'The gecertificeerde instelling (an `Organisation`).',
    }),
    framework: t.field({ type: GiFramework, required: true, description: 'The frame it starts in.' }),
    startedOn: t.field({ type: 'Date', description: 'When it started (default today).' }),
  }),
});

const StepDownInput = builder.inputType('StepDownToVoluntaryFrameworkInput', {
  description: 'Stepping a cooperation down from the compulsory to the voluntary frame.',
  fields: (t) => ({
    cooperationId: t.id({ required: true, description: 'The GI cooperation.' }),
    steppedDownOn: t.field({ type: 'Date', description: 'When it stepped down (default today).' }),
    expectedVersion: t.int({ required: true, description: 'The version of the cooperation you read.' }),
  }),
});

builder.mutationFields((t) => ({
  startGiCooperation: t.field({
    type: GiCooperation,
    description:
      'Record the start of a cooperation with a gecertificeerde instelling (BR-YS11): an organisation budget knows ' +
      'as a partner (asked of budget), which then sees the case; only by the municipality, the case’s basis or its JET ' +
      '(`NotCaseHolderError`, BR-Y17).',
    authScopes: PERSONAL_WRITE,
    errors: {
      types: [
        ...PURPOSE_ERRORS,
        NotCaseHolderError,
        NotCertifiedInstitutionError,
        YouthCaseClosedError,
        OwnerUnavailableError,
        NotFoundError,
        ValidationError,
      ],
    },
    args: {
      input: t.arg({ type: StartGiCooperationInput, required: true, description: 'The cooperation.' }),
    },
    resolve: async (_root, { input }, context) => {
      refuseWithoutPurpose(context);
      // Asked before the transaction opens: no row lock is held across a network call.
      const organisation = await lookUpOrganisation(context, String(input.organisationId));
      return personalOnCase(context, input.caseId, async (tx, safetyCase) => {
        const refusal = caseHolderRefusal(context.caller, safetyCase, 'start a GI cooperation');
        if (refusal) throw refusal;
        const started = startCooperation(safetyCase, organisation, input, today());
        const row = await insertCooperation(tx, unlessRefused(started));
        await logYouthWrite(context, safetyCase.childIds, ['giCooperation']);
        return row;
      });
    },
  }),
  stepDownToVoluntaryFramework: t.field({
    type: GiCooperation,
    description:
      'Step a cooperation down from the compulsory to the voluntary frame (afschalen, BR-YS11): only from ' +
      'GEDWONGEN, forward only, not before it started; refused on a stale version.',
    authScopes: PERSONAL_WRITE,
    errors: {
      types: [
        ...PURPOSE_ERRORS,
        NotCompulsoryFrameworkError,
        StepOutOfOrderError,
        YouthCaseClosedError,
        VersionConflictError,
        NotFoundError,
        ValidationError,
      ],
    },
    args: { input: t.arg({ type: StepDownInput, required: true, description: 'The step down.' }) },
    resolve: (_root, { input }, context) =>
      personalTransaction(context, async (tx) => {
        const cooperation = await lockCooperation(tx, context.caller, input.cooperationId);
        if (cooperation.version !== input.expectedVersion)
          throw new VersionConflictError(
            'GiCooperation',
            cooperation.id,
            input.expectedVersion,
            cooperation.version,
          );
        const safetyCase = await loadSafetyCase(tx, context.caller, cooperation.caseId);
        const change = unlessRefused(stepDown(safetyCase, cooperation, input, today()));
        const row = await updateVersioned(tx, giCooperations, cooperation.id, change);
        await logYouthWrite(context, safetyCase.childIds, ['giCooperation']);
        return row;
      }),
  }),
}));
