import { lockVersioned, updateVersioned } from '@mienskip/kit/db';
import {
  type OrganisationKind as Kind,
  NotFoundError,
  ORGANISATION_KINDS,
  provenanceAfterChange,
  ValidationError,
  VersionConflictError,
} from '@mienskip/kit/rules';
import { loadByIds, loadOrNull } from '@mienskip/kit/schema';
import { asc, eq, sql } from 'drizzle-orm';
import { type OrganisationRow, organisations } from '../db/tables.ts';
import {
  alreadyRegistered,
  decideNewOrganisation,
  decideOrganisationChanges,
} from '../domain/organisation.ts';
import { throwIfRefused } from '../domain/refusal.ts';
import { insertOrganisation } from '../store/organisations.ts';
import { addProvenanceField, builder, READ_REFERENCE, WRITE } from './builder.ts';

/** The kinds come from the kit, shared with every subgraph and the tokens; their Dutch descriptions live here. */
const KIND_DESCRIPTIONS: Record<Kind, string> = {
  MUNICIPALITY:
    "Gemeente: the municipality's back office (the Wmo department and other departments that decide): sees every row and alone issues Wmo beschikkingen.",
  MUNICIPAL_TEAM:
    'Municipal team with a task of its own (the JET, Sociale Zaken): sees its own rows and the households where it holds regie; no municipal rights.',
  PROVIDER: 'Zorgaanbieder: provider paid by lumpsum (basis, aanvullend, hulp bij het huishouden).',
  VOLUNTEER_ORGANISATION: 'Vrijwilligersorganisatie of the sociale basis.',
  PARTNER: 'Partner organisation (debt help, Veilig Thuis, …).',
};

export const OrganisationKind = builder.enumType('OrganisationKind', {
  description: 'What kind of organisation (soort organisatie); an API key belongs to one of these.',
  values: Object.fromEntries(
    ORGANISATION_KINDS.map((kind) => [kind, { description: KIND_DESCRIPTIONS[kind] }]),
  ) as Record<Kind, { description: string }>,
});

export const Organisation = builder.loadableObjectRef<OrganisationRow, string>('Organisation', {
  load: loadByIds('Organisation', organisations),
});

Organisation.implement({
  description:
    'Organisatie: a provider, volunteer organisation, municipal department or partner. The budget subgraph ' +
    'owns organisation identity for the whole graph.',
  // Any reading scope, and a key its own organisation always (`viewer { organisation }`).
  authScopes: (organisation) => ({ $any: { ...READ_REFERENCE, organisation: organisation.id } }),
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable readable id, e.g. `org-amaryllis`.' }),
    name: t.exposeString('name', { description: 'Name as the municipality uses it.' }),
    kind: t.expose('kind', { type: OrganisationKind, description: 'What kind of organisation.' }),
    agbCode: t.exposeString('agbCode', {
      nullable: true,
      description: 'AGB code (Vektis), eight digits, when the organisation has one.',
    }),
    description: t.exposeString('description', {
      nullable: true,
      description: 'Its role in the social domain.',
    }),
    version: t.exposeInt('version', {
      description: 'Optimistic-concurrency version; send it back with an update.',
    }),
  }),
});

addProvenanceField(
  Organisation,
  'Where this organisation comes from: the organisations of the social domain from 2021 are SOURCE (the Uitvoeringsplan and the council letter of November 2020; RECORDED once changed through `updateOrganisation`), the bench’s generated subcontractors SYNTHETIC, those registered through `registerOrganisation` RECORDED.',
);

/** Organisations read along with something else: `Organisation`'s loader then answers them without a statement. */
export function primeOrganisations(context: object, rows: readonly OrganisationRow[]): void {
  const loader = Organisation.getDataloader(context);
  for (const row of rows) loader.prime(row.id, row);
}

builder.asEntity(Organisation, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (reference, context) => loadOrNull(Organisation.getDataloader(context), reference.id),
});

builder.queryFields((t) => ({
  organisations: t.field({
    type: [Organisation],
    nullable: true,
    description:
      'Every organisation known to the graph, by name, optionally of one kind. Null when budget is unavailable; see errors.',
    authScopes: READ_REFERENCE,
    args: { kind: t.arg({ type: OrganisationKind, description: 'Only organisations of this kind.' }) },
    resolve: (_root, args, { db }) =>
      db
        .select()
        .from(organisations)
        .where(args.kind ? eq(organisations.kind, args.kind) : undefined)
        .orderBy(asc(sql`lower(${organisations.name}) collate "C"`)),
  }),
  organisation: t.field({
    type: Organisation,
    nullable: true,
    description: 'One organisation by id; null when it does not exist.',
    authScopes: READ_REFERENCE,
    args: { id: t.arg.id({ required: true, description: 'The organisation id.' }) },
    resolve: (_root, args, context) => loadOrNull(Organisation.getDataloader(context), String(args.id)),
  }),
}));

const RegisterOrganisationInput = builder.inputType('RegisterOrganisationInput', {
  description: 'An organisation to register. Its id is made from its name (`org-<name>`).',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Name.' }),
    kind: t.field({ type: OrganisationKind, required: true, description: 'What kind of organisation.' }),
    agbCode: t.string({ description: 'AGB code: eight digits.' }),
    description: t.string({ description: 'Its role in the social domain.' }),
  }),
});

const UpdateOrganisationInput = builder.inputType('UpdateOrganisationInput', {
  description: 'Changes to an organisation; fields left out stay as they are.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The organisation.' }),
    version: t.int({ required: true, description: 'The version you read.' }),
    name: t.string({ description: 'New name.' }),
    agbCode: t.string({ description: 'New AGB code (eight digits); null removes it.' }),
    description: t.string({ description: 'New description.' }),
  }),
});

builder.mutationFields((t) => ({
  registerOrganisation: t.field({
    type: Organisation,
    description: 'Register an organisation (a new kernpartner, partner or volunteer organisation).',
    authScopes: WRITE,
    errors: { types: [ValidationError] },
    args: { input: t.arg({ type: RegisterOrganisationInput, required: true, description: 'What to do.' }) },
    resolve: async (_root, { input }, { db }) => {
      const organisation = throwIfRefused(decideNewOrganisation(input));
      const row = await insertOrganisation(db, organisation);
      if (!row) throw alreadyRegistered(organisation.id);
      return row;
    },
  }),
  updateOrganisation: t.field({
    type: Organisation,
    description:
      'Change an organisation. Refused, changing nothing, when the version is not the current one.',
    authScopes: WRITE,
    errors: { types: [ValidationError, NotFoundError, VersionConflictError] },
    args: { input: t.arg({ type: UpdateOrganisationInput, required: true, description: 'What to do.' }) },
    resolve: async (_root, { input }, { db }) => {
      const changes = throwIfRefused(decideOrganisationChanges(input));
      return db.transaction(async (tx) => {
        const current = await lockVersioned(
          tx,
          organisations,
          'Organisation',
          String(input.id),
          input.version,
        );
        return updateVersioned(tx, organisations, current.id, {
          ...changes,
          provenance: provenanceAfterChange(current.provenance),
        });
      });
    },
  }),
}));
