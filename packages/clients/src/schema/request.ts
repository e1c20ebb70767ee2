import { lockVersioned, updateVersioned } from '@mienskip/kit/db';
import {
  NotFoundError,
  OwnerUnavailableError,
  ValidationError,
  VersionConflictError,
} from '@mienskip/kit/rules';
import { type ReferralRow, referrals, type SupportRequestRow, supportRequests } from '../db/tables.ts';
import { referralIssuer, requestAssessor } from '../domain/caseworkers.ts';
import { debtSignalRefusal, movedKindRefusal } from '../domain/debt-handover.ts';
import {
  DebtHelpMovedError,
  DebtSignalMovedError,
  LightParentingSupportMovedError,
  RuleViolationError,
  unlessRefused,
} from '../domain/errors.ts';
import { assessRequest, issueReferral, recordRequest } from '../domain/request.ts';
import { visibilityOf } from '../lookups/caseloads.ts';
import { lookUpWorker } from '../lookups/workers.ts';
import { requireClient } from '../store/clients.ts';
import { today } from '../store/clock.ts';
import { rowsByParent } from '../store/loaders.ts';
import { insertReferral, insertRequest, requireRequest } from '../store/request.ts';
import { builder, WRITE } from './builder.ts';
import { Client } from './entities.ts';
import { LifeDomain, RequestChannel, RequestOutcome, RequestSource, SupportKind } from './enums.ts';
import { RoomRef, ref, WorkerRef } from './refs.ts';

export const SupportRequest = builder.objectRef<SupportRequestRow>('SupportRequest').implement({
  description:
    'Ondersteuningsvraag / signaal: a question received at a buurt- or dorpskamer or by outreach, assessed by ' +
    'a professional (P1).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    receivedOn: t.field({ type: 'Date', description: 'When it came in.', resolve: (r) => r.receivedOn }),
    room: t.field({
      type: RoomRef,
      nullable: true,
      description: 'The room, unless by outreach.',
      resolve: (r) => ref(r.roomId),
    }),
    channel: t.expose('channel', { type: RequestChannel, description: 'How it came in.' }),
    source: t.expose('source', { type: RequestSource, description: 'Who brought it.' }),
    lifeDomains: t.field({
      type: [LifeDomain],
      description: 'Leefgebieden it touches.',
      resolve: (r) => r.lifeDomains,
    }),
    urgent: t.exposeBoolean('urgent', { description: 'Needs quick action or scaling up.' }),
    outcome: t.expose('outcome', {
      type: RequestOutcome,
      nullable: true,
      description: 'The assessment; null until assessed.',
    }),
    assessedBy: t.field({
      type: WorkerRef,
      nullable: true,
      description: 'The professional who assessed it (never a volunteer, BR-A2).',
      resolve: (r) => ref(r.assessedByWorkerId),
    }),
    assessedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'When it was assessed.',
      resolve: (r) => r.assessedOn,
    }),
    version: t.exposeInt('version', { description: 'Optimistic-concurrency version.' }),
  }),
});

export const Referral = builder.objectRef<ReferralRow>('Referral').implement({
  description:
    'Verwijzing: a referral letter to aanvullende ondersteuning, issued by a basis worker (BR-A3).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    issuedBy: t.field({
      type: WorkerRef,
      nullable: true,
      description: 'The basis worker.',
      resolve: (r) => ({ id: r.issuedByWorkerId }),
    }),
    issuedOn: t.field({ type: 'Date', description: 'Date of the letter.', resolve: (r) => r.issuedOn }),
    kind: t.expose('kind', { type: SupportKind, description: 'The support referred to.' }),
    residentRequestedDecision: t.exposeBoolean('residentRequestedDecision', {
      description: 'The resident asked for a beschikking instead (BR-A4).',
    }),
  }),
});

const requestsOf = rowsByParent(supportRequests, supportRequests.clientId, {
  orderBy: supportRequests.receivedOn,
});
const referralsOf = rowsByParent(referrals, referrals.clientId, { orderBy: referrals.issuedOn });

builder.objectFields(Client, (t) => ({
  supportRequests: t.field({
    type: [SupportRequest],
    description: 'Questions and signals about the resident, oldest first.',
    resolve: (c, _a, context) => requestsOf(context).load(c.id),
  }),
  referrals: t.field({
    type: [Referral],
    description: 'Referrals to aanvullende ondersteuning, oldest first.',
    resolve: (c, _a, context) => referralsOf(context).load(c.id),
  }),
}));

const RecordSupportRequestInput = builder.inputType('RecordSupportRequestInput', {
  description: 'A question or signal received.',
  fields: (t) => ({
    clientId: t.id({ required: true, description: 'The resident it is about.' }),
    receivedOn: t.field({ type: 'Date', description: 'When (default today).' }),
    roomId: t.id({ description: 'The room it came in at (none for outreach).' }),
    channel: t.field({
      type: RequestChannel,
      required: true,
      description: 'How it came in; DEBT_SIGNAL is refused: a debt signal is the debt subgraph’s.',
    }),
    source: t.field({ type: RequestSource, description: 'Who brought it (default the resident).' }),
    lifeDomains: t.field({ type: [LifeDomain], required: true, description: 'Leefgebieden (at least one).' }),
    urgent: t.boolean({ description: 'Needs quick action (default false).' }),
  }),
});

const AssessSupportRequestInput = builder.inputType('AssessSupportRequestInput', {
  description: 'The professional’s assessment of a request.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The request.' }),
    version: t.int({ required: true, description: 'The version you read.' }),
    workerId: t.id({ required: true, description: 'The professional assessing (a caseworker).' }),
    outcome: t.field({ type: RequestOutcome, required: true, description: 'Where the question goes.' }),
    assessedOn: t.field({ type: 'Date', description: 'When (default today).' }),
  }),
});

const IssueReferralInput = builder.inputType('IssueReferralInput', {
  description: 'A referral letter to aanvullende ondersteuning.',
  fields: (t) => ({
    clientId: t.id({ required: true, description: 'The resident.' }),
    workerId: t.id({ required: true, description: 'The basis worker issuing it.' }),
    kind: t.field({
      type: SupportKind,
      required: true,
      description:
        'The support referred to; LICHTE_OPVOEDONDERSTEUNING (youth’s) and SCHULDHULPVERLENING (debt’s) are refused.',
    }),
    supportRequestId: t.id({ description: 'The request that led to it.' }),
    issuedOn: t.field({ type: 'Date', description: 'Date (default today).' }),
    residentRequestedDecision: t.boolean({
      description: 'The resident asks for a beschikking (default false).',
    }),
  }),
});

builder.mutationFields((t) => ({
  recordSupportRequest: t.field({
    type: SupportRequest,
    description:
      'Record a question or signal (P1, RECEIVED). A debt signal is refused with `DebtSignalMovedError`: the debt ' +
      'subgraph registers it (`registerDebtSignal`).',
    authScopes: WRITE,
    errors: {
      types: [
        DebtSignalMovedError,
        RuleViolationError,
        NotFoundError,
        ValidationError,
        OwnerUnavailableError,
      ],
    },
    args: { input: t.arg({ type: RecordSupportRequestInput, required: true, description: 'The request.' }) },
    resolve: async (_root, { input }, context) => {
      const { db } = context;
      // Refused before anything is looked up (BR-CL18).
      unlessRefused(debtSignalRefusal(input.channel));
      await requireClient(db, await visibilityOf(context), input.clientId);
      return insertRequest(db, unlessRefused(recordRequest(input, today())));
    },
  }),
  assessSupportRequest: t.field({
    type: SupportRequest,
    description:
      'Record the assessment: only a professional (a caseworker) decides, never a volunteer (BR-A2).',
    authScopes: WRITE,
    errors: {
      types: [
        RuleViolationError,
        VersionConflictError,
        NotFoundError,
        ValidationError,
        OwnerUnavailableError,
      ],
    },
    args: {
      input: t.arg({ type: AssessSupportRequestInput, required: true, description: 'The assessment.' }),
    },
    resolve: async (_root, { input }, context) => {
      const { db } = context;
      // Visibility first, outside the transaction: PGlite has one connection, held by an open transaction.
      await requireClient(db, await visibilityOf(context), (await requireRequest(db, input.id)).clientId);
      unlessRefused(
        requestAssessor(input.outcome, input.workerId, await lookUpWorker(context, input.workerId)),
      );
      return db.transaction(async (tx) => {
        const request = await lockVersioned(tx, supportRequests, 'SupportRequest', input.id, input.version);
        const { assessment } = unlessRefused(assessRequest(request, input, today()));
        return updateVersioned(tx, supportRequests, request.id, assessment);
      });
    },
  }),
  issueReferral: t.field({
    type: Referral,
    description:
      'Issue a referral letter to aanvullende ondersteuning: only a basis worker may (BR-A3). Never to light ' +
      'parenting support, which the youth subgraph records (`LightParentingSupportMovedError`), or to debt help, ' +
      'which the debt subgraph records as a debt case (`DebtHelpMovedError`, `openDebtCase`).',
    authScopes: WRITE,
    errors: {
      types: [
        LightParentingSupportMovedError,
        DebtHelpMovedError,
        RuleViolationError,
        NotFoundError,
        ValidationError,
        OwnerUnavailableError,
      ],
    },
    args: { input: t.arg({ type: IssueReferralInput, required: true, description: 'The referral.' }) },
    resolve: async (_root, { input }, context) => {
      const { db } = context;
      // Refused before anything is looked up (BR-CL16, BR-CL17).
      unlessRefused(movedKindRefusal(input.kind));
      await requireClient(db, await visibilityOf(context), input.clientId);
      const issuer = unlessRefused(
        referralIssuer(input.workerId, await lookUpWorker(context, input.workerId)),
      );
      const request = input.supportRequestId ? await requireRequest(db, input.supportRequestId) : null;
      const referral = unlessRefused(issueReferral(input, request, today()));
      return insertReferral(db, { ...referral, issuedByOrganisationId: issuer.organisation.id });
    },
  }),
}));
