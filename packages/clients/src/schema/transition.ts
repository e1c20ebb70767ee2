import { updateVersioned } from '@mienskip/kit/db';
import {
  NotFoundError,
  OwnerUnavailableError,
  ValidationError,
  VersionConflictError,
} from '@mienskip/kit/rules';
import { loadOrNull, resolveOffsetConnection } from '@mienskip/kit/schema';
import { and, asc, count } from 'drizzle-orm';
import { type TransitionInterviewRow, transitionInterviews } from '../db/tables.ts';
import { RuleViolationError, unlessRefused } from '../domain/errors.ts';
import { recordTransitionStep, transitionStatus } from '../domain/transition.ts';
import { readVisibility, visibilityOf } from '../lookups/caseloads.ts';
import { rowsByParent } from '../store/loaders.ts';
import { visibleInterviews } from '../store/scoping.ts';
import { lockInterview, transitionCondition } from '../store/transition.ts';
import { builder, READ, WRITE } from './builder.ts';
import { countedConnection, withTotalCount } from './counted-connection.ts';
import { Client } from './entities.ts';
import { HandoverStatus, LegacyIndication, TransitionOutcome, TransitionStatus } from './enums.ts';
import { OrganisationRef, ref } from './refs.ts';

export const TransitionInterview = builder
  .objectRef<TransitionInterviewRow>('TransitionInterview')
  .implement({
    description:
      'Overgangsgesprek (2020): the conversation that moved a resident with a legacy TO/DB indication to basis, ' +
      'aanvullend or a tailored solution, and the warm handover from the old to the new provider (P5).',
    fields: (t) => ({
      id: t.exposeID('id', { description: 'Stable id.' }),
      client: t.field({
        type: Client,
        nullable: true,
        description: 'The resident.',
        resolve: (i, _a, context) => loadOrNull(Client.getDataloader(context), i.clientId),
      }),
      legacyIndication: t.expose('legacyIndication', {
        type: LegacyIndication,
        description: 'The indication before 2021.',
      }),
      legacyProvider: t.field({
        type: OrganisationRef,
        nullable: true,
        description: 'The provider before 2021.',
        resolve: (i) => ({ id: i.legacyOrganisationId }),
      }),
      plannedOn: t.field({
        type: 'Date',
        nullable: true,
        description: 'Planned date.',
        resolve: (i) => i.plannedOn,
      }),
      heldOn: t.field({ type: 'Date', nullable: true, description: 'Date held.', resolve: (i) => i.heldOn }),
      outcome: t.expose('outcome', {
        type: TransitionOutcome,
        nullable: true,
        description: 'Destination decided.',
      }),
      newProvider: t.field({
        type: OrganisationRef,
        nullable: true,
        description: 'The provider from 2021.',
        resolve: (i) => ref(i.newOrganisationId),
      }),
      handover: t.expose('handover', { type: HandoverStatus, description: 'Warme overdracht.' }),
      earlyTransfer: t.exposeBoolean('earlyTransfer', {
        description: 'Transferred before 1 January 2021 (BR-T4).',
      }),
      status: t.field({
        type: TransitionStatus,
        description: 'Where it stands.',
        resolve: (i) => transitionStatus(i),
      }),
      version: t.exposeInt('version', { description: 'Optimistic-concurrency version.' }),
    }),
  });

const interviewOf = rowsByParent(transitionInterviews, transitionInterviews.clientId);

builder.objectField(Client, 'transitionInterview', (t) =>
  t.field({
    type: TransitionInterview,
    nullable: true,
    description: 'The 2020 transition interview, for residents with a legacy indication.',
    resolve: async (c, _a, context) => (await interviewOf(context).load(c.id))[0] ?? null,
  }),
);

const InterviewConnection = countedConnection(
  TransitionInterview,
  'TransitionInterview',
  'transition interviews',
);

builder.queryField('transitionInterviews', (t) =>
  t.field({
    type: InterviewConnection,
    nullable: true,
    description:
      'Transition interviews by status, as they stand now. The municipality’s late-2020 question in one query: ' +
      'alias `status: FOLLOW_UP_PENDING` (interviewed, no follow-up yet), `status: HANDOVER_IN_PROGRESS` and ' +
      '`status: NOT_PLANNED` (no interview at all). Null when clients is unavailable; see errors.',
    authScopes: READ,
    args: {
      ...t.arg.connectionArgs(),
      status: t.arg({ type: TransitionStatus, description: 'Only interviews in this state.' }),
    },
    resolve: async (_root, args, context) => {
      const { db } = context;
      const where = and(
        args.status ? transitionCondition(args.status) : undefined,
        visibleInterviews(await readVisibility(context)),
      );
      const page = await resolveOffsetConnection(
        { args, defaultSize: 20, maxSize: 100 },
        ({ offset, limit }) =>
          db
            .select()
            .from(transitionInterviews)
            .where(where)
            .orderBy(asc(transitionInterviews.id))
            .limit(limit)
            .offset(offset),
      );
      const totalCount = async () =>
        (await db.select({ n: count() }).from(transitionInterviews).where(where))[0]!.n;
      return withTotalCount(page, totalCount);
    },
  }),
);

const RecordTransitionInput = builder.inputType('RecordTransitionInput', {
  description: 'A step in a transition interview; omitted fields stay as they are.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The interview.' }),
    version: t.int({ required: true, description: 'The version you read.' }),
    plannedOn: t.field({ type: 'Date', description: 'Planned date.' }),
    heldOn: t.field({ type: 'Date', description: 'Date held.' }),
    outcome: t.field({ type: TransitionOutcome, description: 'Destination decided.' }),
    newProviderId: t.id({ description: 'The provider from 2021.' }),
    handover: t.field({ type: HandoverStatus, description: 'Warme overdracht status.' }),
    earlyTransfer: t.boolean({ description: 'Transfer before 1 January 2021.' }),
    consentOfClientAndProviders: t.boolean({
      description:
        'Client and both providers agree on content and finance (needed for early transfer, BR-T4).',
    }),
  }),
});

builder.mutationField('recordTransitionInterview', (t) =>
  t.field({
    type: TransitionInterview,
    description: 'Plan, hold and conclude a transition interview and its handover, in P5’s order.',
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
    args: { input: t.arg({ type: RecordTransitionInput, required: true, description: 'The step.' }) },
    resolve: async (_root, { input }, context) => {
      // Before the transaction: no look-up while the interview is locked.
      const visibility = await visibilityOf(context);
      return context.db.transaction(async (tx) => {
        const interview = await lockInterview(tx, visibility, input);
        const next = unlessRefused(recordTransitionStep(interview, input));
        return updateVersioned(tx, transitionInterviews, interview.id, next);
      });
    },
  }),
);
