import { updateVersioned } from '@mienskip/kit/db';
import {
  NotFoundError,
  OwnerUnavailableError,
  ValidationError,
  VersionConflictError,
} from '@mienskip/kit/rules';
import { type ComplaintRow, complaints } from '../db/tables.ts';
import { escalateComplaint, fileComplaint, resolveComplaint } from '../domain/complaint.ts';
import { RuleViolationError, unlessRefused } from '../domain/errors.ts';
import { visibilityOf } from '../lookups/caseloads.ts';
import { requireClient } from '../store/clients.ts';
import { today } from '../store/clock.ts';
import { insertComplaint, lockComplaint } from '../store/complaint.ts';
import { rowsByParent } from '../store/loaders.ts';
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

builder.mutationFields((t) => ({
  fileComplaint: t.field({
    type: Complaint,
    description: 'Record a complaint at the first rung (the worker).',
    authScopes: WRITE,
    errors: { types: [NotFoundError, ValidationError, OwnerUnavailableError] },
    args: { input: t.arg({ type: FileComplaintInput, required: true, description: 'The complaint.' }) },
    resolve: async (_root, { input }, context) => {
      const { db } = context;
      await requireClient(db, await visibilityOf(context), input.clientId);
      return insertComplaint(db, fileComplaint(input, today()));
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
        const complaint = await lockComplaint(tx, caller, input);
        return updateVersioned(tx, complaints, complaint.id, unlessRefused(escalateComplaint(complaint)));
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
        const complaint = await lockComplaint(tx, caller, input);
        const resolved = unlessRefused(resolveComplaint(complaint, input.on, today()));
        return updateVersioned(tx, complaints, complaint.id, resolved);
      }),
  }),
}));
