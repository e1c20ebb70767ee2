import { contextLoader, groupByIds } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';
import { and, countDistinct, inArray, isNull } from 'drizzle-orm';
import { engagements } from '../db/tables.ts';
import type { Pillar as PillarCode } from '../domain/codes.ts';
import { builder, READ } from './builder.ts';
import { Pillar } from './enums.ts';
import { OrganisationRef } from './refs.ts';

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
