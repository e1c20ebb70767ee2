import { lockVersioned, updateVersioned } from '@mienskip/kit/db';
import { NotFoundError, ValidationError, VersionConflictError } from '@mienskip/kit/rules';
import { contextLoader, groupByIds } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';
import { and, countDistinct, inArray, isNull } from 'drizzle-orm';
import { type EngagementRow, engagements } from '../db/tables.ts';
import {
  checkStartRequest,
  decisionFacts,
  endEngagement,
  startEngagement,
  starterOf,
} from '../domain/engagement.ts';
import {
  DebtHelpMovedError,
  LightParentingSupportMovedError,
  RuleViolationError,
  unlessRefused,
} from '../domain/errors.ts';
import {
  type PillarCount,
  type PublishedPillarCount,
  publishedCaseload,
} from '../domain/published-counts.ts';
import { requireAnyClient } from '../store/clients.ts';
import { today } from '../store/clock.ts';
import { requireDecision } from '../store/decision.ts';
import { insertEngagement, referralFacts } from '../store/engagement.ts';
import { rowsByParent } from '../store/loaders.ts';
import { ownedBy } from '../store/locking.ts';
import { builder, READ, WRITE } from './builder.ts';
import { Client } from './entities.ts';
import { AccessRoute, DeliveryForm, EndReason, Pillar, ProvisionType, SupportKind } from './enums.ts';
import { OrganisationRef, ref, WorkerRef } from './refs.ts';

export const SupportEngagement = builder.objectRef<EngagementRow>('SupportEngagement').implement({
  description:
    'Ondersteuningsinzet: support a resident receives from one provider, in one pillar, of one kind, from a ' +
    'start until an end (with the reason from the stopbericht).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    pillar: t.expose('pillar', { type: Pillar, description: 'Ondersteuningspijler.' }),
    kind: t.expose('kind', { type: SupportKind, description: 'Ondersteuningssoort.' }),
    provisionType: t.expose('provisionType', { type: ProvisionType, description: 'Algemeen or maatwerk.' }),
    deliveryForm: t.expose('deliveryForm', { type: DeliveryForm, description: 'ZIN or PGB.' }),
    accessRoute: t.expose('accessRoute', { type: AccessRoute, description: 'How the support was reached.' }),
    provider: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'The provider (Organisation of budget).',
      resolve: (e) => ({ id: e.organisationId }),
    }),
    worker: t.field({
      type: WorkerRef,
      nullable: true,
      description: 'The begeleider or volunteer, if one is named.',
      resolve: (e) => ref(e.workerId),
    }),
    hoursPerWeek: t.float({
      nullable: true,
      description: 'Indicative hours per week (flexible in basis).',
      resolve: (e) => (e.hoursPerWeek === null ? null : Number(e.hoursPerWeek)),
    }),
    structural: t.exposeBoolean('structural', {
      description: 'Structurele hulpverleningsrelatie: drives the abonnementstarief (BR-E3).',
    }),
    startedOn: t.field({ type: 'Date', description: 'Start.', resolve: (e) => e.startedOn }),
    endedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'End; null while running.',
      resolve: (e) => e.endedOn,
    }),
    endReason: t.expose('endReason', { type: EndReason, nullable: true, description: 'Why it ended.' }),
    referralId: t.exposeID('referralId', { nullable: true, description: 'The verwijzing it rests on.' }),
    decisionId: t.exposeID('decisionId', { nullable: true, description: 'The beschikking it rests on.' }),
    version: t.exposeInt('version', { description: 'Optimistic-concurrency version.' }),
  }),
});

/** A provider key sees its own engagements only. */
const engagementsOf = rowsByParent(engagements, engagements.clientId, {
  organisation: engagements.organisationId,
  orderBy: engagements.startedOn,
});

builder.objectField(Client, 'engagements', (t) =>
  t.field({
    type: [SupportEngagement],
    description: 'Support engagements, oldest first; a provider key sees only its own.',
    args: { includeEnded: t.arg.boolean({ description: 'Also ended engagements (default true).' }) },
    resolve: async (client, args, context) => {
      const rows = await engagementsOf(context).load(client.id);
      return args.includeEnded === false ? rows.filter((e) => e.endedOn === null) : rows;
    },
  }),
);

const StartEngagementInput = builder.inputType('StartEngagementInput', {
  description: 'Support that starts for a resident.',
  fields: (t) => ({
    clientId: t.id({ required: true, description: 'The resident.' }),
    pillar: t.field({ type: Pillar, required: true, description: 'Ondersteuningspijler.' }),
    kind: t.field({
      type: SupportKind,
      required: true,
      description:
        'Ondersteuningssoort; LICHTE_OPVOEDONDERSTEUNING is refused (the youth subgraph’s), and so is ' +
        'SCHULDHULPVERLENING (the debt subgraph’s).',
    }),
    provisionType: t.field({ type: ProvisionType, required: true, description: 'Algemeen or maatwerk.' }),
    deliveryForm: t.field({ type: DeliveryForm, description: 'ZIN (default) or PGB.' }),
    accessRoute: t.field({
      type: AccessRoute,
      required: true,
      description: 'DIRECT, VERWIJSBRIEF or BESCHIKKING.',
    }),
    referralId: t.id({ description: 'The verwijzing (for VERWIJSBRIEF).' }),
    decisionId: t.id({ description: 'The beschikking (for BESCHIKKING).' }),
    providerId: t.id({ required: true, description: 'The provider organisation.' }),
    workerId: t.id({ description: 'The begeleider or volunteer.' }),
    hoursPerWeek: t.float({ description: 'Indicative hours per week (0–60).' }),
    structural: t.boolean({ description: 'A structural support relationship (default false).' }),
    startedOn: t.field({ type: 'Date', description: 'Start (default today).' }),
  }),
});

const EndEngagementInput = builder.inputType('EndEngagementInput', {
  description: 'The end of an engagement (stopbericht).',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The engagement.' }),
    version: t.int({ required: true, description: 'The version you read.' }),
    endedOn: t.field({ type: 'Date', description: 'Last day (default today).' }),
    reason: t.field({ type: EndReason, required: true, description: 'Why it ends.' }),
  }),
});

builder.mutationFields((t) => ({
  startEngagement: t.field({
    type: SupportEngagement,
    description:
      'Start support. PGB only for maatwerk and a PGB-competent client; participation never as aanvullend ' +
      'maatwerk; aanvullend only with a referral by a basis worker (one engagement per ' +
      'referral, of its kind) or a granted beschikking valid at the start, household help from 2021 also ' +
      'directly by its provider (or recorded by the municipality); a provider key starts its own engagements only. ' +
      'Light parenting support is refused with `LightParentingSupportMovedError`: the youth subgraph records it ' +
      '(`startLightParentingSupport`); debt help with `DebtHelpMovedError`: the debt subgraph records it as a debt ' +
      'case (`openDebtCase`).',
    authScopes: WRITE,
    errors: {
      types: [
        LightParentingSupportMovedError,
        DebtHelpMovedError,
        RuleViolationError,
        NotFoundError,
        ValidationError,
      ],
    },
    args: { input: t.arg({ type: StartEngagementInput, required: true, description: 'The engagement.' }) },
    resolve: async (_root, { input }, { db, caller }) => {
      const refusal = checkStartRequest(caller, input);
      if (refusal) throw refusal;
      // A provider cannot see a resident before it has an engagement: look the client up unscoped here.
      const client = await requireAnyClient(db, input.clientId);
      const referral = input.referralId ? await referralFacts(db, input.referralId, input.clientId) : null;
      const decision = input.decisionId
        ? decisionFacts(await requireDecision(db, input.decisionId), input.clientId)
        : null;
      const facts = {
        clientPgbCompetent: client.pgbCompetent,
        referral,
        decision,
        starter: starterOf(caller, input.providerId),
      };
      return insertEngagement(db, unlessRefused(startEngagement(input, facts, today())));
    },
  }),
  endEngagement: t.field({
    type: SupportEngagement,
    description: 'End an engagement with a reason. Refused, changing nothing, on a stale version.',
    authScopes: WRITE,
    errors: { types: [RuleViolationError, VersionConflictError, NotFoundError, ValidationError] },
    args: { input: t.arg({ type: EndEngagementInput, required: true, description: 'The end.' }) },
    resolve: async (_root, { input }, { db, caller }) =>
      db.transaction(async (tx) => {
        const engagement = await lockVersioned(
          tx,
          engagements,
          'SupportEngagement',
          input.id,
          input.version,
          ownedBy(caller),
        );
        const ended = unlessRefused(endEngagement(engagement, input, today()));
        return updateVersioned(tx, engagements, engagement.id, ended);
      }),
  }),
}));

interface OrganisationPillarCount extends PillarCount {
  organisationId: string;
}

/** Running engagements' clients per organisation and pillar, one query for every organisation asked. */
const caseloadOf = contextLoader<SubgraphContext, string, OrganisationPillarCount[]>(async (ids, { db }) => {
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

const PillarCaseload = builder.objectRef<PublishedPillarCount>('PillarCaseload').implement({
  description: 'Clients of one organisation in one pillar.',
  fields: (t) => ({
    pillar: t.expose('pillar', { type: Pillar, description: 'The pillar.' }),
    clients: t.exposeInt('clients', {
      nullable: true,
      description:
        'Residents with a running engagement. Exact for a key with the personal-data scope; for any other key ' +
        'under the CBS rule for small numbers (kleine aantallen): null when 0–7 (secret, never 0), otherwise ' +
        'rounded to the nearest five.',
    }),
  }),
});

const Caseload = builder.objectRef<PublishedPillarCount[]>('Caseload').implement({
  description: 'Caseload (cliëntenaantal) of an organisation: residents with a running engagement there.',
  fields: (t) => ({
    byPillar: t.field({
      type: [PillarCaseload],
      description:
        'Per pillar: every pillar, one without running engagements included, each count under the CBS rule ' +
        'for keys without personal-data.',
      resolve: (rows) => rows,
    }),
  }),
});

builder.objectField(OrganisationRef, 'caseload', (t) =>
  t.field({
    type: Caseload,
    nullable: true,
    description: 'Residents with a running engagement at this organisation: for municipal keys and its own.',
    authScopes: (org) => ({ $all: { ...READ, $any: { municipal: true, organisation: org.id } } }),
    resolve: async (org, _a, context) =>
      publishedCaseload(context.caller, await caseloadOf(context).load(org.id)),
  }),
);
