import { NotFoundError, OwnerUnavailableError, ValidationError } from '@mienskip/kit/rules';
import { caseHolderRefusal } from '../../domain/case-holders.ts';
import {
  NotCaseHolderError,
  NotJeugdwetCaseError,
  NotYouthCareProviderError,
  ReferralWithoutConsultationError,
  unlessRefused,
  YouthCaseClosedError,
} from '../../domain/errors.ts';
import { endReferral, referToYouthCare } from '../../domain/referrals.ts';
import {
  bumpCase,
  caseState,
  childIdsOf,
  consultationsOf,
  endReferralRow,
  insertReferral,
  lockCase,
  lockReferral,
} from '../../store/cases.ts';
import { today } from '../../store/clock.ts';
import { lookUpOrganisation } from '../../store/lookups.ts';
import { loadSafetyCase } from '../../store/safety/cases.ts';
import { builder, WRITE } from '../builder.ts';
import { logYouthWrite } from '../personal.ts';
import { YouthReferral } from './events.ts';

const ReferToYouthCareInput = builder.inputType('ReferToYouthCareInput', {
  description: 'A referral of a Jeugdwet case to a youth-care provider.',
  fields: (t) => ({
    caseId: t.id({ required: true, description: 'The youth case, on the Jeugdwet route.' }),
    organisationId: t.id({ required: true, description: 'The youth-care provider (budget, kind PROVIDER).' }),
    referredOn: t.field({ type: 'Date', description: 'Day of the referral (default today).' }),
  }),
});

const EndYouthReferralInput = builder.inputType('EndYouthReferralInput', {
  description: 'The end of a referral to youth care.',
  fields: (t) => ({
    referralId: t.id({ required: true, description: 'The referral.' }),
    endedOn: t.field({ type: 'Date', description: 'Day it ended (default today).' }),
  }),
});

builder.mutationFields((t) => ({
  referToYouthCare: t.field({
    type: YouthReferral,
    description:
      'Refer a case to a youth-care provider, which then sees the case. Only on the Jeugdwet route the JET decided ' +
      '(`NotJeugdwetCaseError`, BR-Y12) and only after a JET consultation on or before the day of the referral ' +
      '(`ReferralWithoutConsultationError`, R-004-13), and only by the municipality, the case’s basis or its JET ' +
      '(`NotCaseHolderError`, BR-Y17). Budget is asked for the organisation.',
    authScopes: WRITE,
    errors: {
      types: [
        NotCaseHolderError,
        ReferralWithoutConsultationError,
        NotJeugdwetCaseError,
        YouthCaseClosedError,
        NotYouthCareProviderError,
        NotFoundError,
        ValidationError,
        OwnerUnavailableError,
      ],
    },
    args: { input: t.arg({ type: ReferToYouthCareInput, required: true, description: 'The referral.' }) },
    resolve: async (_root, { input }, context) => {
      const organisation = await lookUpOrganisation(context, String(input.organisationId));
      return context.db.transaction(async (tx) => {
        const caseId = String(input.caseId);
        const row = await lockCase(tx, context.caller, caseId);
        const holders = await loadSafetyCase(tx, context.caller, caseId);
        const refusal = caseHolderRefusal(context.caller, holders, 'refer the case to youth care');
        if (refusal) throw refusal;
        const referral = unlessRefused(
          referToYouthCare(
            caseState(row),
            { organisationId: String(input.organisationId), referredOn: input.referredOn ?? today() },
            await consultationsOf(tx, caseId),
            organisation,
            today(),
          ),
        );
        const inserted = await insertReferral(tx, caseId, referral);
        await bumpCase(tx, caseId);
        await logYouthWrite(context, await childIdsOf(tx, caseId), ['youthReferrals']);
        return inserted;
      });
    },
  }),
  endYouthReferral: t.field({
    type: YouthReferral,
    description: 'End a referral to youth care, once, on or after the day it was made.',
    authScopes: WRITE,
    errors: { types: [NotFoundError, ValidationError] },
    args: { input: t.arg({ type: EndYouthReferralInput, required: true, description: 'The end.' }) },
    resolve: (_root, { input }, context) =>
      context.db.transaction(async (tx) => {
        // The case first, as every path that changes a case's events locks it: one lock order.
        const { caseId } = await lockReferral(tx, context.caller, String(input.referralId), false);
        await lockCase(tx, context.caller, caseId);
        const referral = await lockReferral(tx, context.caller, String(input.referralId), true);
        const ended = unlessRefused(endReferral(referral, input.endedOn ?? today(), today()));
        const row = await endReferralRow(tx, referral.id, ended.endedOn);
        await bumpCase(tx, referral.caseId);
        await logYouthWrite(context, await childIdsOf(tx, referral.caseId), ['youthReferrals']);
        return row;
      }),
  }),
}));
