import { NotFoundError, VersionConflictError } from '@mienskip/kit/rules';
import { loadOrNull } from '@mienskip/kit/schema';
import type { DebtCrisisRow } from '../../db/tables.ts';
import {
  crisisDeadline,
  crisisNorm,
  recordCrisisConversation,
  reportCrisis,
  resolveCrisis,
} from '../../domain/crisis.ts';
import {
  CrisisOnClosedCaseError,
  CrisisStepRecordedError,
  CrisisWithoutConversationError,
  SignalDateError,
  unlessRefused,
} from '../../domain/signals-errors.ts';
import { bumpCase, clientIdsOf } from '../../store/cases.ts';
import { today } from '../../store/clock.ts';
import { caseForCrisis, crisisState, insertCrisis, lockCrisis, updateCrisis } from '../../store/crises.ts';
import { holidaysAround } from '../../store/holidays.ts';
import { crisesOf } from '../../store/signals-loaders.ts';
import { addProvenanceField, builder, PERSONAL, WRITE } from '../builder.ts';
import { DebtCase, DebtNorm } from '../cases/index.ts';
import { logDebtWrite } from '../personal.ts';
import { CrisisKind } from './enums.ts';

/**
 * Crises (E47): "Oppakken van crisissituaties, zoals dreigende uithuiszetting of afsluiting van
 * nutsvoorzieningen" (Uitvoeringsplan §4.3); in the Wgs's threatening situations the first conversation
 * follows within 3 werkdagen (BR-DB21), counted over the general holidays of the Algemene termijnenwet.
 */

export const DebtCrisis = builder.objectRef<DebtCrisisRow>('DebtCrisis').implement({
  description:
    'Crisissituatie (E47) on a schuldhulptraject: a threatening situation of the Wgs (dreigende woningontruiming, ' +
    'afsluiting van gas, water, elektriciteit of stadsverwarming, opzegging van de zorgverzekering), its first ' +
    'conversation (norm: within 3 werkdagen of the report) and the day it was handled.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    kind: t.expose('kind', { type: CrisisKind, description: 'Which threatening situation.' }),
    reportedOn: t.expose('reportedOn', { type: 'Date', description: 'The day the crisis was reported.' }),
    firstConversationOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'Het eerste gesprek: the day of the first conversation; null before.',
      resolve: (row) => row.firstConversationOn,
    }),
    handledOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'The day the crisis was handled (opgepakt, afgewend); null while it runs.',
      resolve: (row) => row.handledOn,
    }),
    deadline: t.field({
      type: 'Date',
      description:
        'The last day of the Wgs term: the third working day after the report (weekends and the algemeen erkende ' +
        'feestdagen of the Algemene termijnenwet skipped; Goede Vrijdag counts). Computed, never stored.',
      resolve: (row) => crisisDeadline(row.reportedOn, holidaysAround(row.reportedOn)),
    }),
    withinThreeWorkingDays: t.field({
      type: DebtNorm,
      description:
        'Crisisinterventie binnen 3 werkdagen (Wgs): MET when the first conversation came on or before the deadline, ' +
        'MISSED when later or when the deadline passed without one, PENDING while it runs. Computed, never stored.',
      resolve: (row) => {
        const now = today();
        return crisisNorm(row.reportedOn, row.firstConversationOn, now, holidaysAround(row.reportedOn, now));
      },
    }),
    case: t.field({
      type: DebtCase,
      nullable: true,
      description: 'The schuldhulptraject; null when the key may not see it.',
      resolve: (row, _a, context) => loadOrNull(DebtCase.getDataloader(context), row.caseId),
    }),
    version: t.exposeInt('version', {
      description: 'Optimistic-concurrency version; every change raises it.',
    }),
  }),
});
addProvenanceField(DebtCrisis);

builder.objectField(DebtCase, 'crises', (t) =>
  t.field({
    type: [DebtCrisis],
    description: 'Crisissituaties on the case (E47), oldest report first, each with its 3-werkdagen norm.',
    resolve: (row, _a, context) => crisesOf(context).load(row.id),
  }),
);

const ReportDebtCrisisInput = builder.inputType('ReportDebtCrisisInput', {
  description: 'A threatening situation on a debt case.',
  fields: (t) => ({
    caseId: t.id({ required: true, description: 'The schuldhulptraject (open).' }),
    kind: t.field({ type: CrisisKind, required: true, description: 'Which threatening situation (Wgs).' }),
    reportedOn: t.field({ type: 'Date', description: 'When it was reported (default today).' }),
  }),
});

const RecordCrisisConversationInput = builder.inputType('RecordCrisisConversationInput', {
  description: 'The first conversation about a crisis, once.',
  fields: (t) => ({
    crisisId: t.id({ required: true, description: 'The crisis.' }),
    on: t.field({ type: 'Date', description: 'The day of the conversation (default today).' }),
    expectedVersion: t.int({ required: true, description: 'The crisis version you read.' }),
  }),
});

const ResolveDebtCrisisInput = builder.inputType('ResolveDebtCrisisInput', {
  description: 'The crisis handled, once, after its first conversation.',
  fields: (t) => ({
    crisisId: t.id({ required: true, description: 'The crisis.' }),
    handledOn: t.field({ type: 'Date', description: 'The day it was handled (default today).' }),
    expectedVersion: t.int({ required: true, description: 'The crisis version you read.' }),
  }),
});

/** A crisis is about the case's clients (a threatened eviction, a cut-off): personal, logged per client. */
const PERSONAL_WRITE = { $all: { ...WRITE, $all: PERSONAL } } as const;
const CRISIS_FIELD = ['debtCrises'] as const;

builder.mutationFields((t) => ({
  reportDebtCrisis: t.field({
    type: DebtCrisis,
    description:
      'Report a crisis on an open debt case the key may see (BR-DB33): the 3-werkdagen term of the Wgs starts. ' +
      'Refused on a case that flowed out, a date before its registration or in the future.',
    authScopes: PERSONAL_WRITE,
    errors: { types: [CrisisOnClosedCaseError, SignalDateError, NotFoundError] },
    args: { input: t.arg({ type: ReportDebtCrisisInput, required: true, description: 'The crisis.' }) },
    resolve: (_root, { input }, context) =>
      context.db.transaction(async (tx) => {
        const debtCase = await caseForCrisis(tx, context.caller, String(input.caseId));
        const crisis = unlessRefused(
          reportCrisis(debtCase, { kind: input.kind, reportedOn: input.reportedOn ?? today() }, today()),
        );
        const row = await insertCrisis(tx, crisis);
        // The case changed: a holder of its version notices (BR-DB2).
        await bumpCase(tx, debtCase.id);
        await logDebtWrite(context, await clientIdsOf(tx, debtCase.id), CRISIS_FIELD);
        return row;
      }),
  }),
  recordCrisisConversation: t.field({
    type: DebtCrisis,
    description:
      'Record the first conversation about a crisis (BR-DB34), once, not before the report; whether it came within ' +
      '3 werkdagen follows (`withinThreeWorkingDays`). Refused on a stale version.',
    authScopes: PERSONAL_WRITE,
    errors: { types: [CrisisStepRecordedError, SignalDateError, NotFoundError, VersionConflictError] },
    args: {
      input: t.arg({ type: RecordCrisisConversationInput, required: true, description: 'The conversation.' }),
    },
    resolve: (_root, { input }, context) =>
      context.db.transaction(async (tx) => {
        const crisisId = String(input.crisisId);
        const row = await lockCrisis(tx, context.caller, crisisId, input.expectedVersion);
        const change = unlessRefused(
          recordCrisisConversation(crisisState(row), input.on ?? today(), today()),
        );
        const updated = await updateCrisis(tx, crisisId, change);
        await logDebtWrite(context, await clientIdsOf(tx, row.caseId), CRISIS_FIELD);
        return updated;
      }),
  }),
  resolveDebtCrisis: t.field({
    type: DebtCrisis,
    description:
      'The crisis handled (BR-DB35), once, after its first conversation. Refused on a stale version.',
    authScopes: PERSONAL_WRITE,
    errors: {
      types: [
        CrisisStepRecordedError,
        CrisisWithoutConversationError,
        SignalDateError,
        NotFoundError,
        VersionConflictError,
      ],
    },
    args: { input: t.arg({ type: ResolveDebtCrisisInput, required: true, description: 'The handling.' }) },
    resolve: (_root, { input }, context) =>
      context.db.transaction(async (tx) => {
        const crisisId = String(input.crisisId);
        const row = await lockCrisis(tx, context.caller, crisisId, input.expectedVersion);
        const change = unlessRefused(resolveCrisis(crisisState(row), input.handledOn ?? today(), today()));
        const updated = await updateCrisis(tx, crisisId, change);
        await logDebtWrite(context, await clientIdsOf(tx, row.caseId), CRISIS_FIELD);
        return updated;
      }),
  }),
}));
