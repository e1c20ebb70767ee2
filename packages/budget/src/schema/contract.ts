import { randomUUID } from 'node:crypto';
import { DomainError, isMunicipal, NotFoundError, ValidationError } from '@mienskip/kit/rules';
import { and, asc, eq, gte, isNull, or, sql } from 'drizzle-orm';
import { type ContractRow, contracts, organisations } from '../db/tables.ts';
import { checkMainContract, type Lot as LotValue, type ContractRole as Role } from '../domain/lots.ts';
import { builder, ErrorInterface, READ_BUDGET, WRITE } from './builder.ts';
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

/** The lot already has as many main providers as the tender allows. */
export class LotFullError extends DomainError {
  override name = 'LotFullError';
  constructor(
    readonly lot: LotValue,
    readonly maxMainProviders: number,
  ) {
    super(`${lot} takes at most ${maxMainProviders} main provider${maxMainProviders === 1 ? '' : 's'}`);
  }
}

/** One party may not be main provider in both basis and aanvullend. */
export class DoubleMainRoleError extends DomainError {
  override name = 'DoubleMainRoleError';
  constructor(readonly otherLot: LotValue) {
    super(
      `This organisation is already main provider in ${otherLot}; one party may not be main provider in both basis and aanvullend`,
    );
  }
}

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
    description:
      "Contracts, optionally of one lot, running on a date or all (a provider's key sees its own).",
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
            // A provider's key sees its own contracts; the municipality sees all.
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
    resolve: async (_root, { input }, { db }) => {
      const organisationId = String(input.organisationId);
      return db.transaction(async (tx) => {
        // Lock the lots' contracts: two main contracts added at once are checked one after the other.
        await tx.execute(sql`lock table budget.contracts in share row exclusive mode`);
        const [organisation] = await tx
          .select({ id: organisations.id })
          .from(organisations)
          .where(eq(organisations.id, organisationId));
        if (!organisation) throw new NotFoundError('Organisation', organisationId);
        if (input.role === 'MAIN_PROVIDER') {
          const running = await tx
            .select({ lot: contracts.lot, organisationId: contracts.organisationId })
            .from(contracts)
            .where(
              and(
                eq(contracts.role, 'MAIN_PROVIDER'),
                or(isNull(contracts.endsOn), gte(contracts.endsOn, input.startsOn)),
              ),
            );
          const refusal = checkMainContract(input.lot, organisationId, running);
          if (refusal?.kind === 'LOT_FULL') throw new LotFullError(refusal.lot, refusal.max);
          if (refusal?.kind === 'DOUBLE_MAIN_ROLE') throw new DoubleMainRoleError(refusal.otherLot);
          if (refusal?.kind === 'ALREADY_CONTRACTED')
            throw new ValidationError('organisationId', 'Already main provider in this lot');
        }
        const [row] = await tx
          .insert(contracts)
          .values({
            id: `contract-${randomUUID()}`,
            lot: input.lot,
            organisationId,
            role: input.role,
            startsOn: input.startsOn,
          })
          .returning();
        return row!;
      });
    },
  }),
}));
