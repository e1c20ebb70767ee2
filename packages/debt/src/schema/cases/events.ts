import type { Tx } from '@mienskip/kit/db';
import {
  NotFoundError,
  OwnerUnavailableError,
  ValidationError,
  VersionConflictError,
} from '@mienskip/kit/rules';
import { loadOrNull } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';
import { eq } from 'drizzle-orm';
import {
  type DebtCaseVolunteerRow,
  type DebtReferralRow,
  debtCases,
  type GuardianshipAdviceRow,
} from '../../db/tables.ts';
import { holderRefusal } from '../../domain/cases.ts';
import {
  DebtCaseClosedError,
  DebtCaseNotHeldError,
  DebtIntakeRequiredError,
  DebtReferralEndedError,
  NotDebtThirdPartyError,
  NotDebtVolunteerError,
  SimpleDebtCaseError,
  unlessRefused,
} from '../../domain/errors.ts';
import {
  endReferral,
  isOverdue,
  mayChangeReferral,
  referCase,
  reviewReferral,
} from '../../domain/referrals.ts';
import { adviseGuardianship, assignVolunteer } from '../../domain/support.ts';
import {
  bumpCase,
  caseState,
  clientIdsOf,
  insertGuardianshipAdvice,
  insertReferral,
  insertVolunteer,
  lockCase,
  lockReferral,
  updateReferral,
} from '../../store/cases.ts';
import { today } from '../../store/clock.ts';
import { lookUpOrganisation, lookUpWorker } from '../../store/lookups.ts';
import { addProvenanceField, builder, READ, WRITE } from '../builder.ts';
import { logDebtWrite } from '../personal.ts';
import { DebtReferralKind, DebtVolunteerTask, GuardianshipAdviceVerdict } from './enums.ts';
import { DebtCase } from './ref.ts';
import { OrganisationRef, ref, WorkerRef } from './refs.ts';

const caseOf = (row: { caseId: string }, context: SubgraphContext) =>
  loadOrNull(DebtCase.getDataloader(context), row.caseId);

export const DebtReferral = builder.objectRef<DebtReferralRow>('DebtReferral').implement({
  description:
    'Verwijzing naar een derde (E48): curatieve schuldhulpverlening, budget- or inkomensbeheer, beschermingsbewind — ' +
    '"alleen ingezet wanneer dit nodig en passend is en voor zolang dit nodig is". Every referral has a review day by ' +
    'which the need is looked at again; the third party sees the case it was referred, also after the referral ended (what it worked on), and only the open ones in its caseload.',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    debtCase: t.field({
      type: DebtCase,
      nullable: true,
      description: 'The debt case.',
      resolve: (row, _a, context) => caseOf(row, context),
    }),
    kind: t.expose('kind', { type: DebtReferralKind, description: 'What the third party does.' }),
    organisation: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'The third party (budget).',
      resolve: (row) => ref(row.organisationId),
    }),
    startedOn: t.field({
      type: 'Date',
      description: 'Day the referral started.',
      resolve: (r) => r.startedOn,
    }),
    reviewOn: t.field({
      type: 'Date',
      description:
        'Day by which the need is looked at again (at most a year ahead); moved by `reviewDebtReferral`.',
      resolve: (r) => r.reviewOn,
    }),
    endedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'Day it ended; null while it runs.',
      resolve: (r) => r.endedOn,
    }),
    overdue: t.boolean({
      description: 'True when it still runs past its review day: the need was not looked at again in time.',
      resolve: (r) => isOverdue(r, today()),
    }),
    version: t.exposeInt('version', {
      description: 'Optimistic-concurrency version; every change raises it.',
    }),
  }),
});

export const GuardianshipAdvice = builder.objectRef<GuardianshipAdviceRow>('GuardianshipAdvice').implement({
  description:
    'Advies onderbewindstelling (E50): the municipality’s advisory right in the procedure for beschermingsbewind, ' +
    'carried out by the basis ("Uitvoering geven aan het adviesrecht dat de gemeente Leeuwarden op termijn in het ' +
    'onderbewindstellingsproces krijgt").',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    debtCase: t.field({
      type: DebtCase,
      nullable: true,
      description: 'The debt case.',
      resolve: (row, _a, context) => caseOf(row, context),
    }),
    advisedOn: t.field({ type: 'Date', description: 'Day of the advice.', resolve: (r) => r.advisedOn }),
    advice: t.expose('advice', { type: GuardianshipAdviceVerdict, description: 'The advice.' }),
  }),
});

export const DebtCaseVolunteer = builder.objectRef<DebtCaseVolunteerRow>('DebtCaseVolunteer').implement({
  description:
    'A vrijwilliger on a debt case (the Jelle example, §3.2): "een vrijwilliger … die hem helpt om zijn financiën en ' +
    'administratie op orde te krijgen en te houden. Deze vrijwilliger bereidt ook het traject naar een schuldsanering voor."',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    debtCase: t.field({
      type: DebtCase,
      nullable: true,
      description: 'The debt case.',
      resolve: (row, _a, context) => caseOf(row, context),
    }),
    worker: t.field({
      type: WorkerRef,
      nullable: true,
      description: 'The volunteer (locations).',
      resolve: (r) => ref(r.workerId),
    }),
    task: t.expose('task', { type: DebtVolunteerTask, description: 'What the volunteer does.' }),
    startedOn: t.field({ type: 'Date', description: 'Day the help started.', resolve: (r) => r.startedOn }),
    endedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'Day it ended; null while it runs.',
      resolve: (r) => r.endedOn,
    }),
  }),
});

const seeded = (what: string) =>
  `Where this ${what} comes from: SYNTHETIC when the seed invented it (no real person or case; a seeded ${what} ` +
  `changed through the API stays SYNTHETIC), RECORDED when it was written through the API. No ${what} is SOURCE.`;

addProvenanceField(DebtReferral, seeded('referral'));
addProvenanceField(GuardianshipAdvice, seeded('advice'));
addProvenanceField(DebtCaseVolunteer, seeded('volunteer'));

export { seeded };

/** Locks a case for an event on it: the key holds it (BR-DB4); raises its version with the event. */
async function lockHeldCase(tx: Tx, context: SubgraphContext, caseId: string) {
  const row = await lockCase(tx, context.caller, caseId);
  unlessRefused(holderRefusal(context.caller, row));
  return row;
}

/** A referral locked for a change by the case's holder or the third party itself. */
async function lockOwnReferral(tx: Tx, context: SubgraphContext, referralId: string, version: number) {
  const referral = await lockReferral(tx, context.caller, referralId, version);
  const [owner] = await tx
    .select({ openedBy: debtCases.openedByOrganisationId })
    .from(debtCases)
    .where(eq(debtCases.id, referral.caseId));
  if (!mayChangeReferral(context.caller, owner!.openedBy, referral.organisationId))
    throw new DebtCaseNotHeldError(referral.caseId, context.caller.organisationId);
  return referral;
}

builder.mutationFields((t) => ({
  referDebtCase: t.field({
    type: DebtReferral,
    description:
      'Refer a debt case to a third party (curatieve schuldhulpverlening, budgetbeheer, inkomensbeheer, ' +
      'beschermingsbewind): an organisation of budget that is neither the basis nor the municipality ' +
      '(`NotDebtThirdPartyError`), after the intake, with a review day at most a year ahead. A case assessed SIMPLE ' +
      'is not referred to curative debt help (`SimpleDebtCaseError`). The third party sees the case from then on.',
    authScopes: WRITE,
    errors: {
      types: [
        DebtCaseNotHeldError,
        DebtCaseClosedError,
        DebtIntakeRequiredError,
        SimpleDebtCaseError,
        NotDebtThirdPartyError,
        NotFoundError,
        ValidationError,
        OwnerUnavailableError,
      ],
    },
    args: {
      input: t.arg({
        type: builder.inputType('ReferDebtCaseInput', {
          description: 'A referral of a debt case to a third party.',
          fields: (f) => ({
            caseId: f.id({ required: true, description: 'The case.' }),
            kind: f.field({
              type: DebtReferralKind,
              required: true,
              description: 'What the third party does.',
            }),
            organisationId: f.id({ required: true, description: 'The third party (budget).' }),
            startedOn: f.field({ type: 'Date', description: 'Day it starts (default today).' }),
            reviewOn: f.field({
              type: 'Date',
              required: true,
              description: 'Day by which the need is looked at again: after the start, at most a year later.',
            }),
          }),
        }),
        required: true,
        description: 'The referral.',
      }),
    },
    resolve: async (_root, { input }, context) => {
      const organisationId = String(input.organisationId);
      const organisation = await lookUpOrganisation(context, organisationId);
      return context.db.transaction(async (tx) => {
        const caseId = String(input.caseId);
        const row = await lockHeldCase(tx, context, caseId);
        const referral = unlessRefused(
          referCase(
            caseState(row),
            {
              kind: input.kind,
              organisationId,
              startedOn: input.startedOn ?? today(),
              reviewOn: input.reviewOn,
            },
            organisation,
            today(),
          ),
        );
        const inserted = await insertReferral(tx, caseId, referral);
        await bumpCase(tx, caseId);
        await logDebtWrite(context, await clientIdsOf(tx, caseId), ['debtReferrals']);
        return inserted;
      });
    },
  }),
  reviewDebtReferral: t.field({
    type: DebtReferral,
    description:
      'Record that the need of a running referral was looked at again, and the next review day (at most a year after ' +
      'the review). By the case’s holder or the third party itself.',
    authScopes: WRITE,
    errors: {
      types: [
        DebtCaseNotHeldError,
        DebtReferralEndedError,
        NotFoundError,
        ValidationError,
        VersionConflictError,
      ],
    },
    args: {
      input: t.arg({
        type: builder.inputType('ReviewDebtReferralInput', {
          description: 'A review of a referral.',
          fields: (f) => ({
            referralId: f.id({ required: true, description: 'The referral.' }),
            reviewedOn: f.field({ type: 'Date', description: 'Day of the review (default today).' }),
            nextReviewOn: f.field({ type: 'Date', required: true, description: 'The next review day.' }),
            expectedVersion: f.int({ required: true, description: 'The referral version you read.' }),
          }),
        }),
        required: true,
        description: 'The review.',
      }),
    },
    resolve: (_root, { input }, context) =>
      context.db.transaction(async (tx) => {
        const referral = await lockOwnReferral(tx, context, String(input.referralId), input.expectedVersion);
        const change = unlessRefused(
          reviewReferral(referral, input.reviewedOn ?? today(), input.nextReviewOn, today()),
        );
        const updated = await updateReferral(tx, referral.id, change);
        await logDebtWrite(context, await clientIdsOf(tx, referral.caseId), ['debtReferrals']);
        return updated;
      }),
  }),
  endDebtReferral: t.field({
    type: DebtReferral,
    description:
      'End a referral once it is no longer needed. By the case’s holder or the third party itself.',
    authScopes: WRITE,
    errors: {
      types: [
        DebtCaseNotHeldError,
        DebtReferralEndedError,
        NotFoundError,
        ValidationError,
        VersionConflictError,
      ],
    },
    args: {
      input: t.arg({
        type: builder.inputType('EndDebtReferralInput', {
          description: 'The end of a referral.',
          fields: (f) => ({
            referralId: f.id({ required: true, description: 'The referral.' }),
            endedOn: f.field({ type: 'Date', description: 'Day it ends (default today).' }),
            expectedVersion: f.int({ required: true, description: 'The referral version you read.' }),
          }),
        }),
        required: true,
        description: 'The end.',
      }),
    },
    resolve: (_root, { input }, context) =>
      context.db.transaction(async (tx) => {
        const referral = await lockOwnReferral(tx, context, String(input.referralId), input.expectedVersion);
        const change = unlessRefused(endReferral(referral, input.endedOn ?? today(), today()));
        const updated = await updateReferral(tx, referral.id, change);
        await logDebtWrite(context, await clientIdsOf(tx, referral.caseId), ['debtReferrals']);
        return updated;
      }),
  }),
  recordGuardianshipAdvice: t.field({
    type: GuardianshipAdvice,
    description:
      'Record the municipality’s advice in a procedure for onderbewindstelling (adviesrecht), carried out by the basis ' +
      'that holds the case, or by the municipality; also after outflow.',
    authScopes: WRITE,
    errors: { types: [DebtCaseNotHeldError, NotFoundError, ValidationError] },
    args: {
      input: t.arg({
        type: builder.inputType('RecordGuardianshipAdviceInput', {
          description: 'An advice on beschermingsbewind.',
          fields: (f) => ({
            caseId: f.id({ required: true, description: 'The case.' }),
            advisedOn: f.field({ type: 'Date', description: 'Day of the advice (default today).' }),
            advice: f.field({ type: GuardianshipAdviceVerdict, required: true, description: 'The advice.' }),
          }),
        }),
        required: true,
        description: 'The advice.',
      }),
    },
    resolve: (_root, { input }, context) =>
      context.db.transaction(async (tx) => {
        const caseId = String(input.caseId);
        const row = await lockHeldCase(tx, context, caseId);
        const advice = unlessRefused(
          adviseGuardianship(caseState(row), input.advisedOn ?? today(), input.advice, today()),
        );
        const inserted = await insertGuardianshipAdvice(tx, caseId, advice);
        await bumpCase(tx, caseId);
        await logDebtWrite(context, await clientIdsOf(tx, caseId), ['guardianshipAdvices']);
        return inserted;
      }),
  }),
  assignDebtVolunteer: t.field({
    type: DebtCaseVolunteer,
    description:
      'Let a volunteer (VRIJWILLIGER in locations) help on an open debt case with administration or by preparing a ' +
      'debt settlement (the Jelle example).',
    authScopes: WRITE,
    errors: {
      types: [
        DebtCaseNotHeldError,
        DebtCaseClosedError,
        NotDebtVolunteerError,
        NotFoundError,
        ValidationError,
        OwnerUnavailableError,
      ],
    },
    args: {
      input: t.arg({
        type: builder.inputType('AssignDebtVolunteerInput', {
          description: 'A volunteer on a debt case.',
          fields: (f) => ({
            caseId: f.id({ required: true, description: 'The case.' }),
            workerId: f.id({ required: true, description: 'The volunteer (locations).' }),
            task: f.field({
              type: DebtVolunteerTask,
              required: true,
              description: 'What the volunteer does.',
            }),
            startedOn: f.field({ type: 'Date', description: 'Day the help starts (default today).' }),
          }),
        }),
        required: true,
        description: 'The volunteer.',
      }),
    },
    resolve: async (_root, { input }, context) => {
      const workerId = String(input.workerId);
      const worker = await lookUpWorker(context, workerId);
      return context.db.transaction(async (tx) => {
        const caseId = String(input.caseId);
        const row = await lockHeldCase(tx, context, caseId);
        const volunteer = unlessRefused(
          assignVolunteer(caseState(row), workerId, worker, input.task, input.startedOn ?? today(), today()),
        );
        const inserted = await insertVolunteer(tx, caseId, volunteer);
        await bumpCase(tx, caseId);
        await logDebtWrite(context, await clientIdsOf(tx, caseId), ['debtVolunteers']);
        return inserted;
      });
    },
  }),
}));
