import { randomUUID } from 'node:crypto';
import type { Db } from '@mienskip/kit/db';
import {
  DomainError,
  isMunicipal,
  NotFoundError,
  ValidationError,
  VersionConflictError,
} from '@mienskip/kit/rules';
import { and, asc, eq, sql } from 'drizzle-orm';
import { lumpsumShares, lumpsums, type RedistributionRow, redistributionRequests } from '../db/tables.ts';
import { checkRedistribution, checkTotal, type Share } from '../domain/redistribution.ts';
import { builder, ErrorInterface, READ_BUDGET, WRITE } from './builder.ts';
import { Lumpsum, LumpsumDefinitiveError } from './lumpsum.ts';
import { Organisation } from './organisation.ts';

const RedistributionStatus = builder.enumType('RedistributionStatus', {
  description: 'Where a redistribution request stands.',
  values: {
    SUBMITTED: { description: 'Ingediend: asked jointly, awaiting the municipality.' },
    APPROVED: { description: 'Toegekend: the shares are as asked.' },
    REJECTED: { description: 'Afgewezen: the shares stay as they were.' },
    MODIFIED: {
      description: 'Gewijzigd toegekend: the municipality decided other shares, within the same total.',
    },
  },
});

interface ShareShape {
  organisationId: string;
  amountCents: string;
}

const ProposedShare = builder.objectRef<ShareShape>('RedistributionShare').implement({
  description: 'A share as asked or as decided in a redistribution.',
  authScopes: READ_BUDGET,
  fields: (t) => ({
    organisation: t.field({
      type: Organisation,
      nullable: true,
      description: 'The organisation.',
      resolve: (s) => s.organisationId,
    }),
    amount: t.field({ type: 'Money', description: 'The share.', resolve: (s) => s.amountCents }),
  }),
});

const ClientCount = builder
  .objectRef<{ organisationId: string; clients: number }>('RedistributionClientCount')
  .implement({
    description: 'Evidence: how many clients an organisation serves.',
    authScopes: READ_BUDGET,
    fields: (t) => ({
      organisation: t.field({
        type: Organisation,
        nullable: true,
        description: 'The organisation.',
        resolve: (c) => c.organisationId,
      }),
      clients: t.exposeInt('clients', { description: 'Clients in care.' }),
    }),
  });

const RedistributionRequest = builder.objectRef<RedistributionRow>('RedistributionRequest').implement({
  description:
    'Herverdelingsverzoek between the basis and aanvullend shares of a lumpsum: asked jointly by the providers, ' +
    'with client counts as evidence; the municipality approves, rejects or modifies it within the original total.',
  authScopes: READ_BUDGET,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    lumpsum: t.field({
      type: Lumpsum,
      nullable: true,
      description: 'The lumpsum whose shares would change.',
      resolve: async (r, _args, { db }) =>
        (await db.select().from(lumpsums).where(eq(lumpsums.id, r.lumpsumId)))[0] ?? null,
    }),
    requestedBy: t.field({
      type: [Organisation],
      description: 'The providers asking, jointly.',
      resolve: (r) => r.requestedBy,
    }),
    motivation: t.exposeString('motivation', { description: 'Why.' }),
    clientCounts: t.field({
      type: [ClientCount],
      description: 'The evidence.',
      resolve: (r) =>
        Object.entries(r.clientCounts).map(([organisationId, clients]) => ({ organisationId, clients })),
    }),
    proposedShares: t.field({
      type: [ProposedShare],
      description: 'The shares asked for.',
      resolve: (r) => r.proposedShares,
    }),
    status: t.expose('status', { type: RedistributionStatus, description: 'Where it stands.' }),
    decidedShares: t.field({
      type: [ProposedShare],
      nullable: true,
      description: 'The shares decided.',
      resolve: (r) => r.decidedShares,
    }),
    decisionNote: t.exposeString('decisionNote', {
      nullable: true,
      description: "The municipality's reasoning.",
    }),
    version: t.exposeInt('version', { description: 'Optimistic-concurrency version.' }),
  }),
});

/** A redistribution asked by some, but not all, of the providers that hold a share. */
export class OneSidedRedistributionError extends DomainError {
  override name = 'OneSidedRedistributionError';
  constructor(readonly missing: string[]) {
    super(`A redistribution is asked jointly: ${missing.join(', ')} must ask too`);
  }
}

/** Proposed or decided shares that do not add up to the original total. */
export class RedistributionTotalError extends DomainError {
  override name = 'RedistributionTotalError';
  constructor(
    readonly totalCents: bigint,
    readonly proposedCents: bigint,
  ) {
    super('A redistribution stays within the original total: the shares must add up to it exactly');
  }
}

builder.objectType(OneSidedRedistributionError, {
  name: 'OneSidedRedistributionError',
  description: 'Only the basis and the aanvullend provider(s) together may ask for a redistribution.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    missing: t.field({ type: [Organisation], description: 'Who must ask too.', resolve: (e) => e.missing }),
  }),
});

builder.objectType(RedistributionTotalError, {
  name: 'RedistributionTotalError',
  description: 'The shares after a redistribution must add up to the original total.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    total: t.field({ type: 'Money', description: 'The original total.', resolve: (e) => e.totalCents }),
    proposed: t.field({
      type: 'Money',
      description: 'What the shares add up to.',
      resolve: (e) => e.proposedCents,
    }),
  }),
});

const ShareInput = builder.inputType('RedistributionShareInput', {
  description: 'A share after the redistribution.',
  fields: (t) => ({
    organisationId: t.id({ required: true, description: 'The organisation.' }),
    amount: t.field({ type: 'Money', required: true, description: 'Its share, zero or more.' }),
  }),
});

const ClientCountInput = builder.inputType('RedistributionClientCountInput', {
  description: 'Evidence: clients in care per organisation.',
  fields: (t) => ({
    organisationId: t.id({ required: true, description: 'The organisation.' }),
    clients: t.int({ required: true, description: 'Clients in care (zero or more).' }),
  }),
});

const RequestRedistributionInput = builder.inputType('RequestRedistributionInput', {
  description: 'A joint redistribution request.',
  fields: (t) => ({
    lumpsumId: t.id({ required: true, description: 'The lumpsum.' }),
    requestedBy: t.idList({ required: true, description: 'Every provider holding a share of it.' }),
    shares: t.field({ type: [ShareInput], required: true, description: 'The shares asked for.' }),
    clientCounts: t.field({
      type: [ClientCountInput],
      required: true,
      description: 'Client counts of every provider.',
    }),
    motivation: t.string({ required: true, description: 'Why.' }),
  }),
});

const DecideRedistributionInput = builder.inputType('DecideRedistributionInput', {
  description: "The municipality's decision on a redistribution request.",
  fields: (t) => ({
    id: t.id({ required: true, description: 'The request.' }),
    version: t.int({ required: true, description: 'Its version, as you read it.' }),
    decision: t.field({
      type: RedistributionStatus,
      required: true,
      description: 'APPROVED, REJECTED or MODIFIED.',
    }),
    shares: t.field({ type: [ShareInput], description: 'The decided shares: required for MODIFIED.' }),
    note: t.string({ required: true, description: 'The reasoning.' }),
  }),
});

const toShares = (rows: readonly { organisationId: string | number; amount: bigint }[]): Share[] =>
  rows.map((r) => ({ organisationId: String(r.organisationId), amountCents: r.amount }));
const stored = (shares: readonly Share[]) =>
  shares.map((s) => ({ organisationId: s.organisationId, amountCents: String(s.amountCents) }));

async function currentShares(db: Db, lumpsumId: string): Promise<Share[]> {
  const rows = await db
    .select()
    .from(lumpsumShares)
    .where(eq(lumpsumShares.lumpsumId, lumpsumId))
    .orderBy(asc(lumpsumShares.organisationId));
  return rows.map((r) => ({ organisationId: r.organisationId, amountCents: r.amountCents }));
}

builder.queryField('redistributionRequests', (t) =>
  t.field({
    type: [RedistributionRequest],
    description: "Redistribution requests, oldest first (a provider's key sees those it is part of).",
    authScopes: READ_BUDGET,
    resolve: (_root, _args, { db, caller }) =>
      db
        .select()
        .from(redistributionRequests)
        // A provider sees the requests it is part of; the municipality sees all.
        .where(
          isMunicipal(caller)
            ? undefined
            : sql`${caller.organisationId} = any(${redistributionRequests.requestedBy})`,
        )
        .orderBy(asc(redistributionRequests.createdAt)),
  }),
);

builder.mutationFields((t) => ({
  requestRedistribution: t.field({
    type: RedistributionRequest,
    description:
      'Ask, jointly, to move money between the shares of a lumpsum. Refused when one-sided or when the total changes.',
    authScopes: WRITE,
    errors: {
      types: [
        ValidationError,
        NotFoundError,
        OneSidedRedistributionError,
        RedistributionTotalError,
        LumpsumDefinitiveError,
      ],
    },
    args: { input: t.arg({ type: RequestRedistributionInput, required: true, description: 'What to do.' }) },
    resolve: async (_root, { input }, { db }) => {
      const lumpsumId = String(input.lumpsumId);
      if (!input.motivation.trim()) throw new ValidationError('motivation', 'Say why');
      input.shares.forEach((s, i) => {
        if (s.amount < 0n) throw new ValidationError(`shares.${i}.amount`, 'A share cannot be negative');
      });
      input.clientCounts.forEach((c, i) => {
        if (c.clients < 0)
          throw new ValidationError(`clientCounts.${i}.clients`, 'A client count cannot be negative');
      });
      const [lumpsum] = await db.select().from(lumpsums).where(eq(lumpsums.id, lumpsumId));
      if (!lumpsum) throw new NotFoundError('Lumpsum', lumpsumId);
      if (lumpsum.status === 'DEFINITIVE' || lumpsum.supersededAt)
        throw new LumpsumDefinitiveError(lumpsumId);
      const proposed = toShares(input.shares);
      const counts = new Map(input.clientCounts.map((c) => [String(c.organisationId), c.clients]));
      const refusal = checkRedistribution(
        await currentShares(db, lumpsumId),
        input.requestedBy.map(String),
        proposed,
        counts,
      );
      if (refusal?.kind === 'ONE_SIDED') throw new OneSidedRedistributionError(refusal.missing);
      if (refusal?.kind === 'TOTAL_CHANGED')
        throw new RedistributionTotalError(refusal.totalCents, refusal.proposedCents);
      if (refusal?.kind === 'UNKNOWN_SHARE')
        throw new ValidationError('shares', `${refusal.organisationId} holds no share of this lumpsum`);
      if (refusal?.kind === 'NO_EVIDENCE')
        throw new ValidationError('clientCounts', `Give the client count of ${refusal.organisationId}`);
      const [row] = await db
        .insert(redistributionRequests)
        .values({
          id: `redistribution-${randomUUID()}`,
          lumpsumId,
          requestedBy: input.requestedBy.map(String),
          motivation: input.motivation.trim(),
          clientCounts: Object.fromEntries(counts),
          proposedShares: stored(proposed),
        })
        .returning();
      return row!;
    },
  }),
  decideRedistribution: t.field({
    type: RedistributionRequest,
    description:
      'The municipality approves, rejects or modifies a redistribution; approved or modified shares replace the old ones.',
    authScopes: { $all: { scope: 'budget:write', municipal: true } },
    errors: {
      types: [
        ValidationError,
        NotFoundError,
        VersionConflictError,
        RedistributionTotalError,
        LumpsumDefinitiveError,
      ],
    },
    args: { input: t.arg({ type: DecideRedistributionInput, required: true, description: 'What to do.' }) },
    resolve: async (_root, { input }, { db }) => {
      const id = String(input.id);
      if (input.decision === 'SUBMITTED')
        throw new ValidationError('decision', 'Decide APPROVED, REJECTED or MODIFIED');
      if (!input.note.trim()) throw new ValidationError('note', 'Give the reasoning');
      return db.transaction(async (tx) => {
        const [request] = await tx
          .select()
          .from(redistributionRequests)
          .where(eq(redistributionRequests.id, id))
          .for('update');
        if (!request) throw new NotFoundError('RedistributionRequest', id);
        if (request.version !== input.version)
          throw new VersionConflictError('RedistributionRequest', id, input.version, request.version);
        if (request.status !== 'SUBMITTED')
          throw new ValidationError('id', 'This request has been decided already');
        const [lumpsum] = await tx
          .select()
          .from(lumpsums)
          .where(eq(lumpsums.id, request.lumpsumId))
          .for('update');
        if (!lumpsum || lumpsum.status === 'DEFINITIVE' || lumpsum.supersededAt)
          throw new LumpsumDefinitiveError(request.lumpsumId);
        const current = await currentShares(tx, request.lumpsumId);
        let decided: Share[] | null = null;
        if (input.decision === 'APPROVED') {
          decided = request.proposedShares.map((s) => ({
            organisationId: s.organisationId,
            amountCents: BigInt(s.amountCents),
          }));
        } else if (input.decision === 'MODIFIED') {
          if (!input.shares?.length)
            throw new ValidationError('shares', 'A modified decision gives the decided shares');
          decided = toShares(input.shares);
          if (decided.some((s) => s.amountCents < 0n))
            throw new ValidationError('shares', 'A share cannot be negative');
          if (decided.some((s) => !current.some((c) => c.organisationId === s.organisationId))) {
            throw new ValidationError('shares', 'Only the providers holding a share can get one');
          }
        }
        if (decided) {
          const refusal = checkTotal(current, decided);
          if (refusal?.kind === 'TOTAL_CHANGED')
            throw new RedistributionTotalError(refusal.totalCents, refusal.proposedCents);
          await tx.delete(lumpsumShares).where(eq(lumpsumShares.lumpsumId, request.lumpsumId));
          await tx.insert(lumpsumShares).values(decided.map((s) => ({ lumpsumId: request.lumpsumId, ...s })));
          await tx
            .update(lumpsums)
            .set({ version: sql`${lumpsums.version} + 1` })
            .where(eq(lumpsums.id, request.lumpsumId));
        }
        const [row] = await tx
          .update(redistributionRequests)
          .set({
            status: input.decision,
            decidedShares: decided ? stored(decided) : null,
            decisionNote: input.note.trim(),
            decidedAt: new Date(),
            version: sql`${redistributionRequests.version} + 1`,
          })
          .where(and(eq(redistributionRequests.id, id)))
          .returning();
        return row!;
      });
    },
  }),
}));
