import { lockVersioned, updateVersioned } from '@mienskip/kit/db';
import { NotFoundError, ValidationError, VersionConflictError } from '@mienskip/kit/rules';
import { GraphQLError } from 'graphql';
import { engagements, type HousingLinkRow, housingLinks } from '../db/tables.ts';
import { checkChargeYear, type MonthlyCharge, monthlyCharges } from '../domain/charges.ts';
import { RuleViolationError, unlessRefused } from '../domain/errors.ts';
import { solveHousingLink } from '../domain/housing.ts';
import { knownChargeRates } from '../store/charges.ts';
import { today } from '../store/clock.ts';
import { rowsByParent } from '../store/loaders.ts';
import { ownedBy } from '../store/locking.ts';
import { builder, WRITE } from './builder.ts';
import { Client } from './entities.ts';
import { HousingLinkStatus } from './enums.ts';
import { OrganisationRef } from './refs.ts';

export const HousingLink = builder.objectRef<HousingLinkRow>('HousingLink').implement({
  description: 'Housing tied to the care provider (scheiden wonen en zorg): open until untied.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    provider: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'The care provider the housing is tied to.',
      resolve: (h) => ({ id: h.organisationId }),
    }),
    status: t.expose('status', { type: HousingLinkStatus, description: 'Open or solved.' }),
    solvedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'When it was solved.',
      resolve: (h) => h.solvedOn,
    }),
    version: t.exposeInt('version', { description: 'Optimistic-concurrency version.' }),
  }),
});

const linksOf = rowsByParent(housingLinks, housingLinks.clientId, {
  organisation: housingLinks.organisationId,
});

const ClientCharge = builder.objectRef<MonthlyCharge>('ClientCharge').implement({
  description:
    'Abonnementstarief (Wmo eigen bijdrage): the year’s rate per month (€19.00 in 2020) while a structural ' +
    'basis or aanvullend relationship in a Wmo provision runs; not for transport, beschermd wonen or shelter, ' +
    'nor for Jeugdwet support or debt assistance (BR-E1–E3). Collected by the CAK.',
  fields: (t) => ({
    month: t.exposeString('month', { description: 'The month, `YYYY-MM`.' }),
    amount: t.field({ type: 'Money', description: 'The charge.', resolve: (c) => c.amountCents }),
    engagementId: t.exposeID('engagementId', {
      description: 'The engagement that makes the month chargeable.',
    }),
  }),
});

const allEngagementsOf = rowsByParent(engagements, engagements.clientId);

/** A year refused as an argument: the client sees why (BAD_USER_INPUT), not an internal error. */
function badYear(refusal: ValidationError): GraphQLError {
  return new GraphQLError(refusal.message, { extensions: { code: 'BAD_USER_INPUT', field: refusal.field } });
}

builder.objectFields(Client, (t) => ({
  housingLinks: t.field({
    type: [HousingLink],
    description: 'Housing links with care providers; a provider key sees its own.',
    resolve: (c, _a, context) => linksOf(context).load(c.id),
  }),
  charges: t.field({
    type: [ClientCharge],
    nullable: true,
    description:
      'The abonnementstarief per month of a year: municipal keys only (it is sent to the CAK). A year ' +
      'whose rate no source gives is refused (BAD_USER_INPUT), naming the years with a known rate.',
    authScopes: { municipal: true },
    args: { year: t.arg.int({ required: true, description: 'The year, 2020 or later.' }) },
    resolve: async (c, args, context) => {
      const refusal = checkChargeYear(args.year);
      if (refusal) throw badYear(refusal);
      const [rates, engagementRows] = await Promise.all([
        knownChargeRates(context).load('all'),
        allEngagementsOf(context).load(c.id),
      ]);
      const rate = rates.find((r) => r.year === args.year) ?? null;
      const knownYears = rates.filter((r) => r.per === 'MONTH').map((r) => r.year);
      const charges = monthlyCharges(engagementRows, args.year, rate, knownYears);
      if (charges instanceof ValidationError) throw badYear(charges);
      return charges;
    },
  }),
}));

const SolveHousingLinkInput = builder.inputType('SolveHousingLinkInput', {
  description: 'Housing and care untied.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The housing link.' }),
    version: t.int({ required: true, description: 'The version you read.' }),
    solvedOn: t.field({ type: 'Date', description: 'When (default today).' }),
  }),
});

builder.mutationField('solveHousingLink', (t) =>
  t.field({
    type: HousingLink,
    description: 'Mark a housing link solved. Refused when already solved or on a stale version.',
    authScopes: WRITE,
    errors: { types: [RuleViolationError, VersionConflictError, NotFoundError] },
    args: { input: t.arg({ type: SolveHousingLinkInput, required: true, description: 'The link.' }) },
    resolve: async (_root, { input }, { db, caller }) =>
      db.transaction(async (tx) => {
        const link = await lockVersioned(
          tx,
          housingLinks,
          'HousingLink',
          input.id,
          input.version,
          ownedBy(caller),
        );
        const solved = unlessRefused(solveHousingLink(link, input.solvedOn, today()));
        return updateVersioned(tx, housingLinks, link.id, solved);
      }),
  }),
);
