import { preparedPerDatabase, UNNAMED } from '@mienskip/kit/db';
import { contextLoader, groupByIds, loadOrNull, resolveOffsetConnection } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';
import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import { clients, coordinatorAssignments, households, type supportPlans } from '../db/tables.ts';
import { holderIn } from '../domain/regie.ts';
import { readVisibility } from '../lookups/caseloads.ts';
import { rowsByParent } from '../store/loaders.ts';
import { activePlansOf } from '../store/plan.ts';
import { visibleClients } from '../store/scoping.ts';
import { builder, READ } from './builder.ts';
import { countedConnection, withTotalCount } from './counted-connection.ts';
import { Client, Household } from './entities.ts';
import { HouseholdRole, RegieDomain } from './enums.ts';
import { AreaRef, OrganisationRef, WorkerRef } from './refs.ts';

/** The municipality's members batch (no row scoping): its SQL built once per database. */
const everyMemberOf = preparedPerDatabase((db) =>
  db
    .select()
    .from(clients)
    .where(sql`${clients.householdId} = any(${sql.placeholder('ids')})`)
    .orderBy(asc(clients.id))
    .prepare(UNNAMED),
);

/** Members per household, one query per batch; a provider key sees only the members that are its clients. */
const membersOf = contextLoader<SubgraphContext, string, (typeof clients.$inferSelect)[]>(
  async (ids, context) => {
    const visible = visibleClients(await readVisibility(context));
    const rows = visible
      ? await context.db
          .select()
          .from(clients)
          .where(and(inArray(clients.householdId, [...ids]), visible))
          .orderBy(asc(clients.id))
      : await everyMemberOf(context.db).execute({ ids: [...ids] });
    return groupByIds(ids, rows, (row) => row.householdId);
  },
);
const assignmentsOf = rowsByParent(coordinatorAssignments, coordinatorAssignments.householdId, {
  orderBy: coordinatorAssignments.startedOn,
});

export const SupportPlan = builder.objectRef<typeof supportPlans.$inferSelect>('SupportPlan').implement({
  description:
    'Ondersteuningsplan: the one plan of a household (one household, one plan, one regievoerder), with ' +
    'its goals, implementation agreements and the parties involved.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    goals: t.exposeStringList('goals', { description: 'Doelen: what the household works towards.' }),
    agreements: t.exposeString('agreements', {
      nullable: true,
      description: 'Uitvoeringsafspraken for multi-domain cases (housing, safety), BR-R5.',
    }),
    parties: t.field({
      type: [OrganisationRef],
      // Each item is a reference to budget's Organisation: one that fails is null, the list stays.
      nullable: { list: false, items: true },
      description:
        'Organisations involved in the plan besides the household; an item is null when budget is ' +
        'unavailable (see errors).',
      resolve: (plan) => plan.partyOrganisationIds.map((id) => ({ id })),
    }),
    createdBy: t.field({
      type: WorkerRef,
      nullable: true,
      description: 'The basis worker who wrote the plan.',
      resolve: (plan) => ({ id: plan.createdByWorkerId }),
    }),
    startedOn: t.field({
      type: 'Date',
      description: 'When the plan took effect.',
      resolve: (p) => p.startedOn,
    }),
    closedOn: t.field({
      type: 'Date',
      nullable: true,
      description:
        'The day the plan closes: active until that day, also when it lies in the future, and not from it ' +
        'on; null while no closing date is set. Once set it does not move.',
      resolve: (p) => p.closedOn,
    }),
    version: t.exposeInt('version', { description: 'Optimistic-concurrency version.' }),
  }),
});

export const CoordinatorAssignment = builder
  .objectRef<typeof coordinatorAssignments.$inferSelect>('CoordinatorAssignment')
  .implement({
    description:
      'Regievoering: a worker holds regie over a household in one domain, from a date until a date.',
    fields: (t) => ({
      id: t.exposeID('id', { description: 'Stable id.' }),
      domain: t.expose('domain', { type: RegieDomain, description: 'The regie domain.' }),
      worker: t.field({
        type: WorkerRef,
        nullable: true,
        description: 'The regievoerder (a Worker of locations).',
        resolve: (a) => ({ id: a.workerId }),
      }),
      startedOn: t.field({ type: 'Date', description: 'Since when.', resolve: (a) => a.startedOn }),
      endedOn: t.field({
        type: 'Date',
        nullable: true,
        description: 'Until when; null while active.',
        resolve: (a) => a.endedOn,
      }),
      household: t.field({
        type: Household,
        nullable: true,
        description: 'The household coordinated.',
        resolve: (a, _args, context) => loadOrNull(Household.getDataloader(context), a.householdId),
      }),
    }),
  });

const HouseholdMember = builder.objectRef<typeof clients.$inferSelect>('HouseholdMember').implement({
  description: 'Gezinslid: a resident in a household, with their role.',
  fields: (t) => ({
    role: t.expose('householdRole', { type: HouseholdRole, description: 'Role in the household.' }),
    client: t.field({ type: Client, description: 'The resident.', resolve: (row) => row }),
  }),
});

Household.implement({
  description:
    'Huishouden / gezin: the residents who live together, with exactly one active plan and at most one ' +
    'active Wmo regievoerder, who holds regie over its debt help too (the debt cases are in the debt subgraph); ' +
    'Sociale Zaken regie on work and participation may run beside it. Jeugdwet procesregie is not here: it is ' +
    'the process director of a youth case, in the youth subgraph.',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id, e.g. `household-000001`.' }),
    area: t.field({
      type: AreaRef,
      nullable: true,
      description: 'The area (gebied, wijk, dorp) it lives in, from locations.',
      resolve: (h) => ({ id: h.areaId }),
    }),
    members: t.field({
      type: [HouseholdMember],
      description: 'The members; a provider key sees only the members that are its clients.',
      resolve: (h, _args, context) => membersOf(context).load(h.id),
    }),
    plan: t.field({
      type: SupportPlan,
      nullable: true,
      description:
        'The active ondersteuningsplan, if any: the plan not yet closed today (a plan whose closing date ' +
        'lies in the future is still active).',
      resolve: async (h, _args, context) => (await activePlansOf(context).load(h.id))[0] ?? null,
    }),
    coordinator: t.field({
      type: CoordinatorAssignment,
      nullable: true,
      description: 'The active Wmo regievoerder (from the basis), if any.',
      resolve: async (h, _args, context) => holderIn(await assignmentsOf(context).load(h.id), 'WMO'),
    }),
    coordinatorAssignments: t.field({
      type: [CoordinatorAssignment],
      description:
        'Every regie assignment, in every domain clients holds (Wmo, work and participation), past and present, ' +
        'oldest first.',
      resolve: (h, _args, context) => assignmentsOf(context).load(h.id),
    }),
    version: t.exposeInt('version', {
      description: 'Optimistic-concurrency version; regie and plan changes raise it.',
    }),
  }),
});

builder.asEntity(Household, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (reference, context) => loadOrNull(Household.getDataloader(context), reference.id),
});

builder.objectField(Client, 'household', (t) =>
  t.field({
    type: Household,
    description: 'The household the resident belongs to.',
    resolve: async (client, _args, context) =>
      (await Household.getDataloader(context).load(client.householdId))!,
  }),
);

const HouseholdConnection = countedConnection(Household, 'Household', 'households');

builder.queryFields((t) => ({
  households: t.field({
    type: HouseholdConnection,
    nullable: true,
    description:
      'Households by id, optionally of one area or coordinator; a provider key sees those of its clients. Null when clients is unavailable; see errors.',
    authScopes: READ,
    args: {
      ...t.arg.connectionArgs(),
      areaId: t.arg.id({ description: 'Only households in this area.' }),
      coordinatorId: t.arg.id({
        description: 'Only households this worker holds regie over now (any domain).',
      }),
    },
    resolve: async (_root, args, context) => {
      const { db } = context;
      const visibleMember = visibleClients(await readVisibility(context));
      const where = and(
        args.areaId ? eq(households.areaId, String(args.areaId)) : undefined,
        args.coordinatorId
          ? inArray(
              households.id,
              db
                .select({ id: coordinatorAssignments.householdId })
                .from(coordinatorAssignments)
                .where(
                  and(
                    eq(coordinatorAssignments.workerId, String(args.coordinatorId)),
                    isNull(coordinatorAssignments.endedOn),
                  ),
                ),
            )
          : undefined,
        visibleMember
          ? inArray(households.id, db.select({ id: clients.householdId }).from(clients).where(visibleMember))
          : undefined,
      );
      const page = await resolveOffsetConnection(
        { args, defaultSize: 20, maxSize: 100 },
        ({ offset, limit }) =>
          db.select().from(households).where(where).orderBy(asc(households.id)).limit(limit).offset(offset),
      );
      const totalCount = async () => (await db.select({ n: count() }).from(households).where(where))[0]!.n;
      return withTotalCount(page, totalCount);
    },
  }),
  household: t.field({
    type: Household,
    nullable: true,
    description: 'One household by id; null when it does not exist or the key may not see it.',
    authScopes: READ,
    args: { id: t.arg.id({ required: true, description: 'The household id.' }) },
    resolve: (_root, args, context) => loadOrNull(Household.getDataloader(context), String(args.id)),
  }),
}));
