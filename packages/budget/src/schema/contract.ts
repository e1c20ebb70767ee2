import { isMunicipal, NotFoundError, ValidationError } from '@mienskip/kit/rules';
import { contextLoader, groupByIds } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';
import { and, asc, eq, gte, inArray, isNull, or } from 'drizzle-orm';
import { type ContractRow, contracts } from '../db/tables.ts';
import { DoubleMainRoleError, LotFullError } from '../domain/errors.ts';
import {
  decideContract,
  type Lot as LotValue,
  mainLotsOn,
  type ContractRole as Role,
} from '../domain/lots.ts';
import { throwIfRefused } from '../domain/refusal.ts';
import { insertContract, lockContracts, runningMainContracts } from '../store/contracts.ts';
import { knownOrganisations } from '../store/organisations.ts';
import { addProvenanceField, builder, ErrorInterface, READ_BUDGET, WRITE } from './builder.ts';
import { Organisation } from './organisation.ts';

export const Lot = builder.enumType('Lot', {
  description: 'Perceel of the 2021 tender.',
  values: {
    BASISONDERSTEUNING: { description: 'Basisondersteuning: one party (Amaryllis).' },
    THUISONDERSTEUNING_EN_DAGBESTEDING: {
      description: 'Aanvullende thuisondersteuning en dagbesteding: at most 5 main providers, equal shares.',
    },
    HULP_BIJ_HUISHOUDEN: { description: 'Hulp bij het huishouden: at most 2 main providers, equal shares.' },
    KORTDUREND_VERBLIJF: { description: 'Kortdurend verblijf (short stay).' },
  } satisfies Record<LotValue, { description: string }>,
});

export const ContractRole = builder.enumType('ContractRole', {
  description: 'The role of a party in a lot.',
  values: {
    MAIN_PROVIDER: { description: 'Hoofdaannemer: main provider, paid by the lumpsum.' },
    SUBCONTRACTOR: { description: 'Onderaannemer: works under a main provider.' },
  } satisfies Record<Role, { description: string }>,
});

export const Contract = builder.objectRef<ContractRow>('Contract').implement({
  description: 'Contract (overeenkomst) of an organisation in a lot.',
  authScopes: READ_BUDGET,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    lot: t.expose('lot', { type: Lot, description: 'The lot.' }),
    organisation: t.field({
      type: Organisation,
      nullable: true,
      description: 'The party.',
      resolve: (c) => c.organisationId,
    }),
    role: t.expose('role', { type: ContractRole, description: 'Main provider or subcontractor.' }),
    startsOn: t.field({ type: 'Date', description: 'First day.', resolve: (c) => c.startsOn }),
    endsOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'Last day, when ended.',
      resolve: (c) => c.endsOn,
    }),
  }),
});

/** Every contract of the organisations asked, one query for all of them. */
const contractsOf = contextLoader<SubgraphContext, string, ContractRow[]>(async (ids, { db }) => {
  const rows = await db
    .select()
    .from(contracts)
    .where(inArray(contracts.organisationId, [...ids]));
  return groupByIds(ids, rows, (row) => row.organisationId);
});

builder.objectField(Organisation, 'mainLots', (t) =>
  t.field({
    type: [Lot],
    description:
      'The lots the organisation is main provider of today (a main contract begun and not ended), as the ' +
      'council letter of November 2020 makes them public: reference data for every reader of organisations. ' +
      'Other subgraphs ask it, e.g. whether a basis worker works for the organisation holding BASISONDERSTEUNING.',
    resolve: async (organisation, _args, context) =>
      mainLotsOn(await contractsOf(context).load(organisation.id), new Date().toISOString().slice(0, 10)),
  }),
);

addProvenanceField(
  Contract,
  'Where this contract comes from: the main contracts from 1 January 2021 are SOURCE (the council letter of November 2020), those added through `addContract` RECORDED.',
);

builder.objectType(LotFullError, {
  name: 'LotFullError',
  description: 'The lot has as many main providers as the tender allows.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    lot: t.expose('lot', { type: Lot, description: 'The lot.' }),
    maxMainProviders: t.exposeInt('maxMainProviders', { description: 'The maximum.' }),
  }),
});

builder.objectType(DoubleMainRoleError, {
  name: 'DoubleMainRoleError',
  description: 'A party may not be main provider in both basisondersteuning and aanvullende ondersteuning.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    otherLot: t.expose('otherLot', { type: Lot, description: 'The lot it is already main provider in.' }),
  }),
});

builder.queryFields((t) => ({
  contracts: t.field({
    type: [Contract],
    nullable: true,
    description:
      "Contracts, optionally of one lot, running on a date or all (a provider's key sees its own). Null when budget is unavailable; see errors.",
    authScopes: READ_BUDGET,
    args: {
      lot: t.arg({ type: Lot, description: 'Only this lot.' }),
      runningOn: t.arg({ type: 'Date', description: 'Only contracts running on this day.' }),
    },
    resolve: (_root, args, { db, caller }) =>
      db
        .select()
        .from(contracts)
        .where(
          and(
            args.lot ? eq(contracts.lot, args.lot) : undefined,
            args.runningOn ? or(isNull(contracts.endsOn), gte(contracts.endsOn, args.runningOn)) : undefined,
            // A provider's key sees its own contracts; the municipality sees all (BR-KT2).
            isMunicipal(caller) ? undefined : eq(contracts.organisationId, caller.organisationId),
          ),
        )
        .orderBy(asc(contracts.lot), asc(contracts.organisationId)),
  }),
}));

const AddContractInput = builder.inputType('AddContractInput', {
  description: 'A contract to add to a lot.',
  fields: (t) => ({
    lot: t.field({ type: Lot, required: true, description: 'The lot.' }),
    organisationId: t.id({ required: true, description: 'The party.' }),
    role: t.field({ type: ContractRole, required: true, description: 'Main provider or subcontractor.' }),
    startsOn: t.field({ type: 'Date', required: true, description: 'First day.' }),
  }),
});

builder.mutationFields((t) => ({
  addContract: t.field({
    type: Contract,
    description:
      "Add a party to a lot. A main contract is refused beyond the lot's maximum (one for basis, five for TO/DB, two for household help) and for a party that is main provider in basis and aanvullend both.",
    authScopes: WRITE,
    errors: { types: [ValidationError, NotFoundError, LotFullError, DoubleMainRoleError] },
    args: { input: t.arg({ type: AddContractInput, required: true, description: 'What to do.' }) },
    resolve: (_root, { input }, { db }) =>
      db.transaction(async (tx) => {
        await lockContracts(tx);
        const draft = { ...input, organisationId: String(input.organisationId) };
        const facts = {
          knownOrganisations: await knownOrganisations(tx, [draft.organisationId]),
          runningMainContracts: await runningMainContracts(tx, draft.startsOn),
        };
        return insertContract(tx, throwIfRefused(decideContract(draft, facts)));
      }),
  }),
}));
