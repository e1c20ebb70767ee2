import { type Db, isUniqueViolation, type Tx } from '@mienskip/kit/db';
import {
  type Caller,
  NotFoundError,
  OwnerUnavailableError,
  publishCountFor,
  ValidationError,
  VersionConflictError,
} from '@mienskip/kit/rules';
import { loadOrNull, resolveOffsetConnection } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';
import { and, asc, count, eq } from 'drizzle-orm';
import { type DebtCaseRow, debtCases, debtSignals } from '../../db/tables.ts';
import {
  advancePhase,
  assessCase,
  closeDebtCase,
  holderRefusal,
  openDebtCase,
  openerNeedsOrganisation,
  openerRefusal,
  phaseOf,
  recordAftercare,
} from '../../domain/cases.ts';
import {
  DebtCaseClosedError,
  DebtCaseNotHeldError,
  DebtIntakeRequiredError,
  DebtorsNotOneHouseholdError,
  DebtPhaseBackwardsError,
  DebtPhaseSkippedError,
  DebtReferralOpenError,
  NotDebtCaseOpenerError,
  OpenDebtCaseExistsError,
  TooManyDebtorsError,
  unlessRefused,
} from '../../domain/errors.ts';
import { fourWeekNorm } from '../../domain/norms.ts';
import { signalCaseRefusal } from '../../domain/signals.ts';
import { SignalAlreadyLinkedError, SignalOfOtherClientError } from '../../domain/signals-errors.ts';
import {
  bumpCase,
  caseConditions,
  caseState,
  clientIdsOf,
  closeCaseRow,
  insertCase,
  lockCase,
  openCaseOf,
  runningReferralIds,
} from '../../store/cases.ts';
import { today } from '../../store/clock.ts';
import { clientsOf, guardianshipAdvicesOf, referralsOf, volunteersOf } from '../../store/loaders.ts';
import { lookUpClients, lookUpOrganisation } from '../../store/lookups.ts';
import { signalForCase } from '../../store/signals.ts';
import { visibleCases, visibleSignals } from '../../store/visibility.ts';
import { addProvenanceField, builder, PERSONAL, READ, WRITE } from '../builder.ts';
import { logDebtWrite, personalDebt } from '../personal.ts';
import {
  AftercareOutcome,
  DebtAdvancePhase,
  DebtComplexity,
  DebtNorm,
  DebtOutflowReason,
  DebtPhase,
  DebtSeverity,
  DebtSolutionKind,
} from './enums.ts';
import { DebtCaseVolunteer, DebtReferral, GuardianshipAdvice, seeded } from './events.ts';
import { DebtCase } from './ref.ts';
import { AreaRef, ClientRef, HouseholdRef, OrganisationRef, ref } from './refs.ts';

/** The clients of a case: whom its personal fields are about. */
export const clientsOfCase = (row: { id: string }, context: SubgraphContext) =>
  clientsOf(context).load(row.id);

DebtCase.implement({
  description:
    'Schuldhulptraject (E45, Wgs): debt assistance for one client or two jointly liable partners of one household, ' +
    'through the phases of the NVVK reference process (aanmelding, intake, stabilisatie, oplossing, nazorg, ' +
    'uitstroom). Regie over it stays with the basis: the household’s Wmo regievoerder in clients holds regie over ' +
    'Wmo and schuldhulpverlening alike (BR-R1: "De medewerker van de basisondersteuning heeft de regie bij Wmo en ' +
    'schuldhulpverlening"), so the case has no regievoerder of its own — ask `household { coordinator }`. A key sees ' +
    'only the cases its organisation registered or that were referred to it (the municipality every case).',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    phase: t.field({
      type: DebtPhase,
      description: 'Fase now: derived from the phase dates (the last one set), never stored.',
      resolve: (c) => phaseOf(c),
    }),
    registeredOn: t.field({
      type: 'Date',
      description: 'Aanmelding: the day the case was registered (DDAS aanmelding.startdatum).',
      resolve: (c) => c.registeredOn,
    }),
    firstConversationOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'Eerste gesprek: the start of the intake (DDAS intake.startdatum); null before it.',
      resolve: (c) => c.intakeOn,
    }),
    withinFourWeeks: t.field({
      type: DebtNorm,
      description:
        'Wgs: the first conversation within 4 weeks (28 days) of the registration. MET or MISSED once decided; ' +
        'PENDING while the case is inside its 28 days without one; MISSED when the 28 days passed without one. ' +
        'Computed from the dates and today, never stored.',
      resolve: (c) => fourWeekNorm(c.registeredOn, c.intakeOn, today()),
    }),
    stabilisationOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'Start of stabilisatie; null before it.',
      resolve: (c) => c.stabilisationOn,
    }),
    solutionOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'Start of the oplossing; null before it or when the solution was skipped.',
      resolve: (c) => c.solutionOn,
    }),
    solutionKind: t.expose('solutionKind', {
      type: DebtSolutionKind,
      nullable: true,
      description: 'Oplossingssoort (DDAS); set with the solution phase.',
    }),
    aftercareOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'Start of nazorg; null before it.',
      resolve: (c) => c.aftercareOn,
    }),
    aftercareOutcome: t.expose('aftercareOutcome', {
      type: AftercareOutcome,
      nullable: true,
      description: 'Resultaat nazorg; null until recorded.',
    }),
    outflowOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'Uitstroom: the day the case ended; null while open.',
      resolve: (c) => c.outflowOn,
    }),
    outflowReason: t.expose('outflowReason', {
      type: DebtOutflowReason,
      nullable: true,
      description: 'Uitstroomreden (DDAS); null while open.',
    }),
    severity: t.expose('severity', {
      type: DebtSeverity,
      nullable: true,
      description: 'Ernst, assessed at the intake; null until assessed.',
    }),
    complexity: t.expose('complexity', {
      type: DebtComplexity,
      nullable: true,
      description: 'Whether the basis handles it itself (SIMPLE); assessed at the intake, null until then.',
    }),
    clients: t.field({
      type: [ClientRef],
      nullable: { list: true, items: true },
      authScopes: PERSONAL,
      description:
        'The debtors (schuldenaren, clients): one, or two jointly liable partners. Who has debts is personal data: ' +
        'needs personal-data, and the read is logged for each client.',
      resolve: personalDebt('debtCases', clientsOfCase, async (c: DebtCaseRow, context) =>
        (await clientsOf(context).load(c.id)).map((id) => ({ id })),
      ),
    }),
    household: t.field({
      type: HouseholdRef,
      nullable: true,
      description:
        'The household (clients) when the case was registered. Its Wmo regievoerder (`coordinator`) holds regie over ' +
        'this case too (BR-R1); the case keeps none of its own.',
      resolve: (c) => ref(c.householdId),
    }),
    area: t.field({
      type: AreaRef,
      nullable: true,
      description: 'The household’s area when the case was registered (locations): for statistics per area.',
      resolve: (c) => ref(c.areaId),
    }),
    registeredBy: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'The organisation that registered the case (the basis, mostly); it holds the case.',
      resolve: (c) => ref(c.openedByOrganisationId),
    }),
    referrals: t.field({
      type: [DebtReferral],
      description: 'Referrals to third parties, oldest first.',
      resolve: (c, _a, context) => referralsOf(context).load(c.id),
    }),
    guardianshipAdvices: t.field({
      type: [GuardianshipAdvice],
      description: 'The municipality’s advices on beschermingsbewind, oldest first.',
      resolve: (c, _a, context) => guardianshipAdvicesOf(context).load(c.id),
    }),
    volunteers: t.field({
      type: [DebtCaseVolunteer],
      description: 'Volunteers helping on the case, oldest first.',
      resolve: (c, _a, context) => volunteersOf(context).load(c.id),
    }),
    version: t.exposeInt('version', {
      description: 'Optimistic-concurrency version; every change raises it.',
    }),
  }),
});

addProvenanceField(DebtCase, seeded('case'));

builder.asEntity(DebtCase, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (reference, context) => loadOrNull(DebtCase.getDataloader(context), reference.id),
});

export const DebtCaseConnection = builder.connectionObject(
  {
    type: DebtCase,
    name: 'DebtCaseConnection',
    description: 'A page of debt cases, with the total number that match.',
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
  { name: 'DebtCaseEdge', description: 'One of the debt cases on a page, with its cursor.' },
);

builder.queryFields((t) => ({
  debtCase: t.field({
    type: DebtCase,
    nullable: true,
    description: 'One debt case by id; null when it does not exist or the key may not see it.',
    authScopes: READ,
    args: { id: t.arg.id({ required: true, description: 'The case id.' }) },
    resolve: (_root, args, context) => loadOrNull(DebtCase.getDataloader(context), String(args.id)),
  }),
  debtCases: t.field({
    type: DebtCaseConnection,
    nullable: true,
    description:
      'Debt cases by id, narrowed by the arguments; a key sees only the cases its organisation registered or that ' +
      'were referred to it (the municipality every case). Null when debt is unavailable; see errors.',
    authScopes: READ,
    args: {
      ...t.arg.connectionArgs(),
      phase: t.arg({ type: DebtPhase, description: 'Only cases in this phase now.' }),
      areaId: t.arg.id({ description: 'Only cases of households in this area (as when registered).' }),
      open: t.arg.boolean({ description: 'Only open cases (true) or only those that flowed out (false).' }),
    },
    resolve: async (_root, args, context) => {
      const where = and(
        ...caseConditions(context.caller, {
          phase: args.phase,
          areaId: args.areaId ? String(args.areaId) : null,
          open: args.open,
        }),
      );
      const page = await resolveOffsetConnection(
        { args, defaultSize: 20, maxSize: 100 },
        ({ offset, limit }) =>
          context.db
            .select()
            .from(debtCases)
            .where(where)
            .orderBy(asc(debtCases.id))
            .limit(limit)
            .offset(offset),
      );
      // Counted only when asked for.
      const totalCount = async () => {
        const [row] = await context.db.select({ n: count() }).from(debtCases).where(where);
        return row!.n;
      };
      return Object.assign(page, { totalCount });
    },
  }),
}));

const OpenDebtCaseInput = builder.inputType('OpenDebtCaseInput', {
  description: 'A debt case (schuldhulptraject) to register for a client or two jointly liable partners.',
  fields: (t) => ({
    clientIds: t.idList({
      required: true,
      description: 'The debtor, or two jointly liable partners of one household (clients).',
    }),
    registeredOn: t.field({
      type: 'Date',
      description: 'Aanmelding: the day of registration (default today).',
    }),
    severity: t.field({
      type: DebtSeverity,
      description: 'Ernst, when already known (otherwise at the intake).',
    }),
    complexity: t.field({ type: DebtComplexity, description: 'Complexity, when already known.' }),
    signalId: t.id({ description: 'The signal (vroeg- or laatsignaal) the case comes from, if any.' }),
  }),
});

/** The case's version after a change, and who to log it for. */
async function changeCase(
  context: SubgraphContext,
  caseId: string,
  expectedVersion: number | null | undefined,
  decide: (
    row: DebtCaseRow,
  ) => Partial<typeof debtCases.$inferInsert> | Promise<Partial<typeof debtCases.$inferInsert>>,
  fields: readonly string[],
) {
  return context.db.transaction(async (tx) => {
    const row = await lockCase(tx, context.caller, caseId, expectedVersion);
    unlessRefused(holderRefusal(context.caller, row));
    const changes = await decide(row);
    const updated = await bumpCase(tx, caseId, changes);
    await logDebtWrite(context, await clientIdsOf(tx, caseId), fields);
    return updated;
  });
}

/** The open case of one of these clients, named only when the key may see it (BR-DB1, BR-DB9). */
async function openCaseRefusal(
  db: Db | Tx,
  caller: Caller,
  clientIds: readonly string[],
): Promise<OpenDebtCaseExistsError | null> {
  const open = await openCaseOf(db, clientIds);
  if (!open) return null;
  const [visible] = await db
    .select({ id: debtCases.id })
    .from(debtCases)
    .where(and(eq(debtCases.id, open.caseId), visibleCases(caller)));
  return new OpenDebtCaseExistsError(open.clientId, visible ? open.caseId : null);
}

/**
 * The signal a case is opened from (BR-DB30, the signals part's `signalCaseRefusal`): one the key sees,
 * about one of the case's clients, that led to no case yet.
 */
async function signalRefusal(
  context: SubgraphContext,
  signalId: string,
  clientIds: readonly string[],
): Promise<NotFoundError | SignalAlreadyLinkedError | SignalOfOtherClientError | null> {
  const [signal] = await context.db
    .select({ id: debtSignals.id, clientId: debtSignals.clientId })
    .from(debtSignals)
    .where(and(eq(debtSignals.id, signalId), visibleSignals(context.caller)));
  if (!signal) return new NotFoundError('DebtSignal', signalId);
  const [linked] = await context.db
    .select({ id: debtCases.id })
    .from(debtCases)
    .where(eq(debtCases.signalId, signalId));
  return signalCaseRefusal(signal, clientIds, linked?.id ?? null);
}

const CASE_FIELD = ['debtCases'] as const;

builder.mutationFields((t) => ({
  openDebtCase: t.field({
    type: DebtCase,
    description:
      'Register a debt case (aanmelding schuldhulpverlening) for one client or two jointly liable partners of one ' +
      'household (asked of clients; `TooManyDebtorsError`, `DebtorsNotOneHouseholdError`). A client has at most one ' +
      'open case (`OpenDebtCaseExistsError`, also when two requests race). Only the basisondersteuning (the main ' +
      'provider of its lot, asked of budget), a municipal team or the municipality registers (`NotDebtCaseOpenerError`); ' +
      'the caller’s organisation holds the case. From a signal (`signalId`): one the key handles, about one of the ' +
      'clients, that led to no case yet. Links the clients to debt help: needs personal-data, logged per client.',
    authScopes: { $all: { ...WRITE, $all: PERSONAL } },
    errors: {
      types: [
        OpenDebtCaseExistsError,
        NotDebtCaseOpenerError,
        TooManyDebtorsError,
        DebtorsNotOneHouseholdError,
        SignalAlreadyLinkedError,
        SignalOfOtherClientError,
        NotFoundError,
        ValidationError,
        OwnerUnavailableError,
      ],
    },
    args: { input: t.arg({ type: OpenDebtCaseInput, required: true, description: 'The case.' }) },
    resolve: async (_root, { input }, context) => {
      const { caller } = context;
      const own = openerNeedsOrganisation(caller)
        ? await lookUpOrganisation(context, caller.organisationId)
        : null;
      unlessRefused(openerRefusal(caller, own));
      const clientIds = input.clientIds.map(String);
      const { clients, households } = await lookUpClients(context, clientIds.slice(0, 2));
      const household = households.get(clients[0]?.householdId ?? '') ?? null;
      const opened = unlessRefused(
        openDebtCase(
          {
            clientIds,
            registeredOn: input.registeredOn ?? today(),
            severity: input.severity,
            complexity: input.complexity,
            signalId: input.signalId ? String(input.signalId) : null,
          },
          clients,
          household,
          caller.organisationId,
          today(),
        ),
      );
      if (opened.signalId) unlessRefused(await signalRefusal(context, opened.signalId, opened.clientIds));
      try {
        return await context.db.transaction(async (tx) => {
          unlessRefused(await openCaseRefusal(tx, caller, opened.clientIds));
          if (opened.signalId) {
            // Again under the signal's lock: two openings from one signal cannot both link it.
            const { signal, linkedCaseId } = await signalForCase(tx, caller, opened.signalId);
            unlessRefused(signalCaseRefusal(signal, opened.clientIds, linkedCaseId));
          }
          const row = await insertCase(tx, opened);
          await logDebtWrite(context, opened.clientIds, CASE_FIELD);
          return row;
        });
      } catch (error) {
        // Two requests raced past the check: the partial unique index had the last word (BR-DB1).
        if (isUniqueViolation(error))
          throw (
            (await openCaseRefusal(context.db, caller, opened.clientIds)) ??
            new OpenDebtCaseExistsError(opened.clientIds[0]!, null)
          );
        throw error;
      }
    },
  }),
  recordFirstConversation: t.field({
    type: DebtCase,
    description:
      'Record the first conversation: the case enters the intake (DDAS intake.startdatum), which decides the Wgs ' +
      'four-week norm. The same as `advanceDebtPhase` to INTAKE.',
    authScopes: WRITE,
    errors: {
      types: [
        DebtCaseNotHeldError,
        DebtCaseClosedError,
        DebtPhaseBackwardsError,
        NotFoundError,
        ValidationError,
        VersionConflictError,
      ],
    },
    args: {
      input: t.arg({
        type: builder.inputType('RecordFirstConversationInput', {
          description: 'The first conversation of a debt case.',
          fields: (f) => ({
            caseId: f.id({ required: true, description: 'The case.' }),
            on: f.field({ type: 'Date', description: 'Day of the first conversation (default today).' }),
            expectedVersion: f.int({ required: true, description: 'The case version you read.' }),
          }),
        }),
        required: true,
        description: 'The conversation.',
      }),
    },
    resolve: (_root, { input }, context) =>
      changeCase(
        context,
        String(input.caseId),
        input.expectedVersion,
        (row) => unlessRefused(advancePhase(caseState(row), 'INTAKE', input.on ?? today(), null, today())),
        CASE_FIELD,
      ),
  }),
  advanceDebtPhase: t.field({
    type: DebtCase,
    description:
      'Move a debt case to a later phase (NVVK): forward only (`DebtPhaseBackwardsError`); the intake before anything ' +
      'else and stabilisation before a solution (`DebtPhaseSkippedError`); only the solution may be skipped ' +
      '(stabilisation → aftercare, when no settlement is made). A solution names its kind. Outflow has `closeDebtCase`.',
    authScopes: WRITE,
    errors: {
      types: [
        DebtCaseNotHeldError,
        DebtCaseClosedError,
        DebtPhaseBackwardsError,
        DebtPhaseSkippedError,
        NotFoundError,
        ValidationError,
        VersionConflictError,
      ],
    },
    args: {
      input: t.arg({
        type: builder.inputType('AdvanceDebtPhaseInput', {
          description: 'The next phase of a debt case.',
          fields: (f) => ({
            caseId: f.id({ required: true, description: 'The case.' }),
            phase: f.field({ type: DebtAdvancePhase, required: true, description: 'The phase it enters.' }),
            on: f.field({ type: 'Date', description: 'Day it enters the phase (default today).' }),
            solutionKind: f.field({
              type: DebtSolutionKind,
              description: 'Oplossingssoort: required for SOLUTION, refused otherwise.',
            }),
            expectedVersion: f.int({ required: true, description: 'The case version you read.' }),
          }),
        }),
        required: true,
        description: 'The phase.',
      }),
    },
    resolve: (_root, { input }, context) =>
      changeCase(
        context,
        String(input.caseId),
        input.expectedVersion,
        (row) =>
          unlessRefused(
            advancePhase(
              caseState(row),
              input.phase,
              input.on ?? today(),
              input.solutionKind ?? null,
              today(),
            ),
          ),
        CASE_FIELD,
      ),
  }),
  assessDebtCase: t.field({
    type: DebtCase,
    description:
      'Assess a debt case at or after its intake: severity (ernst) and complexity. A SIMPLE case ("relatief ' +
      'eenvoudige, niet-problematische schuldensituaties") the basis handles itself, without curative debt help.',
    authScopes: WRITE,
    errors: {
      types: [
        DebtCaseNotHeldError,
        DebtCaseClosedError,
        DebtIntakeRequiredError,
        NotFoundError,
        ValidationError,
        VersionConflictError,
      ],
    },
    args: {
      input: t.arg({
        type: builder.inputType('AssessDebtCaseInput', {
          description: 'The assessment of a debt case.',
          fields: (f) => ({
            caseId: f.id({ required: true, description: 'The case.' }),
            severity: f.field({ type: DebtSeverity, required: true, description: 'Ernst.' }),
            complexity: f.field({ type: DebtComplexity, required: true, description: 'Complexity.' }),
            expectedVersion: f.int({
              description:
                'The case version you read: required to change an earlier assessment, so that two cannot overwrite each other.',
            }),
          }),
        }),
        required: true,
        description: 'The assessment.',
      }),
    },
    resolve: (_root, { input }, context) =>
      changeCase(
        context,
        String(input.caseId),
        input.expectedVersion,
        (row) => {
          // A first assessment may come without a version; changing one may not (no silent overwrite).
          if (row.severity !== null && input.expectedVersion == null)
            throw new ValidationError(
              'expectedVersion',
              'The case was assessed before: send the version you read.',
            );
          return unlessRefused(assessCase(caseState(row), input.severity, input.complexity));
        },
        CASE_FIELD,
      ),
  }),
  recordAftercareOutcome: t.field({
    type: DebtCase,
    description: 'Record the outcome of aftercare (nazorg) on a case in aftercare.',
    authScopes: WRITE,
    errors: {
      types: [
        DebtCaseNotHeldError,
        DebtCaseClosedError,
        NotFoundError,
        ValidationError,
        VersionConflictError,
      ],
    },
    args: {
      input: t.arg({
        type: builder.inputType('RecordAftercareOutcomeInput', {
          description: 'The outcome of aftercare.',
          fields: (f) => ({
            caseId: f.id({ required: true, description: 'The case.' }),
            outcome: f.field({ type: AftercareOutcome, required: true, description: 'Resultaat nazorg.' }),
            expectedVersion: f.int({ required: true, description: 'The case version you read.' }),
          }),
        }),
        required: true,
        description: 'The outcome.',
      }),
    },
    resolve: (_root, { input }, context) =>
      changeCase(
        context,
        String(input.caseId),
        input.expectedVersion,
        (row) => unlessRefused(recordAftercare(caseState(row), input.outcome)),
        CASE_FIELD,
      ),
  }),
  closeDebtCase: t.field({
    type: DebtCase,
    description:
      'Outflow (uitstroom) with a DDAS reason: the case changes no more and its clients may get a new case. Refused ' +
      'while a referral on it still runs (`DebtReferralOpenError`: a referral lasts "voor zolang dit nodig is"; end ' +
      'it first), and AFGEROND only after a solution or in aftercare.',
    authScopes: WRITE,
    errors: {
      types: [
        DebtCaseNotHeldError,
        DebtCaseClosedError,
        DebtReferralOpenError,
        NotFoundError,
        ValidationError,
        VersionConflictError,
      ],
    },
    args: {
      input: t.arg({
        type: builder.inputType('CloseDebtCaseInput', {
          description: 'The outflow of a debt case.',
          fields: (f) => ({
            caseId: f.id({ required: true, description: 'The case.' }),
            outflowOn: f.field({ type: 'Date', description: 'Day of outflow (default today).' }),
            reason: f.field({
              type: DebtOutflowReason,
              required: true,
              description: 'Uitstroomreden (DDAS).',
            }),
            expectedVersion: f.int({ required: true, description: 'The case version you read.' }),
          }),
        }),
        required: true,
        description: 'The outflow.',
      }),
    },
    resolve: (_root, { input }, context) =>
      context.db.transaction(async (tx) => {
        const caseId = String(input.caseId);
        const row = await lockCase(tx, context.caller, caseId, input.expectedVersion);
        unlessRefused(holderRefusal(context.caller, row));
        const outflow = unlessRefused(
          closeDebtCase(
            caseState(row),
            { outflowOn: input.outflowOn ?? today(), reason: input.reason },
            await runningReferralIds(tx, caseId),
            today(),
          ),
        );
        const closed = await closeCaseRow(tx, caseId, outflow);
        await logDebtWrite(context, await clientIdsOf(tx, caseId), CASE_FIELD);
        return closed;
      }),
  }),
}));
