import { NotFoundError, OwnerUnavailableError, ValidationError } from '@mienskip/kit/rules';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { type YouthCaseRow, youthCases } from '../../db/tables.ts';
import {
  agreeCombinedRegie,
  type CombinedSupport,
  combinedLead,
  combinedSupport,
} from '../../domain/combined-regie.ts';
import {
  NotJeugdwetCaseError,
  NoWmoRegievoerderError,
  unlessRefused,
  YouthCaseClosedError,
} from '../../domain/errors.ts';
import {
  bumpCase,
  caseState,
  childIdsOf,
  combinedRegieInForce,
  insertCombinedRegie,
  lockCase,
  requireVisibleCase,
} from '../../store/cases.ts';
import { today } from '../../store/clock.ts';
import { combinedRegieOf } from '../../store/loaders.ts';
import { forRead, lookUpDebtSupport, lookUpHousehold, lookUpHouseholds } from '../../store/lookups.ts';
import { visibleCases } from '../../store/visibility.ts';
import { builder, READ, WRITE } from '../builder.ts';
import { logYouthWrite } from '../personal.ts';
import { RegieLead } from './enums.ts';
import { CombinedRegieAgreement } from './events.ts';
import { YouthCase } from './ref.ts';
import { HouseholdRef, ref, WorkerRef } from './refs.ts';

const AgreeCombinedRegieInput = builder.inputType('AgreeCombinedRegieInput', {
  description: 'Who leads where Wmo and Jeugdwet support run side by side in one household.',
  fields: (t) => ({
    caseId: t.id({
      required: true,
      description: 'The youth case, on the Jeugdwet route with its procesregisseur.',
    }),
    lead: t.field({ type: RegieLead, required: true, description: 'Who leads.' }),
    agreedOn: t.field({ type: 'Date', description: 'Day agreed (default today).' }),
  }),
});

builder.mutationFields((t) => ({
  agreeCombinedRegie: t.field({
    type: CombinedRegieAgreement,
    description:
      'Agree who leads where Wmo and Jeugdwet support run side by side (BR-Y6; R-004-15: one family, one plan, one ' +
      'director). Needs a Jeugdwet case with its procesregisseur and the household’s Wmo regievoerder now, as ' +
      'clients knows it (`NoWmoRegievoerderError` without one). Replaces the agreement in force, which ends that day.',
    authScopes: WRITE,
    errors: {
      types: [
        NoWmoRegievoerderError,
        NotJeugdwetCaseError,
        YouthCaseClosedError,
        NotFoundError,
        ValidationError,
        OwnerUnavailableError,
      ],
    },
    args: { input: t.arg({ type: AgreeCombinedRegieInput, required: true, description: 'The agreement.' }) },
    resolve: async (_root, { input }, context) => {
      const caseId = String(input.caseId);
      // The household is asked of clients before the transaction opens.
      const { householdId } = await requireVisibleCase(context.db, context.caller, caseId);
      const household = await lookUpHousehold(context, householdId);
      return context.db.transaction(async (tx) => {
        const row = await lockCase(tx, context.caller, caseId);
        const agreed = unlessRefused(
          agreeCombinedRegie(
            caseState(row),
            { lead: input.lead, agreedOn: input.agreedOn ?? today() },
            household,
            await combinedRegieInForce(tx, caseId),
            today(),
          ),
        );
        const inserted = await insertCombinedRegie(tx, caseId, agreed);
        await bumpCase(tx, caseId);
        await logYouthWrite(context, await childIdsOf(tx, caseId), ['combinedRegie']);
        return inserted;
      });
    },
  }),
}));

interface CombinedSupportCase extends CombinedSupport {
  youthCase: YouthCaseRow;
  wmoRegievoerderId: string | null;
}

const CombinedSupportCase = builder.objectRef<CombinedSupportCase>('CombinedSupportCase').implement({
  description:
    'A household with Jeugdwet support and Wmo or debt support (schuldhulpverlening) side by side, and who leads: ' +
    'the open design item of the ' +
    'sources (Uitvoeringsplan §4.4, §4.6: “hoe de procesregie plaats moet vinden bij gezinnen met ondersteuning ' +
    'vanuit de Jeugdwet in combinatie met ondersteuning op andere domeinen”).',
  authScopes: READ,
  fields: (t) => ({
    youthCase: t.field({
      type: YouthCase,
      description: 'The open Jeugdwet case.',
      resolve: (c) => c.youthCase,
    }),
    household: t.field({
      type: HouseholdRef,
      nullable: true,
      description: 'The household (clients).',
      resolve: (c) => ref(c.youthCase.householdId),
    }),
    processDirector: t.field({
      type: WorkerRef,
      nullable: true,
      description: 'The JET’s procesregisseur (locations).',
      resolve: (c) => ref(c.youthCase.processDirectorId),
    }),
    wmoRegievoerder: t.field({
      type: WorkerRef,
      nullable: true,
      description:
        'The household’s Wmo regievoerder now, as clients knows it (locations’ worker); null when the household has ' +
        'no Wmo support (it counts for an open debt case).',
      resolve: (c) => ref(c.wmoRegievoerderId),
    }),
    wmoSupport: t.boolean({
      description: 'Whether the household has a Wmo regievoerder now, as clients knows it.',
      resolve: (c) => c.wmoSupport,
    }),
    debtSupport: t.boolean({
      nullable: true,
      description:
        'Whether the household has an open debt case (schuldhulptraject), as debt knows it; null when debt did not ' +
        'answer (the case is then listed for its Wmo support alone).',
      resolve: (c) => c.debtSupport,
    }),
    lead: t.field({
      type: RegieLead,
      nullable: true,
      description: 'Who leads, as agreed; null when nothing is agreed yet (the open design item, BR-R6).',
      resolve: async (c, _a, context) => combinedLead(await combinedRegieOf(context).load(c.youthCase.id)),
    }),
    agreement: t.field({
      type: CombinedRegieAgreement,
      nullable: true,
      description: 'The agreement in force, if any.',
      resolve: (c, _a, context) => combinedRegieOf(context).load(c.youthCase.id),
    }),
  }),
});

builder.queryField('combinedSupportCases', (t) =>
  t.field({
    type: [CombinedSupportCase],
    nullable: true,
    description:
      'Households with Jeugdwet support and Wmo or debt support side by side, and who leads (BR-Y6): the open ' +
      'Jeugdwet cases the key may see whose household has a Wmo regievoerder now, as clients knows it, or an open ' +
      'debt case (schuldhulptraject), as debt knows it; with the procesregisseur, the Wmo regievoerder, which ' +
      'support runs beside it and the agreed lead (null while not agreed). When debt does not answer, the cases with ' +
      'Wmo support are still listed with `debtSupport` null and those with debt support alone are left out (logged). ' +
      'Ordered by case id. Null when youth or clients is unavailable; see errors.',
    authScopes: READ,
    resolve: async (_root, _args, context) => {
      const cases = await context.db
        .select()
        .from(youthCases)
        .where(
          and(eq(youthCases.route, 'JEUGDWET'), isNull(youthCases.closedOn), visibleCases(context.caller)),
        )
        .orderBy(asc(youthCases.id));
      const householdIds = cases.map((c) => c.householdId);
      // Both owners at once; clients not answering fails the field, debt not answering only its part.
      const [households, debt] = await Promise.all([
        forRead(lookUpHouseholds(context, householdIds)),
        lookUpDebtSupport(context, householdIds).catch((error: unknown) => {
          if (!(error instanceof OwnerUnavailableError)) throw error;
          context.logger.warn(
            { owner: error.owner, cases: cases.length },
            `${error.owner} unavailable: combinedSupportCases lists Wmo support only, debtSupport null`,
          );
          return householdIds.map(() => null);
        }),
      ]);
      return cases.flatMap((youthCase, i) => {
        const wmoRegievoerderId = households[i]?.wmoRegievoerderId ?? null;
        const support = combinedSupport(wmoRegievoerderId, debt[i] ?? null);
        return support ? [{ youthCase, wmoRegievoerderId, ...support }] : [];
      });
    },
  }),
);
