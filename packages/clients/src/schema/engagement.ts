import { type Db, lockVersioned } from '@mienskip/kit/db';
import { isMunicipal, NotFoundError, ValidationError, VersionConflictError } from '@mienskip/kit/rules';
import { eq, sql } from 'drizzle-orm';
import { caseworkers, clients, decisions, type EngagementRow, engagements, referrals } from '../db/tables.ts';
import { endBreach, engagementBreach } from '../domain/engagement.ts';
import { RuleViolationError } from '../domain/errors.ts';
import { BASIS_PROVIDER } from '../domain/organisations.ts';
import { requireClient } from '../store/clients.ts';
import { today } from '../store/clock.ts';
import { rowsByParent } from '../store/loaders.ts';
import { ownedBy } from '../store/locking.ts';
import { builder, WRITE } from './builder.ts';
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
    kind: t.field({ type: SupportKind, required: true, description: 'Ondersteuningssoort.' }),
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
      'Start support. PGB only for maatwerk and a PGB-competent client; aanvullend only with a referral by a ' +
      'basis worker or a granted beschikking valid at the start; a provider key starts its own engagements only.',
    authScopes: WRITE,
    errors: { types: [RuleViolationError, NotFoundError, ValidationError] },
    args: { input: t.arg({ type: StartEngagementInput, required: true, description: 'The engagement.' }) },
    resolve: async (_root, { input }, context) => {
      const { db, caller } = context;
      const providerId = String(input.providerId);
      if (!isMunicipal(caller) && providerId !== caller.organisationId) {
        throw new RuleViolationError(
          'providerId',
          'A provider key starts engagements at its own organisation only',
        );
      }
      if (input.hoursPerWeek != null && !(input.hoursPerWeek >= 0 && input.hoursPerWeek <= 60)) {
        throw new ValidationError('hoursPerWeek', 'Hours per week lie between 0 and 60');
      }
      const clientId = String(input.clientId);
      const startedOn = input.startedOn ?? today();
      // A provider cannot see a resident before it has an engagement: look the client up unscoped here.
      const client = isMunicipal(caller)
        ? await requireClient(db, caller, clientId)
        : await clientRow(db, clientId);
      const referral = input.referralId ? await referralFacts(db, String(input.referralId), clientId) : null;
      const decision = input.decisionId ? await decisionFacts(db, String(input.decisionId), clientId) : null;
      const breach = engagementBreach({
        pillar: input.pillar,
        kind: input.kind,
        provisionType: input.provisionType,
        deliveryForm: input.deliveryForm ?? 'ZIN',
        accessRoute: input.accessRoute,
        startedOn,
        clientPgbCompetent: client.pgbCompetent,
        referral,
        decision,
      });
      if (breach) throw new RuleViolationError(breach.field, breach.message);
      const [row] = await db
        .insert(engagements)
        .values({
          id: `engagement-${crypto.randomUUID()}`,
          clientId,
          pillar: input.pillar,
          kind: input.kind,
          provisionType: input.provisionType,
          deliveryForm: input.deliveryForm ?? 'ZIN',
          accessRoute: input.accessRoute,
          organisationId: providerId,
          workerId: input.workerId ? String(input.workerId) : null,
          hoursPerWeek: input.hoursPerWeek == null ? null : input.hoursPerWeek.toFixed(1),
          referralId:
            input.accessRoute === 'VERWIJSBRIEF' && input.referralId ? String(input.referralId) : null,
          decisionId:
            input.accessRoute === 'BESCHIKKING' && input.decisionId ? String(input.decisionId) : null,
          structural: input.structural ?? false,
          startedOn,
        })
        .returning();
      return row!;
    },
  }),
  endEngagement: t.field({
    type: SupportEngagement,
    description: 'End an engagement with a reason. Refused, changing nothing, on a stale version.',
    authScopes: WRITE,
    errors: { types: [RuleViolationError, VersionConflictError, NotFoundError, ValidationError] },
    args: { input: t.arg({ type: EndEngagementInput, required: true, description: 'The end.' }) },
    resolve: async (_root, { input }, { db, caller }) => {
      const id = String(input.id);
      return db.transaction(async (tx) => {
        const row = await lockVersioned(
          tx,
          engagements,
          'SupportEngagement',
          id,
          input.version,
          ownedBy(caller),
        );
        const endedOn = input.endedOn ?? today();
        const breach = endBreach(row.startedOn, endedOn, input.reason, row.endedOn !== null);
        if (breach) throw new RuleViolationError(breach.field, breach.message);
        const [updated] = await tx
          .update(engagements)
          .set({ endedOn, endReason: input.reason, version: sql`${engagements.version} + 1` })
          .where(eq(engagements.id, id))
          .returning();
        return updated!;
      });
    },
  }),
}));

async function clientRow(db: Db, clientId: string) {
  const [row] = await db.select().from(clients).where(eq(clients.id, clientId));
  if (!row) throw new NotFoundError('Client', clientId);
  return row;
}

async function referralFacts(db: Db, id: string, clientId: string) {
  const [row] = await db
    .select({ clientId: referrals.clientId, organisationId: caseworkers.organisationId })
    .from(referrals)
    .leftJoin(caseworkers, eq(caseworkers.workerId, referrals.issuedByWorkerId))
    .where(eq(referrals.id, id));
  if (!row) throw new NotFoundError('Referral', id);
  return {
    clientMatches: row.clientId === clientId,
    issuedByBasisWorker: row.organisationId === BASIS_PROVIDER,
  };
}

async function decisionFacts(db: Db, id: string, clientId: string) {
  const [row] = await db.select().from(decisions).where(eq(decisions.id, id));
  if (!row) throw new NotFoundError('Decision', id);
  return {
    clientMatches: row.clientId === clientId,
    granted: row.outcome === 'GRANTED',
    validFrom: row.validFrom,
    validTo: row.validTo,
  };
}
