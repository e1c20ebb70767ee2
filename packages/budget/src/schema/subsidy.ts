import { isMunicipal, NotFoundError, ValidationError } from '@mienskip/kit/rules';
import { and, asc, eq } from 'drizzle-orm';
import { type SubsidyRow, subsidies } from '../db/tables.ts';
import { throwIfRefused } from '../domain/refusal.ts';
import { decideSubsidy } from '../domain/subsidy.ts';
import { knownOrganisations } from '../store/organisations.ts';
import { insertSubsidy } from '../store/subsidies.ts';
import { builder, READ_BUDGET } from './builder.ts';
import { Organisation } from './organisation.ts';

const Subsidy = builder.objectRef<SubsidyRow>('Subsidy').implement({
  description:
    'Subsidie for the sociale basis: money granted to a volunteer organisation or partner for a year.',
  authScopes: READ_BUDGET,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    year: t.exposeInt('year', { description: 'The year granted for.' }),
    organisation: t.field({
      type: Organisation,
      nullable: true,
      description: 'Who receives it.',
      resolve: (s) => s.organisationId,
    }),
    purpose: t.exposeString('purpose', { description: 'What it is for.' }),
    amount: t.field({ type: 'Money', description: 'The amount granted.', resolve: (s) => s.amountCents }),
  }),
});

builder.queryField('subsidies', (t) =>
  t.field({
    type: [Subsidy],
    nullable: true,
    description:
      "Subsidies for the sociale basis granted for a year; a key of another organisation than the municipality sees its own organisation's only. Null when budget is unavailable; see errors.",
    authScopes: READ_BUDGET,
    args: { year: t.arg.int({ required: true, description: 'The year.' }) },
    // Row scoping: a key of any other organisation than the municipality sees its own subsidies only (BR-KT2).
    resolve: (_root, args, { db, caller }) =>
      db
        .select()
        .from(subsidies)
        .where(
          and(
            eq(subsidies.year, args.year),
            isMunicipal(caller) ? undefined : eq(subsidies.organisationId, caller.organisationId),
          ),
        )
        .orderBy(asc(subsidies.id)),
  }),
);

const GrantSubsidyInput = builder.inputType('GrantSubsidyInput', {
  description: 'A subsidy to grant.',
  fields: (t) => ({
    organisationId: t.id({ required: true, description: 'Who receives it.' }),
    year: t.int({ required: true, description: 'The year, 2015–2100.' }),
    purpose: t.string({ required: true, description: 'What it is for.' }),
    amount: t.field({ type: 'Money', required: true, description: 'More than zero.' }),
  }),
});

builder.mutationField('grantSubsidy', (t) =>
  t.field({
    type: Subsidy,
    description: 'Grant a subsidy for the sociale basis.',
    authScopes: { $all: { scope: 'budget:write', municipal: true } },
    errors: { types: [ValidationError, NotFoundError] },
    args: { input: t.arg({ type: GrantSubsidyInput, required: true, description: 'What to do.' }) },
    resolve: async (_root, { input }, { db }) => {
      const { organisationId, year, purpose, amount } = input;
      const grant = { organisationId: String(organisationId), year, purpose, amountCents: amount };
      const known = await knownOrganisations(db, [grant.organisationId]);
      return insertSubsidy(db, throwIfRefused(decideSubsidy(grant, known)));
    },
  }),
);
