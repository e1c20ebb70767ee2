import {
  NotFoundError,
  OwnerUnavailableError,
  ValidationError,
  VersionConflictError,
} from '@mienskip/kit/rules';
import { lightSupportGiverRefusal } from '../../domain/case-holders.ts';
import {
  NotBasisWorkerError,
  NotCaseHolderError,
  unlessRefused,
  YouthCaseClosedError,
} from '../../domain/errors.ts';
import { endLightSupport, startLightSupport } from '../../domain/light-support.ts';
import {
  bumpCase,
  caseOfLightSupport,
  caseState,
  childIdsOf,
  endLightSupportRow,
  insertLightSupport,
  lockCase,
  lockLightSupport,
} from '../../store/cases.ts';
import { today } from '../../store/clock.ts';
import { lookUpWorker } from '../../store/lookups.ts';
import { builder, WRITE } from '../builder.ts';
import { logYouthWrite } from '../personal.ts';
import { LightSupportGoal } from './enums.ts';
import { LightParentingSupport } from './events.ts';

const StartLightParentingSupportInput = builder.inputType('StartLightParentingSupportInput', {
  description: 'Light parenting support to start on a case.',
  fields: (t) => ({
    caseId: t.id({ required: true, description: 'The youth case.' }),
    goals: t.field({
      type: [LightSupportGoal],
      required: true,
      description: 'One or more of the six goals, each once.',
    }),
    startedOn: t.field({ type: 'Date', description: 'Day it starts (default today).' }),
    workerId: t.id({ required: true, description: 'The basis worker who gives it (locations).' }),
  }),
});

const EndLightParentingSupportInput = builder.inputType('EndLightParentingSupportInput', {
  description: 'The end of light parenting support.',
  fields: (t) => ({
    supportId: t.id({ required: true, description: 'The light support.' }),
    endedOn: t.field({ type: 'Date', description: 'Day it ends (default today).' }),
    expectedVersion: t.int({ required: true, description: 'The version you read.' }),
  }),
});

builder.mutationFields((t) => ({
  startLightParentingSupport: t.field({
    type: LightParentingSupport,
    description:
      'Start lichte opvoedondersteuning (BR-Y5): a general provision of the basis — no beschikking, no JET ' +
      'consultation or decision first; the basis may start it at once (R-004-12) — with one or more of the six goals. ' +
      'The worker is a basis worker (asked of locations), whose organisation is kept; only the municipality or the ' +
      'worker’s own organisation starts it (`NotCaseHolderError`, BR-Y17). No abonnementstarief.',
    authScopes: WRITE,
    errors: {
      types: [
        NotCaseHolderError,
        YouthCaseClosedError,
        NotBasisWorkerError,
        NotFoundError,
        ValidationError,
        OwnerUnavailableError,
      ],
    },
    args: {
      input: t.arg({ type: StartLightParentingSupportInput, required: true, description: 'The support.' }),
    },
    resolve: async (_root, { input }, context) => {
      const worker = await lookUpWorker(context, String(input.workerId));
      return context.db.transaction(async (tx) => {
        const caseId = String(input.caseId);
        const row = await lockCase(tx, context.caller, caseId);
        const support = unlessRefused(
          startLightSupport(
            caseState(row),
            { goals: input.goals, startedOn: input.startedOn ?? today(), workerId: String(input.workerId) },
            worker,
            today(),
          ),
        );
        // The worker is a basis worker (the rule above); whose it is decides who may start it (BR-Y17).
        const refusal = lightSupportGiverRefusal(context.caller, caseId, worker);
        if (refusal) throw refusal;
        const inserted = await insertLightSupport(tx, caseId, support);
        await bumpCase(tx, caseId);
        await logYouthWrite(context, await childIdsOf(tx, caseId), ['lightParentingSupport']);
        return inserted;
      });
    },
  }),
  endLightParentingSupport: t.field({
    type: LightParentingSupport,
    description: 'End light parenting support, once, on or after its start. Refused on a stale version.',
    authScopes: WRITE,
    errors: { types: [NotFoundError, ValidationError, VersionConflictError] },
    args: { input: t.arg({ type: EndLightParentingSupportInput, required: true, description: 'The end.' }) },
    resolve: (_root, { input }, context) =>
      context.db.transaction(async (tx) => {
        // The case first, as every path that changes a case's events locks it: one lock order.
        const caseId = await caseOfLightSupport(tx, context.caller, String(input.supportId));
        await lockCase(tx, context.caller, caseId);
        const support = await lockLightSupport(tx, String(input.supportId), input.expectedVersion);
        const ended = unlessRefused(endLightSupport(support, input.endedOn ?? today(), today()));
        const row = await endLightSupportRow(tx, support.id, ended.endedOn);
        await bumpCase(tx, support.caseId);
        await logYouthWrite(context, await childIdsOf(tx, support.caseId), ['lightParentingSupport']);
        return row;
      }),
  }),
}));
