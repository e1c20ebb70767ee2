import { InvalidBsnError, NotFoundError, passesElfproef, ValidationError } from '@mienskip/kit/rules';
import { loadOrNull, resolveOffsetConnection } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';
import { ACCESS_LOG_UNAVAILABLE, ACCESS_LOG_UNAVAILABLE_MESSAGE } from '@mienskip/kit/server';
import { and, asc, count, eq, exists, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import {
  type ClientRow,
  clients,
  coordinatorAssignments,
  engagements,
  households,
  transitionInterviews,
} from '../db/tables.ts';
import type { TransitionStatus } from '../domain/transition.ts';
import { builder, ErrorInterface, PERSONAL, READ, WRITE } from './builder.ts';
import { countedConnection, withTotalCount } from './counted-connection.ts';
import { Client } from './entities.ts';
import { HouseholdRole, Pillar, TransitionStatus as TransitionStatusEnum } from './enums.ts';
import { visibleClients } from './scoping.ts';

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
      description: 'Burgerservicenummer (personal data).',
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

/** SQL for where a transition interview stands (mirrors `transitionStatus` in the domain). */
export function transitionCondition(status: TransitionStatus): SQL {
  const ti = transitionInterviews;
  switch (status) {
    case 'NO_FOLLOW_UP':
      return and(isNull(ti.heldOn), isNull(ti.plannedOn))!;
    case 'PLANNED':
      return and(isNull(ti.heldOn), sql`${ti.plannedOn} is not null`)!;
    case 'HELD_NOT_HANDED_OVER':
      return and(sql`${ti.heldOn} is not null`, sql`${ti.handover} <> 'COMPLETED'`)!;
    case 'HANDED_OVER':
      return and(sql`${ti.heldOn} is not null`, eq(ti.handover, 'COMPLETED'))!;
  }
}

interface ClientFilterValue {
  areaId?: string | null;
  pillar?: (typeof engagements.$inferSelect)['pillar'] | null;
  coordinatorId?: string | null;
  transitionStatus?: TransitionStatus | null;
}

function clientConditions(filter: ClientFilterValue | null | undefined, context: SubgraphContext): SQL[] {
  const { db } = context;
  const conditions: SQL[] = [];
  const visible = visibleClients(context.caller);
  if (visible) conditions.push(visible);
  if (filter?.areaId) {
    conditions.push(
      inArray(
        clients.householdId,
        db
          .select({ id: households.id })
          .from(households)
          .where(eq(households.areaId, String(filter.areaId))),
      ),
    );
  }
  if (filter?.pillar) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(engagements)
          .where(
            and(
              eq(engagements.clientId, clients.id),
              eq(engagements.pillar, filter.pillar),
              isNull(engagements.endedOn),
            ),
          ),
      ),
    );
  }
  if (filter?.coordinatorId) {
    conditions.push(
      inArray(
        clients.householdId,
        db
          .select({ id: coordinatorAssignments.householdId })
          .from(coordinatorAssignments)
          .where(
            and(
              eq(coordinatorAssignments.workerId, String(filter.coordinatorId)),
              isNull(coordinatorAssignments.endedOn),
            ),
          ),
      ),
    );
  }
  if (filter?.transitionStatus) {
    conditions.push(
      inArray(
        clients.id,
        db
          .select({ id: transitionInterviews.clientId })
          .from(transitionInterviews)
          .where(transitionCondition(filter.transitionStatus)),
      ),
    );
  }
  return conditions;
}

export const ClientConnection = countedConnection(Client, 'Client', 'clients');

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
    description: 'Clients by id, narrowed by the filter; a provider key sees only its own clients.',
    authScopes: READ,
    args: {
      ...t.arg.connectionArgs(),
      filter: t.arg({ type: ClientFilter, description: 'Conditions the clients meet.' }),
    },
    resolve: async (_root, args, context) => {
      const where = and(...clientConditions(args.filter, context));
      const page = await resolveOffsetConnection(
        { args, defaultSize: 20, maxSize: 100 },
        ({ offset, limit }) =>
          context.db.select().from(clients).where(where).orderBy(asc(clients.id)).limit(limit).offset(offset),
      );
      // Counted only when asked for: a COUNT over 20,000 rows is not free.
      const totalCount = async () => {
        const [row] = await context.db.select({ n: count() }).from(clients).where(where);
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

export class DuplicateBsnError extends ValidationError {
  override name = 'DuplicateBsnError';
}

builder.objectType(DuplicateBsnError, {
  name: 'DuplicateBsnError',
  description: 'A resident with this BSN is already registered; nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ field: t.exposeString('field', { description: 'The input field: `bsn`.' }) }),
});

const POSTCODE = /^[1-9][0-9]{3} ?[A-Z]{2}$/;

builder.mutationFields((t) => ({
  registerClient: t.field({
    type: Client,
    description:
      'Register a resident (inwoner). The BSN must pass the 11-proef and be new; the date of birth lies in the past.',
    authScopes: { $all: { ...WRITE, $all: PERSONAL } },
    errors: { types: [InvalidBsnError, DuplicateBsnError, ValidationError, NotFoundError] },
    args: { input: t.arg({ type: RegisterClientInput, required: true, description: 'The resident.' }) },
    resolve: async (_root, { input }, context) => {
      if (!passesElfproef(input.bsn)) throw new InvalidBsnError('bsn');
      const name = input.name.trim();
      if (name.length === 0 || name.length > 200)
        throw new ValidationError('name', 'A name has 1 to 200 characters');
      const today = new Date().toISOString().slice(0, 10);
      if (input.dateOfBirth > today || input.dateOfBirth < '1900-01-01') {
        throw new ValidationError('dateOfBirth', 'The date of birth lies between 1900 and today');
      }
      const postcode = input.postcode?.trim().toUpperCase() ?? null;
      if (postcode && !POSTCODE.test(postcode))
        throw new ValidationError('postcode', 'A postcode looks like 8911 AB');
      if (!input.householdId && !input.areaId) {
        throw new ValidationError('areaId', 'A new household needs the area it lives in');
      }
      const row = await context.db.transaction(async (tx) => {
        const [taken] = await tx.select({ id: clients.id }).from(clients).where(eq(clients.bsn, input.bsn));
        if (taken) throw new DuplicateBsnError('bsn', 'A resident with this BSN is already registered');
        let householdId = input.householdId ? String(input.householdId) : null;
        if (householdId) {
          const [found] = await tx
            .select({ id: households.id })
            .from(households)
            .where(eq(households.id, householdId));
          if (!found) throw new NotFoundError('Household', householdId);
        } else {
          householdId = `household-${crypto.randomUUID()}`;
          await tx.insert(households).values({ id: householdId, areaId: String(input.areaId) });
        }
        const [inserted] = await tx
          .insert(clients)
          .values({
            id: `client-${crypto.randomUUID()}`,
            bsn: input.bsn,
            name,
            dateOfBirth: input.dateOfBirth,
            householdId,
            householdRole: input.householdRole ?? (input.householdId ? 'OTHER_ADULT' : 'PARENT'),
            address: input.address?.trim() || null,
            postcode,
            pgbCompetent: input.pgbCompetent ?? false,
            prefersDecision: input.prefersDecision ?? false,
            mainResidenceInMunicipality: input.mainResidenceInMunicipality ?? true,
          })
          .returning();
        // Logged before commit: a write the log did not take is rolled back.
        for (const field of ['bsn', 'name', 'dateOfBirth', 'address', 'postcode']) {
          context.accessLog.wrote('Client', inserted!.id, field);
        }
        try {
          await context.accessLog.flushBeforeCommit();
        } catch {
          throw new GraphQLError(ACCESS_LOG_UNAVAILABLE_MESSAGE, {
            extensions: { code: ACCESS_LOG_UNAVAILABLE },
          });
        }
        return inserted!;
      });
      return row;
    },
  }),
}));
