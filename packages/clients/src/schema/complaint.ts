import { lockVersioned, type Tx } from '@mienskip/kit/db';
import type { Caller } from '@mienskip/kit/rules';
import { NotFoundError, ValidationError, VersionConflictError } from '@mienskip/kit/rules';
import { eq, sql } from 'drizzle-orm';
import { type ComplaintRow, complaints } from '../db/tables.ts';
import { nextComplaintLevel } from '../domain/complaint.ts';
import { RuleViolationError } from '../domain/errors.ts';
import { requireClient } from '../store/clients.ts';
import { today } from '../store/clock.ts';
import { rowsByParent } from '../store/loaders.ts';
import { ownedBy } from '../store/locking.ts';
import { builder, WRITE } from './builder.ts';
import { Client } from './entities.ts';
import { ComplaintLevel, ComplaintStatus, ComplaintSubject } from './enums.ts';
import { OrganisationRef } from './refs.ts';

export const Complaint = builder.objectRef<ComplaintRow>('Complaint').implement({
  description:
    'Klacht: a complaint about treatment or support, climbing the ladder worker → manager → provider’s ' +
    'mediator → external committee (§4.9).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    subject: t.expose('subject', { type: ComplaintSubject, description: 'What it is about.' }),
    provider: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'The organisation complained about.',
      resolve: (c) => ({ id: c.organisationId }),
    }),
    level: t.expose('level', { type: ComplaintLevel, description: 'The rung it is at.' }),
    status: t.expose('status', { type: ComplaintStatus, description: 'Open or resolved.' }),
    raisedOn: t.field({ type: 'Date', description: 'When it was raised.', resolve: (c) => c.raisedOn }),
    closedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'When it was resolved.',
      resolve: (c) => c.closedOn,
    }),
    version: t.exposeInt('version', { description: 'Optimistic-concurrency version.' }),
  }),
});

const complaintsOf = rowsByParent(complaints, complaints.clientId, {
  organisation: complaints.organisationId,
  orderBy: complaints.raisedOn,
});

builder.objectField(Client, 'complaints', (t) =>
  t.field({
    type: [Complaint],
    description: 'Complaints, oldest first; a provider key sees those about itself only.',
    resolve: (c, _a, context) => complaintsOf(context).load(c.id),
  }),
);

const FileComplaintInput = builder.inputType('FileComplaintInput', {
  description: 'A complaint, raised first with the worker.',
  fields: (t) => ({
    clientId: t.id({ required: true, description: 'The resident complaining.' }),
    providerId: t.id({ required: true, description: 'The organisation complained about.' }),
    subject: t.field({ type: ComplaintSubject, required: true, description: 'Treatment or support.' }),
    raisedOn: t.field({ type: 'Date', description: 'When (default today).' }),
  }),
});

const ComplaintStepInput = builder.inputType('ComplaintStepInput', {
  description: 'Escalate or resolve a complaint.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The complaint.' }),
    version: t.int({ required: true, description: 'The version you read.' }),
    on: t.field({ type: 'Date', description: 'When (default today); used when resolving.' }),
  }),
});

async function openComplaint(tx: Tx, caller: Caller, id: string, version: number) {
  const row = await lockVersioned(tx, complaints, 'Complaint', id, version, ownedBy(caller));
  if (row.status === 'RESOLVED') throw new RuleViolationError('id', 'The complaint is already resolved');
  return row;
}

builder.mutationFields((t) => ({
  fileComplaint: t.field({
    type: Complaint,
    description: 'Record a complaint at the first rung (the worker).',
    authScopes: WRITE,
    errors: { types: [NotFoundError, ValidationError] },
    args: { input: t.arg({ type: FileComplaintInput, required: true, description: 'The complaint.' }) },
    resolve: async (_root, { input }, context) => {
      await requireClient(context.db, context.caller, String(input.clientId));
      const [row] = await context.db
        .insert(complaints)
        .values({
          id: `complaint-${crypto.randomUUID()}`,
          clientId: String(input.clientId),
          organisationId: String(input.providerId),
          subject: input.subject,
          raisedOn: input.raisedOn ?? today(),
        })
        .returning();
      return row!;
    },
  }),
  escalateComplaint: t.field({
    type: Complaint,
    description: 'Move an unresolved complaint one rung up the ladder; refused at the external committee.',
    authScopes: WRITE,
    errors: { types: [RuleViolationError, VersionConflictError, NotFoundError] },
    args: { input: t.arg({ type: ComplaintStepInput, required: true, description: 'The complaint.' }) },
    resolve: async (_root, { input }, { db, caller }) =>
      db.transaction(async (tx) => {
        const row = await openComplaint(tx, caller, String(input.id), input.version);
        const level = nextComplaintLevel(row.level);
        if (!level) throw new RuleViolationError('id', 'The external complaints committee is the last rung');
        const [updated] = await tx
          .update(complaints)
          .set({ level, version: sql`${complaints.version} + 1` })
          .where(eq(complaints.id, row.id))
          .returning();
        return updated!;
      }),
  }),
  resolveComplaint: t.field({
    type: Complaint,
    description: 'Close a complaint as resolved.',
    authScopes: WRITE,
    errors: { types: [RuleViolationError, VersionConflictError, NotFoundError] },
    args: { input: t.arg({ type: ComplaintStepInput, required: true, description: 'The complaint.' }) },
    resolve: async (_root, { input }, { db, caller }) =>
      db.transaction(async (tx) => {
        const row = await openComplaint(tx, caller, String(input.id), input.version);
        const closedOn = input.on ?? today();
        if (closedOn < row.raisedOn) throw new RuleViolationError('on', 'Resolved before it was raised');
        const [updated] = await tx
          .update(complaints)
          .set({ status: 'RESOLVED', closedOn, version: sql`${complaints.version} + 1` })
          .where(eq(complaints.id, row.id))
          .returning();
        return updated!;
      }),
  }),
}));
