import {
  NotFoundError,
  OwnerUnavailableError,
  publishCountFor,
  ValidationError,
  VersionConflictError,
} from '@mienskip/kit/rules';
import { loadOrNull, resolveOffsetConnection } from '@mienskip/kit/schema';
import { and, asc, count } from 'drizzle-orm';
import { type YouthCaseRow, youthCases } from '../../db/tables.ts';
import { closeCase, openCase, openerRefusal } from '../../domain/cases.ts';
import {
  ChildNotInHouseholdError,
  JetDecisionRequiredError,
  NotCaseOpenerError,
  unlessRefused,
  YouthCaseClosedError,
} from '../../domain/errors.ts';
import {
  caseConditions,
  caseState,
  childIdsOf,
  closeCaseRow,
  insertCase,
  lockCase,
  runningStarts,
} from '../../store/cases.ts';
import { today } from '../../store/clock.ts';
import {
  childrenOf,
  combinedRegieOf,
  consultationsOf,
  decisionsOf,
  lightSupportOf,
  referralsOf,
} from '../../store/loaders.ts';
import { lookUpHousehold, lookUpOrganisation } from '../../store/lookups.ts';
import { addProvenanceField, builder, PERSONAL, PURPOSE_ERRORS, READ, WRITE } from '../builder.ts';
import { logYouthWrite, personalYouth, purposeRefusal } from '../personal.ts';
import { YouthCloseReason, YouthOpeningRoute, YouthRoute } from './enums.ts';
import {
  CombinedRegieAgreement,
  JetConsultation,
  JetDecision,
  LightParentingSupport,
  seeded,
  YouthReferral,
} from './events.ts';
import { YouthCase } from './ref.ts';
import { AreaRef, ClientRef, HouseholdRef, OrganisationRef, ref, WorkerRef } from './refs.ts';

/** The children of a case: whom its personal fields are about. */
export const childrenOfCase = (row: YouthCaseRow, context: Parameters<typeof childrenOf>[0]) =>
  childrenOf(context).load(row.id);

YouthCase.implement({
  description:
    'Jeugdcasus (E34): one household and one or more of its children, supported in the sociale basis, the basis or ' +
    'under the Jeugdwet, with the JET’s procesregisseur on the Jeugdwet route. A key sees only the cases its ' +
    'organisation is involved in (the municipality every case).',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    route: t.expose('route', {
      type: YouthRoute,
      description: 'The route now: the opening one, or the latest JET decision’s.',
    }),
    openedOn: t.field({ type: 'Date', description: 'Day the case opened.', resolve: (c) => c.openedOn }),
    closedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'Day the case closed; null while open.',
      resolve: (c) => c.closedOn,
    }),
    closeReason: t.expose('closeReason', {
      type: YouthCloseReason,
      nullable: true,
      description: 'Reden beëindiging (CBS Beleidsinformatie Jeugd); null while open.',
    }),
    household: t.field({
      type: HouseholdRef,
      nullable: true,
      description: 'The household (gezin, clients).',
      resolve: (c) => ref(c.householdId),
    }),
    area: t.field({
      type: AreaRef,
      nullable: true,
      description: 'The household’s area when the case opened (locations): for statistics per area.',
      resolve: (c) => ref(c.areaId),
    }),
    openedBy: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'The organisation that opened the case (the basis, mostly).',
      resolve: (c) => ref(c.openedByOrganisationId),
    }),
    children: t.field({
      type: [ClientRef],
      nullable: { list: true, items: true },
      authScopes: PERSONAL,
      description:
        'The jeugdigen the case is about (clients). Links a person to youth care: personal data, needs a Jeugdwet ' +
        'purpose (art. 7.4.0) in `x-mienskip-purpose`, and the read is logged for each child.',
      resolve: personalYouth('youthCases', childrenOfCase, async (c: YouthCaseRow, context) =>
        (await childrenOf(context).load(c.id)).map((id) => ({ id })),
      ),
    }),
    processDirector: t.field({
      type: WorkerRef,
      nullable: true,
      description:
        'The procesregisseur: a JET member, on the Jeugdwet route always (locations); null on the other routes.',
      resolve: (c) => ref(c.processDirectorId),
    }),
    consultations: t.field({
      type: [JetConsultation],
      description: 'JET consultations, oldest first.',
      resolve: (c, _a, context) => consultationsOf(context).load(c.id),
    }),
    decisions: t.field({
      type: [JetDecision],
      description: 'JET decisions, oldest first; the latest sets the route.',
      resolve: (c, _a, context) => decisionsOf(context).load(c.id),
    }),
    referrals: t.field({
      type: [YouthReferral],
      description: 'Referrals to youth-care providers, oldest first.',
      resolve: (c, _a, context) => referralsOf(context).load(c.id),
    }),
    lightSupport: t.field({
      type: [LightParentingSupport],
      description: 'Light parenting support, oldest first.',
      resolve: (c, _a, context) => lightSupportOf(context).load(c.id),
    }),
    combinedRegie: t.field({
      type: CombinedRegieAgreement,
      nullable: true,
      description:
        'The combined-regie agreement in force, if any: who leads where Wmo and Jeugdwet support run side by side.',
      resolve: (c, _a, context) => combinedRegieOf(context).load(c.id),
    }),
    version: t.exposeInt('version', {
      description: 'Optimistic-concurrency version; every change raises it.',
    }),
  }),
});

addProvenanceField(YouthCase, seeded('case'));

builder.asEntity(YouthCase, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (reference, context) => loadOrNull(YouthCase.getDataloader(context), reference.id),
});

export const YouthCaseConnection = builder.connectionObject(
  {
    type: YouthCase,
    name: 'YouthCaseConnection',
    description: 'A page of youth cases, with the total number that match.',
    fields: (t) => ({
      totalCount: t.int({
        nullable: true,
        description:
          'How many cases match, over all pages. Exact for a key with the personal-data scope; for any other key ' +
          'under the CBS rule for small numbers (kleine aantallen): null when 0–7, otherwise rounded to fives.',
        resolve: async (connection, _args, { caller }) =>
          publishCountFor(
            caller,
            await (connection as unknown as { totalCount: () => Promise<number> }).totalCount(),
          ).value,
      }),
    }),
  },
  { name: 'YouthCaseEdge', description: 'One of the youth cases on a page, with its cursor.' },
);

builder.queryFields((t) => ({
  youthCase: t.field({
    type: YouthCase,
    nullable: true,
    description: 'One youth case by id; null when it does not exist or the key may not see it.',
    authScopes: READ,
    args: { id: t.arg.id({ required: true, description: 'The case id.' }) },
    resolve: (_root, args, context) => loadOrNull(YouthCase.getDataloader(context), String(args.id)),
  }),
  youthCases: t.field({
    type: YouthCaseConnection,
    nullable: true,
    description:
      'Youth cases by id, narrowed by the arguments; a key sees only the cases its organisation is involved in ' +
      '(the municipality every case). Null when youth is unavailable; see errors.',
    authScopes: READ,
    args: {
      ...t.arg.connectionArgs(),
      route: t.arg({ type: YouthRoute, description: 'Only cases on this route now.' }),
      householdId: t.arg.id({ description: 'Only cases of this household.' }),
      processDirectorId: t.arg.id({ description: 'Only cases this JET member directs now.' }),
      open: t.arg.boolean({ description: 'Only open cases (true) or only closed ones (false).' }),
    },
    resolve: async (_root, args, context) => {
      const where = and(
        ...caseConditions(context.caller, {
          route: args.route,
          householdId: args.householdId ? String(args.householdId) : null,
          processDirectorId: args.processDirectorId ? String(args.processDirectorId) : null,
          open: args.open,
        }),
      );
      const page = await resolveOffsetConnection(
        { args, defaultSize: 20, maxSize: 100 },
        ({ offset, limit }) =>
          context.db
            .select()
            .from(youthCases)
            .where(where)
            .orderBy(asc(youthCases.id))
            .limit(limit)
            .offset(offset),
      );
      // Counted only when asked for.
      const totalCount = async () => {
        const [row] = await context.db.select({ n: count() }).from(youthCases).where(where);
        return row!.n;
      };
      return Object.assign(page, { totalCount });
    },
  }),
}));

const OpenYouthCaseInput = builder.inputType('OpenYouthCaseInput', {
  description: 'A youth case to open for a household and one or more of its children.',
  fields: (t) => ({
    householdId: t.id({ required: true, description: 'The household (clients).' }),
    childIds: t.idList({
      required: true,
      description: 'The children: young persons (YOUNG_PERSON) of that household, each once.',
    }),
    route: t.field({
      type: YouthOpeningRoute,
      required: true,
      description: 'SOCIALE_BASIS or BASIS; the Jeugdwet route follows only from a JET decision.',
    }),
    openedOn: t.field({ type: 'Date', description: 'Day the case opens (default today).' }),
  }),
});

const CloseYouthCaseInput = builder.inputType('CloseYouthCaseInput', {
  description: 'Closing a youth case; what still runs on it ends that day.',
  fields: (t) => ({
    caseId: t.id({ required: true, description: 'The case.' }),
    closedOn: t.field({ type: 'Date', description: 'Day it closes (default today).' }),
    reason: t.field({ type: YouthCloseReason, required: true, description: 'Reden beëindiging (CBS).' }),
    expectedVersion: t.int({ required: true, description: 'The case version you read.' }),
  }),
});

builder.mutationFields((t) => ({
  openYouthCase: t.field({
    type: YouthCase,
    description:
      'Open a youth case (jeugdcasus) for a household and its children, in the sociale basis or the basis; the ' +
      'caller’s organisation is the opener and keeps seeing it. Only the municipality, its teams (the JET) and the ' +
      'main provider of the basisondersteuning (asked of budget) open cases (`NotCaseOpenerError`, BR-Y16). ' +
      'Clients is asked for the household: each child must ' +
      'be a young person of it. Links the children to youth care: needs personal-data and a Jeugdwet purpose, and is ' +
      'logged per child.',
    authScopes: { $all: { ...WRITE, $all: PERSONAL } },
    errors: {
      types: [
        ...PURPOSE_ERRORS,
        NotCaseOpenerError,
        JetDecisionRequiredError,
        ChildNotInHouseholdError,
        NotFoundError,
        ValidationError,
        OwnerUnavailableError,
      ],
    },
    args: { input: t.arg({ type: OpenYouthCaseInput, required: true, description: 'The case.' }) },
    resolve: async (_root, { input }, context) => {
      unlessRefused(purposeRefusal(context.caller));
      const { caller } = context;
      const ownOrganisation =
        caller.organisationKind === 'PROVIDER' || caller.organisationKind === 'VOLUNTEER_ORGANISATION'
          ? await lookUpOrganisation(context, caller.organisationId)
          : null;
      unlessRefused(openerRefusal(caller, ownOrganisation));
      const household = await lookUpHousehold(context, String(input.householdId));
      const opened = unlessRefused(
        openCase(
          {
            householdId: String(input.householdId),
            childIds: input.childIds.map(String),
            route: input.route,
            openedOn: input.openedOn ?? today(),
          },
          household,
          context.caller.organisationId,
          today(),
        ),
      );
      return context.db.transaction(async (tx) => {
        const row = await insertCase(tx, opened);
        await logYouthWrite(context, opened.childIds, ['youthCases']);
        return row;
      });
    },
  }),
  closeYouthCase: t.field({
    type: YouthCase,
    description:
      'Close a youth case with a reason (CBS reden beëindiging); referrals, light support and the combined-regie ' +
      'agreement still running end that day. Refused on a stale version and for a closed case.',
    authScopes: WRITE,
    errors: { types: [YouthCaseClosedError, NotFoundError, ValidationError, VersionConflictError] },
    args: { input: t.arg({ type: CloseYouthCaseInput, required: true, description: 'The closing.' }) },
    resolve: (_root, { input }, context) =>
      context.db.transaction(async (tx) => {
        const caseId = String(input.caseId);
        const row = await lockCase(tx, context.caller, caseId, input.expectedVersion);
        const closing = unlessRefused(
          closeCase(
            caseState(row),
            { closedOn: input.closedOn ?? today(), reason: input.reason },
            { startedOn: await runningStarts(tx, caseId) },
            today(),
          ),
        );
        const closed = await closeCaseRow(tx, caseId, closing);
        await logYouthWrite(context, await childIdsOf(tx, caseId), ['youthCases']);
        return closed;
      }),
  }),
}));
