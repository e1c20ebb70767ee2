import { preparedPerDatabase, UNNAMED } from '@mienskip/kit/db';
import { InvalidBsnError, NotFoundError, ValidationError } from '@mienskip/kit/rules';
import { loadOrNull, resolveOffsetConnection } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';
import { ACCESS_LOG_UNAVAILABLE, ACCESS_LOG_UNAVAILABLE_MESSAGE } from '@mienskip/kit/server';
import { and, asc, count, sql } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { type ClientRow, clients } from '../db/tables.ts';
import { checkRegistration, uniqueBsn } from '../domain/client.ts';
import { DuplicateBsnError, unlessRefused } from '../domain/errors.ts';
import { readVisibility } from '../lookups/caseloads.ts';
import { clientConditions, clientWithBsn, insertResident } from '../store/clients.ts';
import { today } from '../store/clock.ts';
import { builder, PERSONAL, READ, WRITE } from './builder.ts';
import { countedConnection, withTotalCount } from './counted-connection.ts';
import { Client } from './entities.ts';
import { HouseholdRole, Pillar, TransitionStatus as TransitionStatusEnum } from './enums.ts';

/** A personal-data field: needs the personal-data scope, and every read is written to the access log. */
function personal(field: string, read: (client: ClientRow) => string | null) {
  return (client: ClientRow, _args: object, context: SubgraphContext) => {
    context.accessLog.read('Client', client.id, field);
    return read(client);
  };
}

Client.implement({
  description:
    'Inwoner / cliënt: a resident known to the social domain (Wmo 2015). Personal data (BSN, name, date ' +
    'of birth, address) needs the personal-data scope and every read of it is logged (NEN 7513).',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id, e.g. `client-000001`; never the BSN.' }),
    bsn: t.field({
      type: 'Bsn',
      nullable: true,
      authScopes: PERSONAL,
      description:
        'Burgerservicenummer (personal data); null for a resident registered without one (synthetic residents ' +
        'beyond the test range, BR-CL1).',
      resolve: personal('bsn', (c) => c.bsn),
    }),
    name: t.string({
      nullable: true,
      authScopes: PERSONAL,
      description: 'Full name (personal data).',
      resolve: personal('name', (c) => c.name),
    }),
    dateOfBirth: t.field({
      type: 'Date',
      nullable: true,
      authScopes: PERSONAL,
      description: 'Geboortedatum (personal data).',
      resolve: personal('dateOfBirth', (c) => c.dateOfBirth),
    }),
    address: t.string({
      nullable: true,
      authScopes: PERSONAL,
      description: 'Street and house number of the main residence (personal data).',
      resolve: personal('address', (c) => c.address),
    }),
    postcode: t.string({
      nullable: true,
      authScopes: PERSONAL,
      description: 'Postcode of the main residence (personal data).',
      resolve: personal('postcode', (c) => c.postcode),
    }),
    mainResidenceInMunicipality: t.exposeBoolean('mainResidenceInMunicipality', {
      description: 'Hoofdverblijf in Leeuwarden: the condition for bringing a request (BR-A1).',
    }),
    pgbCompetent: t.exposeBoolean('pgbCompetent', {
      description: 'PGB-vaardig: able to manage a persoonsgebonden budget (BR-A6).',
    }),
    prefersDecision: t.exposeBoolean('prefersDecision', {
      description: 'Asked for a beschikking instead of a referral letter (BR-A4).',
    }),
    householdRole: t.expose('householdRole', { type: HouseholdRole, description: 'Role in the household.' }),
    version: t.exposeInt('version', { description: 'Optimistic-concurrency version.' }),
  }),
});

builder.asEntity(Client, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (reference, context) => loadOrNull(Client.getDataloader(context), reference.id),
});

const ClientFilter = builder.inputType('ClientFilter', {
  description: 'Narrows a list of clients; all given conditions hold.',
  fields: (t) => ({
    areaId: t.id({ description: 'Only residents of households in this area.' }),
    pillar: t.field({
      type: Pillar,
      description: 'Only residents with a running engagement in this pillar.',
    }),
    coordinatorId: t.id({
      description: 'Only residents whose household this worker coordinates (any domain).',
    }),
    transitionStatus: t.field({
      type: TransitionStatusEnum,
      description: 'Only residents with a transition interview in this state.',
    }),
  }),
});

export const ClientConnection = countedConnection(Client, 'Client', 'clients');

/** The unfiltered list's page and count, their SQL built once per database. */
const everyClientPage = preparedPerDatabase((db) =>
  db
    .select()
    .from(clients)
    .orderBy(asc(clients.id))
    .limit(sql.placeholder('limit'))
    .offset(sql.placeholder('offset'))
    .prepare(UNNAMED),
);
const everyClientCount = preparedPerDatabase((db) =>
  db.select({ n: count() }).from(clients).prepare(UNNAMED),
);

builder.queryFields((t) => ({
  client: t.field({
    type: Client,
    nullable: true,
    description: 'One client by id; null when it does not exist or the key may not see it.',
    authScopes: READ,
    args: { id: t.arg.id({ required: true, description: 'The client id.' }) },
    resolve: (_root, args, context) => loadOrNull(Client.getDataloader(context), String(args.id)),
  }),
  clients: t.field({
    type: ClientConnection,
    nullable: true,
    description:
      'Clients by id, narrowed by the filter; a provider key sees only its own clients. Null when clients is unavailable; see errors.',
    authScopes: READ,
    args: {
      ...t.arg.connectionArgs(),
      filter: t.arg({ type: ClientFilter, description: 'Conditions the clients meet.' }),
    },
    resolve: async (_root, args, context) => {
      const { db } = context;
      const conditions = clientConditions(db, await readVisibility(context), args.filter);
      const where = and(...conditions);
      // Every client, unfiltered (the municipality's list): the prepared page and count.
      const everyone = conditions.length === 0;
      const page = await resolveOffsetConnection(
        { args, defaultSize: 20, maxSize: 100 },
        ({ offset, limit }) =>
          everyone
            ? everyClientPage(db).execute({ limit, offset })
            : db.select().from(clients).where(where).orderBy(asc(clients.id)).limit(limit).offset(offset),
      );
      // Counted only when asked for: a COUNT over 20,000 rows is not free.
      const totalCount = async () => {
        const [row] = everyone
          ? await everyClientCount(db).execute()
          : await db.select({ n: count() }).from(clients).where(where);
        return row!.n;
      };
      return withTotalCount(page, totalCount);
    },
  }),
}));

const RegisterClientInput = builder.inputType('RegisterClientInput', {
  description: 'A resident to register, in a household of their own or an existing one.',
  fields: (t) => ({
    bsn: t.field({
      type: 'Bsn',
      required: true,
      description: 'Burgerservicenummer; must pass the 11-proef.',
    }),
    name: t.string({ required: true, description: 'Full name.' }),
    dateOfBirth: t.field({ type: 'Date', required: true, description: 'Geboortedatum.' }),
    householdId: t.id({ description: 'An existing household to join; without it a new one is made.' }),
    areaId: t.id({
      description: 'Area (gebied, wijk or dorp) of a new household; required without `householdId`.',
    }),
    householdRole: t.field({
      type: HouseholdRole,
      description: 'Role in the household (default OTHER_ADULT, or PARENT for a new household).',
    }),
    address: t.string({ description: 'Street and house number.' }),
    postcode: t.string({ description: 'Postcode, e.g. `8911 AB`.' }),
    pgbCompetent: t.boolean({ description: 'PGB-vaardig (default false).' }),
    prefersDecision: t.boolean({
      description: 'Asks for a beschikking instead of a referral letter (default false).',
    }),
    mainResidenceInMunicipality: t.boolean({ description: 'Hoofdverblijf in Leeuwarden (default true).' }),
  }),
});

/** Writes of personal data are logged before commit: a write the log did not take is rolled back. */
async function logRegistration(context: SubgraphContext, clientId: string): Promise<void> {
  for (const field of ['bsn', 'name', 'dateOfBirth', 'address', 'postcode']) {
    context.accessLog.wrote('Client', clientId, field);
  }
  try {
    await context.accessLog.flushBeforeCommit();
  } catch {
    throw new GraphQLError(ACCESS_LOG_UNAVAILABLE_MESSAGE, { extensions: { code: ACCESS_LOG_UNAVAILABLE } });
  }
}

builder.mutationFields((t) => ({
  registerClient: t.field({
    type: Client,
    description:
      'Register a resident (inwoner). The BSN must pass the 11-proef and be new; the date of birth lies in the past.',
    authScopes: { $all: { ...WRITE, $all: PERSONAL } },
    errors: { types: [InvalidBsnError, DuplicateBsnError, ValidationError, NotFoundError] },
    args: { input: t.arg({ type: RegisterClientInput, required: true, description: 'The resident.' }) },
    resolve: async (_root, { input }, context) => {
      const registration = unlessRefused(checkRegistration(input, today()));
      return context.db.transaction(async (tx) => {
        const duplicate = uniqueBsn(await clientWithBsn(tx, registration.bsn));
        if (duplicate) throw duplicate;
        const row = await insertResident(tx, registration);
        await logRegistration(context, row.id);
        return row;
      });
    },
  }),
}));
