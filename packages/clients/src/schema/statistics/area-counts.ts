import { publishCountFor } from '@mienskip/kit/rules';
import { contextLoader } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';
import { and, count, countDistinct, eq, inArray } from 'drizzle-orm';
import { clients, households } from '../../db/tables.ts';
import { readVisibility } from '../../lookups/caseloads.ts';
import { visibleClients } from '../../store/scoping.ts';
import { builder, PublishedCount } from '../builder.ts';
import { AreaRef } from '../refs.ts';

interface AreaCounts {
  households: number;
  clients: number;
}

/** Households and residents per area, one grouped query for every area asked. */
const countsOf = contextLoader<SubgraphContext, string, AreaCounts>(async (ids, context) => {
  const visible = visibleClients(await readVisibility(context));
  const rows = await context.db
    .select({
      areaId: households.areaId,
      households: countDistinct(households.id),
      clients: count(clients.id),
    })
    .from(households)
    .innerJoin(clients, eq(clients.householdId, households.id))
    .where(and(inArray(households.areaId, [...ids]), visible))
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
      publishCountFor(context.caller, (await countsOf(context).load(area.id)).households),
  }),
  clientCount: t.field({
    type: PublishedCount,
    nullable: true,
    description: 'Residents known to the social domain in this area (CBS rule without personal-data).',
    authScopes: AREA_COUNTS,
    resolve: async (area, _a, context) =>
      publishCountFor(context.caller, (await countsOf(context).load(area.id)).clients),
  }),
}));
