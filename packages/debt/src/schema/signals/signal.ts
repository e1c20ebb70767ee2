import {
  NotFoundError,
  OwnerUnavailableError,
  publishCountFor,
  ValidationError,
  VersionConflictError,
} from '@mienskip/kit/rules';
import { byIds, loadOrNull, resolveOffsetConnection } from '@mienskip/kit/schema';
import { and, inArray } from 'drizzle-orm';
import { type DebtSignalRow, debtSignals, type OutreachAttemptRow } from '../../db/tables.ts';
import { closeSignal, recordAttempt, registerSignal, signalHandlerRefusal } from '../../domain/signals.ts';
import {
  DebtSignalClosedError,
  NotSignalHandlerError,
  SignalDateError,
  SignalOutcomeMismatchError,
  unlessRefused,
} from '../../domain/signals-errors.ts';
import { today } from '../../store/clock.ts';
import {
  closeSignalRow,
  countSignals,
  insertAttempt,
  insertSignal,
  lockSignal,
  outreachOf,
  signalConditions,
  signalPage,
  signalState,
} from '../../store/signals.ts';
import { attemptsOf, caseOfSignal } from '../../store/signals-loaders.ts';
import {
  lookUpSignalClient,
  lookUpSignalOrganisation,
  lookUpSignalWorker,
} from '../../store/signals-lookups.ts';
import { visibleSignals } from '../../store/visibility.ts';
import { addProvenanceField, builder, PERSONAL, READ, WRITE } from '../builder.ts';
import { AreaRef, ClientRef, DebtCase, OrganisationRef, ref, WorkerRef } from '../cases/index.ts';
import { logDebtWrite, personalDebt } from '../personal.ts';
import { ContactKind, DayPart, DebtSignalKind, SignalOutcome, SignalPartner, SignalStatus } from './enums.ts';

/**
 * Signalering (E46): "Vroeg- en laatsignaleringsaanpak, waarbij bewoners met beginnende respectievelijk
 * problematische schulden outreachend worden benaderd" (Uitvoeringsplan §4.3), after DDAS vroegsignalering.
 */

/** Writing a client's debts: debt:write and personal-data (BR-DB31). */
const PERSONAL_WRITE = { $all: { ...WRITE, $all: PERSONAL } } as const;

/** The signal, by id, if the caller may see it (BR-DB26): on every path, like a missing one otherwise. */
export const DebtSignal = builder.loadableObjectRef<DebtSignalRow, string>('DebtSignal', {
  load: async (ids, { db, caller }) => {
    const rows = await db
      .select()
      .from(debtSignals)
      .where(and(inArray(debtSignals.id, [...ids]), visibleSignals(caller)));
    return byIds('DebtSignal', ids, rows, (row) => row.id);
  },
});

export const OutreachAttempt = builder.objectRef<OutreachAttemptRow>('OutreachAttempt').implement({
  description:
    'Contactpoging (DDAS vroegsignaalzaak.contactpogingen): an attempt to reach the resident after a signal ' +
    '(outreachend benaderen). The first one picks the signal up.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    kind: t.expose('kind', { type: ContactKind, description: 'Contactsoort: how.' }),
    attemptedOn: t.expose('attemptedOn', { type: 'Date', description: 'Datum: the day of the attempt.' }),
    dayPart: t.expose('dayPart', { type: DayPart, description: 'Dagdeel.' }),
    reached: t.exposeBoolean('reached', { description: 'Bereikt: whether the resident was reached.' }),
    worker: t.field({
      type: WorkerRef,
      nullable: true,
      description: 'Who tried (locations), when recorded: a worker of the basis or a volunteer.',
      resolve: (row) => ref(row.workerId),
    }),
    signal: t.field({
      type: DebtSignal,
      nullable: true,
      description: 'The signal it followed; null when the key may not see it.',
      resolve: (row, _a, context) => loadOrNull(DebtSignal.getDataloader(context), row.signalId),
    }),
  }),
});
addProvenanceField(OutreachAttempt);

DebtSignal.implement({
  description:
    'Schuldsignaal (E46): a signal that a resident has payment arrears. VROEG (vroegsignalering, from a signal ' +
    'partner under DDAS) is about beginnende schulden, LAAT about problematische schulden; the basis reaches out ' +
    '(outreachend) with contact attempts and closes it with a DDAS eindresultaat. A key sees the signals its ' +
    'organisation handles (the municipality every signal).',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    kind: t.expose('kind', {
      type: DebtSignalKind,
      description: 'VROEG (beginnende schulden) or LAAT (problematische schulden).',
    }),
    partner: t.expose('partner', { type: SignalPartner, description: 'Signaalpartner: who signalled.' }),
    signalledOn: t.expose('signalledOn', {
      type: 'Date',
      description: 'Signaaldatum: the day the partner sent it.',
    }),
    receivedOn: t.expose('receivedOn', { type: 'Date', description: 'The day it came in at the basis.' }),
    arrears: t.field({
      type: 'Money',
      nullable: true,
      authScopes: PERSONAL,
      description:
        'Bedrag: the arrears the partner signalled, in whole euros (DDAS). About a person’s finances: personal data, ' +
        'the read is logged for the client. Null when not given.',
      resolve: personalDebt<DebtSignalRow, bigint | null>(
        'debtSignal.arrears',
        (row) => [row.clientId],
        (row) => (row.arrearsEuros === null ? null : BigInt(row.arrearsEuros) * 100n),
      ),
    }),
    crisis: t.exposeBoolean('crisis', {
      description: 'Crisissignaal: the partner marked it a threatening situation (eviction, disconnection).',
    }),
    status: t.expose('status', {
      type: SignalStatus,
      description:
        'Signaalstatus (DDAS): NOG_NIET_OPGEPAKT, OPGEPAKT after the first attempt, or why not picked up.',
    }),
    pickedUpOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'Datum opgepakt: the day of the first contact attempt; null before.',
      resolve: (row) => row.pickedUpOn,
    }),
    outcome: t.expose('outcome', {
      type: SignalOutcome,
      nullable: true,
      description: 'Eindresultaat (DDAS), given once on closing; null while the signal is open.',
    }),
    closedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'The day it was closed; null while open.',
      resolve: (row) => row.closedOn,
    }),
    attempts: t.field({
      type: [OutreachAttempt],
      description: 'Contactpogingen, oldest first.',
      resolve: (row, _a, context) => attemptsOf(context).load(row.id),
    }),
    reached: t.boolean({
      description: 'Bereikt: whether any contact attempt reached the resident.',
      resolve: async (row, _a, context) => (await attemptsOf(context).load(row.id)).some((a) => a.reached),
    }),
    client: t.field({
      type: ClientRef,
      nullable: true,
      authScopes: PERSONAL,
      description:
        'The resident the signal is about (clients). Links a person to debts: personal data, the read is logged.',
      resolve: personalDebt<DebtSignalRow, { id: string }>(
        'debtSignal.client',
        (row) => [row.clientId],
        (row) => ref(row.clientId),
      ),
    }),
    area: t.field({
      type: AreaRef,
      nullable: true,
      description: 'The household’s area when the signal came in (locations): for figures per area.',
      resolve: (row) => ref(row.areaId),
    }),
    organisation: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'The organisation that handles it (the basis, which does the outreach).',
      resolve: (row) => ref(row.organisationId),
    }),
    case: t.field({
      type: DebtCase,
      nullable: true,
      description: 'The schuldhulptraject it led to, if any (at most one); null when the key may not see it.',
      resolve: async (row, _a, context) => {
        const caseId = await caseOfSignal(context).load(row.id);
        return caseId ? loadOrNull(DebtCase.getDataloader(context), caseId) : null;
      },
    }),
    version: t.exposeInt('version', {
      description: 'Optimistic-concurrency version; every change raises it.',
    }),
  }),
});
addProvenanceField(DebtSignal);

export const DebtSignalConnection = builder.connectionObject(
  {
    type: DebtSignal,
    name: 'DebtSignalConnection',
    description: 'A page of debt signals, with the total number that match.',
    fields: (t) => ({
      totalCount: t.int({
        nullable: true,
        description:
          'How many signals match, over all pages. Exact for a key with the personal-data scope; for any other key ' +
          'under the CBS rule for small numbers (kleine aantallen): null when 0–7, otherwise rounded to fives.',
        resolve: async (connection, _args, { caller }) =>
          publishCountFor(
            caller,
            await (connection as unknown as { totalCount: () => Promise<number> }).totalCount(),
          ).value,
      }),
    }),
  },
  { name: 'DebtSignalEdge', description: 'One of the debt signals on a page, with its cursor.' },
);

builder.queryFields((t) => ({
  debtSignal: t.field({
    type: DebtSignal,
    nullable: true,
    description: 'One debt signal by id; null when it does not exist or the key may not see it.',
    authScopes: READ,
    args: { id: t.arg.id({ required: true, description: 'The signal id.' }) },
    resolve: (_root, args, context) => loadOrNull(DebtSignal.getDataloader(context), String(args.id)),
  }),
  debtSignals: t.field({
    type: DebtSignalConnection,
    nullable: true,
    description:
      'Debt signals, newest received first, narrowed by the arguments; a key sees the signals its organisation ' +
      'handles (the municipality every signal). Null when debt is unavailable; see errors.',
    authScopes: READ,
    args: {
      ...t.arg.connectionArgs(),
      kind: t.arg({ type: DebtSignalKind, description: 'Only VROEG or only LAAT signals.' }),
      status: t.arg({ type: SignalStatus, description: 'Only signals with this status.' }),
      open: t.arg.boolean({
        description: 'Only open signals (true, no outcome yet) or only closed ones (false).',
      }),
    },
    resolve: async (_root, args, context) => {
      const where = and(
        ...signalConditions(context.caller, { kind: args.kind, status: args.status, open: args.open }),
      );
      const page = await resolveOffsetConnection(
        { args, defaultSize: 20, maxSize: 100 },
        ({ offset, limit }) => signalPage(context.db, where, offset, limit),
      );
      return Object.assign(page, { totalCount: () => countSignals(context.db, where) });
    },
  }),
}));

const RegisterDebtSignalInput = builder.inputType('RegisterDebtSignalInput', {
  description: 'A signal of payment arrears about one resident.',
  fields: (t) => ({
    clientId: t.id({ required: true, description: 'The resident (a `Client` of clients).' }),
    kind: t.field({
      type: DebtSignalKind,
      required: true,
      description: 'VROEG (beginnende schulden) or LAAT (problematische schulden).',
    }),
    partner: t.field({ type: SignalPartner, required: true, description: 'Signaalpartner.' }),
    signalledOn: t.field({
      type: 'Date',
      required: true,
      description: 'Signaaldatum: when the partner sent it.',
    }),
    receivedOn: t.field({
      type: 'Date',
      description: 'When it came in (default today); not before signalledOn.',
    }),
    arrears: t.field({ type: 'Money', description: 'Bedrag: the arrears, whole euros (e.g. "850.00").' }),
    crisis: t.boolean({ description: 'Crisissignaal (default false).' }),
  }),
});

const RecordOutreachAttemptInput = builder.inputType('RecordOutreachAttemptInput', {
  description: 'A contact attempt after a signal.',
  fields: (t) => ({
    signalId: t.id({ required: true, description: 'The signal.' }),
    kind: t.field({ type: ContactKind, required: true, description: 'Contactsoort.' }),
    attemptedOn: t.field({
      type: 'Date',
      description: 'When (default today); not before the signal came in.',
    }),
    dayPart: t.field({ type: DayPart, required: true, description: 'Dagdeel.' }),
    reached: t.boolean({ required: true, description: 'Bereikt: whether the resident was reached.' }),
    workerId: t.id({ description: 'Who tried (a `Worker` of locations), if recorded.' }),
  }),
});

const CloseDebtSignalInput = builder.inputType('CloseDebtSignalInput', {
  description: 'Closing a signal with its DDAS eindresultaat, once.',
  fields: (t) => ({
    signalId: t.id({ required: true, description: 'The signal.' }),
    outcome: t.field({
      type: SignalOutcome,
      required: true,
      description: 'Eindresultaat; it must fit the outreach.',
    }),
    closedOn: t.field({ type: 'Date', description: 'When (default today).' }),
    notPickedUpStatus: t.field({
      type: SignalStatus,
      description:
        'For a signal not picked up: why (ONTERECHT_SIGNAAL, OVERLEDEN, WOONT_NIET_IN_GEMEENTE, HERHAALDE_MELDING, ' +
        'WOONT_OP_ANDER_ADRES; default NIET_OPGEPAKT).',
    }),
    expectedVersion: t.int({ required: true, description: 'The signal version you read.' }),
  }),
});

builder.mutationFields((t) => ({
  registerDebtSignal: t.field({
    type: DebtSignal,
    description:
      'Register a debt signal (signalering, BR-DB23–BR-DB25): the municipality or the main provider of the ' +
      'basisondersteuning (asked of budget), which then handles it — the basis does the outreach. Clients is asked ' +
      'for the client, its household and area. Links a person to debts: needs personal-data, logged for the client.',
    authScopes: PERSONAL_WRITE,
    errors: {
      types: [NotSignalHandlerError, SignalDateError, NotFoundError, ValidationError, OwnerUnavailableError],
    },
    args: { input: t.arg({ type: RegisterDebtSignalInput, required: true, description: 'The signal.' }) },
    resolve: async (_root, { input }, context) => {
      const { caller } = context;
      const clientId = String(input.clientId);
      const [organisation, client] = await Promise.all([
        caller.organisationKind === 'MUNICIPALITY'
          ? null
          : lookUpSignalOrganisation(context, caller.organisationId),
        lookUpSignalClient(context, clientId),
      ]);
      unlessRefused(signalHandlerRefusal(caller, organisation));
      const signal = unlessRefused(
        registerSignal(
          {
            clientId,
            kind: input.kind,
            partner: input.partner,
            signalledOn: input.signalledOn,
            receivedOn: input.receivedOn ?? today(),
            arrearsCents: input.arrears ?? null,
            crisis: input.crisis ?? false,
          },
          client,
          caller.organisationId,
          today(),
        ),
      );
      return context.db.transaction(async (tx) => {
        const row = await insertSignal(tx, signal);
        await logDebtWrite(context, [clientId], ['debtSignal']);
        return row;
      });
    },
  }),
  recordOutreachAttempt: t.field({
    type: OutreachAttempt,
    description:
      'Record a contact attempt (DDAS contactpoging, BR-DB27): not before the signal came in, not on a closed ' +
      'signal; the first picks the signal up (NOG_NIET_OPGEPAKT → OPGEPAKT). A worker named is asked of locations.',
    authScopes: WRITE,
    errors: {
      types: [DebtSignalClosedError, SignalDateError, NotFoundError, ValidationError, OwnerUnavailableError],
    },
    args: { input: t.arg({ type: RecordOutreachAttemptInput, required: true, description: 'The attempt.' }) },
    resolve: async (_root, { input }, context) => {
      const workerId = input.workerId ? String(input.workerId) : null;
      const worker = await lookUpSignalWorker(context, workerId);
      return context.db.transaction(async (tx) => {
        const signalId = String(input.signalId);
        const signal = await lockSignal(tx, context.caller, signalId, null);
        const change = unlessRefused(
          recordAttempt(
            signalState(signal),
            {
              kind: input.kind,
              attemptedOn: input.attemptedOn ?? today(),
              dayPart: input.dayPart,
              reached: input.reached,
              workerId,
            },
            worker,
            today(),
          ),
        );
        return insertAttempt(tx, signalId, change);
      });
    },
  }),
  closeDebtSignal: t.field({
    type: DebtSignal,
    description:
      'Close a signal with its DDAS eindresultaat, once (BR-DB28, BR-DB29): the outcome must fit the outreach. ' +
      'Refused on a stale version.',
    authScopes: WRITE,
    errors: {
      types: [
        DebtSignalClosedError,
        SignalOutcomeMismatchError,
        SignalDateError,
        NotFoundError,
        ValidationError,
        VersionConflictError,
      ],
    },
    args: { input: t.arg({ type: CloseDebtSignalInput, required: true, description: 'The closing.' }) },
    resolve: (_root, { input }, context) =>
      context.db.transaction(async (tx) => {
        const signalId = String(input.signalId);
        const signal = await lockSignal(tx, context.caller, signalId, input.expectedVersion);
        const closing = unlessRefused(
          closeSignal(
            signalState(signal),
            await outreachOf(tx, signalId),
            {
              outcome: input.outcome,
              closedOn: input.closedOn ?? today(),
              notPickedUpStatus: input.notPickedUpStatus ?? null,
            },
            today(),
          ),
        );
        return closeSignalRow(tx, signalId, closing);
      }),
  }),
}));
