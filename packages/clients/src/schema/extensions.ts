import { hasScope, publishCount } from '@mienskip/kit/rules';
import { contextLoader, groupByIds } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';
import { and, count, countDistinct, eq, inArray, isNull } from 'drizzle-orm';
import { clients, coordinatorAssignments, engagements, households } from '../db/tables.ts';
import type { Pillar as PillarCode } from '../domain/codes.ts';
import { visibleClients } from '../store/scoping.ts';
import { builder, PublishedCount, READ } from './builder.ts';
import { Household } from './entities.ts';
import { Pillar } from './enums.ts';
import { AreaRef, OrganisationRef, WorkerRef } from './refs.ts';

interface PillarCount {
  organisationId: string;
  pillar: PillarCode;
  clients: number;
}

/** Running engagements' clients per organisation and pillar, one query for every organisation asked. */
const caseloadOf = contextLoader<SubgraphContext, string, PillarCount[]>(async (ids, { db }) => {
  const rows = await db
    .select({
      organisationId: engagements.organisationId,
      pillar: engagements.pillar,
      clients: countDistinct(engagements.clientId),
    })
    .from(engagements)
    .where(and(inArray(engagements.organisationId, [...ids]), isNull(engagements.endedOn)))
    .groupBy(engagements.organisationId, engagements.pillar);
  return groupByIds(ids, rows, (row) => row.organisationId);
});

const PillarCaseload = builder.objectRef<PillarCount>('PillarCaseload').implement({
  description: 'Clients of one organisation in one pillar.',
  fields: (t) => ({
    pillar: t.expose('pillar', { type: Pillar, description: 'The pillar.' }),
    clients: t.exposeInt('clients', { description: 'Residents with a running engagement.' }),
  }),
});

const Caseload = builder.objectRef<PillarCount[]>('Caseload').implement({
  description: 'Caseload (cliëntenaantal) of an organisation: residents with a running engagement there.',
  fields: (t) => ({
    byPillar: t.field({ type: [PillarCaseload], description: 'Per pillar.', resolve: (rows) => rows }),
  }),
});

builder.objectField(OrganisationRef, 'caseload', (t) =>
  t.field({
    type: Caseload,
    nullable: true,
    description: 'Residents with a running engagement at this organisation: for municipal keys and its own.',
    authScopes: (org) => ({ $all: { ...READ, $any: { municipal: true, organisation: org.id } } }),
    resolve: (org, _a, context) => caseloadOf(context).load(org.id),
  }),
);

/** Open regie assignments per worker, one query for every worker asked. */
const coordinatedBy = contextLoader<SubgraphContext, string, { workerId: string; householdId: string }[]>(
  async (ids, { db }) => {
    const rows = await db
      .select({ workerId: coordinatorAssignments.workerId, householdId: coordinatorAssignments.householdId })
      .from(coordinatorAssignments)
      .where(and(inArray(coordinatorAssignments.workerId, [...ids]), isNull(coordinatorAssignments.endedOn)))
      .orderBy(coordinatorAssignments.householdId);
    return groupByIds(ids, rows, (row) => row.workerId);
  },
);

builder.objectField(WorkerRef, 'coordinatedHouseholds', (t) =>
  t.field({
    type: [Household],
    description: 'Households this worker holds regie over now (any domain) that the key may see.',
    authScopes: READ,
    resolve: async (worker, _a, context) => {
      const assignments = await coordinatedBy(context).load(worker.id);
      const loaded = await Household.getDataloader(context).loadMany(assignments.map((a) => a.householdId));
      return loaded.filter((h): h is Exclude<typeof h, Error> => !(h instanceof Error));
    },
  }),
);

interface AreaCounts {
  households: number;
  clients: number;
}

/** Households and residents per area, one grouped query for every area asked. */
const countsOf = contextLoader<SubgraphContext, string, AreaCounts>(async (ids, { db, caller }) => {
  const rows = await db
    .select({
      areaId: households.areaId,
      households: countDistinct(households.id),
      clients: count(clients.id),
    })
    .from(households)
    .innerJoin(clients, eq(clients.householdId, households.id))
    .where(and(inArray(households.areaId, [...ids]), visibleClients(caller)))
    .groupBy(households.areaId);
  const byArea = new Map(rows.map((row) => [row.areaId, row]));
  return ids.map((id) => byArea.get(id) ?? { households: 0, clients: 0 });
});

const AREA_COUNTS = { anyScope: ['clients:read', 'statistics'] } as const;

builder.objectFields(AreaRef, (t) => ({
  householdCount: t.field({
    type: PublishedCount,
    nullable: true,
    description: 'Households known to the social domain in this area (CBS rule without personal-data).',
    authScopes: AREA_COUNTS,
    resolve: async (area, _a, context) =>
      publishCount(
        (await countsOf(context).load(area.id)).households,
        hasScope(context.caller, 'personal-data'),
      ),
  }),
  clientCount: t.field({
    type: PublishedCount,
    nullable: true,
    description: 'Residents known to the social domain in this area (CBS rule without personal-data).',
    authScopes: AREA_COUNTS,
    resolve: async (area, _a, context) =>
      publishCount(
        (await countsOf(context).load(area.id)).clients,
        hasScope(context.caller, 'personal-data'),
      ),
  }),
}));
