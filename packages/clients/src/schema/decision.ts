import { lockVersioned, updateVersioned } from '@mienskip/kit/db';
import { NotFoundError, ValidationError, VersionConflictError } from '@mienskip/kit/rules';
import { type DecisionRow, decisions, type ObjectionRow, objections } from '../db/tables.ts';
import { issueDecision } from '../domain/decision.ts';
import { RuleViolationError, unlessRefused } from '../domain/errors.ts';
import { decideObjection, fileObjection, objectionTermEnds } from '../domain/objection.ts';
import { visibilityOf } from '../lookups/caseloads.ts';
import { requireClient } from '../store/clients.ts';
import { today } from '../store/clock.ts';
import { insertDecision, insertObjection, requireDecision } from '../store/decision.ts';
import { rowsByParent } from '../store/loaders.ts';
import { builder, WRITE } from './builder.ts';
import { Client } from './entities.ts';
import { DecisionKind, DecisionOutcome, Destination2021, ObjectionOutcome } from './enums.ts';
import { OrganisationRef } from './refs.ts';

const objectionsOf = rowsByParent(objections, objections.decisionId, { orderBy: objections.filedOn });

export const Objection = builder.objectRef<ObjectionRow>('Objection').implement({
  description: 'Bezwaar (Awb): an objection to a beschikking, decided by the municipality within the term.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    filedOn: t.field({ type: 'Date', description: 'When it was filed.', resolve: (o) => o.filedOn }),
    advisoryCommittee: t.exposeBoolean('advisoryCommittee', {
      description:
        'An advisory committee (Awb 7:13) hears it: the decision term is twelve weeks instead of six.',
    }),
    decisionDue: t.field({
      type: 'Date',
      description:
        'Beslistermijn (Awb 7:10): six weeks, or twelve with an advisory committee, after the bezwaar term ' +
        '(`Decision.objectionTermEnds`) ended; for a bezwaar filed after that, counted from its filing.',
      resolve: (o) => o.decisionDue,
    }),
    outcome: t.expose('outcome', {
      type: ObjectionOutcome,
      nullable: true,
      description: 'Beslissing op bezwaar; null while pending.',
    }),
    decidedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'When it was decided.',
      resolve: (o) => o.decidedOn,
    }),
    version: t.exposeInt('version', { description: 'Optimistic-concurrency version.' }),
  }),
});

export const Decision = builder.objectRef<DecisionRow>('Decision').implement({
  description:
    'Beschikking (Wmo 2015): a formal decision, always issued by the municipality on the basis of an advice ' +
    '(zwaarwegend advies), valid for a period; open to bezwaar.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    kind: t.expose('kind', { type: DecisionKind, description: 'Soort beschikking.' }),
    outcome: t.expose('outcome', { type: DecisionOutcome, description: 'Granted or refused.' }),
    issuer: t.field({
      type: OrganisationRef,
      nullable: true,
      description:
        'The municipal organisation that issued it: always the municipality (§2.1). Null when budget is ' +
        'unavailable; see errors.',
      resolve: (d) => ({ id: d.issuedByOrganisationId }),
    }),
    adviceBy: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'Who wrote the zwaarwegend advies the decision rests on.',
      resolve: (d) => ({ id: d.adviceByOrganisationId }),
    }),
    adviceSummary: t.exposeString('adviceSummary', { description: 'The advice in short.' }),
    issuedOn: t.field({ type: 'Date', description: 'Date of the decision.', resolve: (d) => d.issuedOn }),
    objectionTermEnds: t.field({
      type: 'Date',
      description:
        'Last day of the bezwaar term: six weeks from the day after the decision was made known (Awb 6:7, 6:8), ' +
        'its date of issue standing for the day it was made known.',
      resolve: (d) => objectionTermEnds(d.issuedOn),
    }),
    validFrom: t.field({ type: 'Date', description: 'Valid from.', resolve: (d) => d.validFrom }),
    validTo: t.field({
      type: 'Date',
      nullable: true,
      description: 'Valid until.',
      resolve: (d) => d.validTo,
    }),
    destination2021: t.expose('destination2021', {
      type: Destination2021,
      nullable: true,
      description: 'Bestemming 2021, stated on every beschikking from 1 January 2020 (BR-T3).',
    }),
    objections: t.field({
      type: [Objection],
      description: 'Objections filed against it.',
      resolve: (d, _a, context) => objectionsOf(context).load(d.id),
    }),
  }),
});

const decisionsOf = rowsByParent(decisions, decisions.clientId, { orderBy: decisions.issuedOn });

builder.objectField(Client, 'decisions', (t) =>
  t.field({
    type: [Decision],
    nullable: true,
    description: 'Beschikkingen about the resident, oldest first: the municipality’s own records.',
    authScopes: { municipal: true },
    resolve: (c, _a, context) => decisionsOf(context).load(c.id),
  }),
);

const IssueDecisionInput = builder.inputType('IssueDecisionInput', {
  description: 'A beschikking the municipality issues after reviewing the advice.',
  fields: (t) => ({
    clientId: t.id({ required: true, description: 'The resident.' }),
    kind: t.field({ type: DecisionKind, required: true, description: 'Soort beschikking.' }),
    outcome: t.field({ type: DecisionOutcome, required: true, description: 'Granted or refused.' }),
    adviceByOrganisationId: t.id({
      required: true,
      description: 'Who wrote the advice (the basis, usually).',
    }),
    adviceSummary: t.string({ required: true, description: 'The advice in short.' }),
    issuedOn: t.field({ type: 'Date', description: 'Date (default today).' }),
    validFrom: t.field({ type: 'Date', required: true, description: 'Valid from.' }),
    validTo: t.field({ type: 'Date', description: 'Valid until (at most a year for most, §6.1).' }),
    destination2021: t.field({
      type: Destination2021,
      description: 'Required for decisions issued in 2020 (BR-T3).',
    }),
  }),
});

const FileObjectionInput = builder.inputType('FileObjectionInput', {
  description: 'A bezwaar against a beschikking.',
  fields: (t) => ({
    decisionId: t.id({ required: true, description: 'The beschikking.' }),
    filedOn: t.field({ type: 'Date', description: 'When (default today).' }),
    advisoryCommittee: t.boolean({
      description: 'An advisory committee (Awb 7:13) hears it: twelve weeks to decide (default false: six).',
    }),
  }),
});

const DecideObjectionInput = builder.inputType('DecideObjectionInput', {
  description: 'The decision on a bezwaar.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The objection.' }),
    version: t.int({ required: true, description: 'The version you read.' }),
    outcome: t.field({ type: ObjectionOutcome, required: true, description: 'The outcome.' }),
    decidedOn: t.field({ type: 'Date', description: 'When (default today).' }),
  }),
});

/**
 * Only the municipality issues and reviews beschikkingen (§2.1, §4.9; R-004-04): a key of kind
 * `MUNICIPALITY`, the back office. A municipal team (`MUNICIPAL_TEAM`: the JET, Sociale Zaken) is
 * refused like a provider (BR-KT4).
 */
const MUNICIPAL_WRITE = { $all: { ...WRITE, municipal: true } } as const;

builder.mutationFields((t) => ({
  issueDecision: t.field({
    type: Decision,
    description: 'Issue a beschikking. Only municipal keys: the municipality always decides.',
    authScopes: MUNICIPAL_WRITE,
    errors: { types: [RuleViolationError, NotFoundError, ValidationError] },
    args: { input: t.arg({ type: IssueDecisionInput, required: true, description: 'The decision.' }) },
    resolve: async (_root, { input }, context) => {
      const { db, caller } = context;
      // Municipal keys only: they see every resident, neither youth nor debt is asked.
      await requireClient(db, await visibilityOf(context), input.clientId);
      const decision = unlessRefused(issueDecision(input, today()));
      // Only municipal keys get here: the issuer is the caller's organisation.
      return insertDecision(db, { ...decision, issuedByOrganisationId: caller.organisationId });
    },
  }),
  fileObjection: t.field({
    type: Objection,
    description: 'Record a bezwaar; its due date follows from the Awb term.',
    authScopes: MUNICIPAL_WRITE,
    errors: { types: [RuleViolationError, NotFoundError, ValidationError] },
    args: { input: t.arg({ type: FileObjectionInput, required: true, description: 'The objection.' }) },
    resolve: async (_root, { input }, { db }) => {
      const decision = await requireDecision(db, input.decisionId);
      return insertObjection(db, unlessRefused(fileObjection(decision, input, today())));
    },
  }),
  decideObjection: t.field({
    type: Objection,
    description: 'Record the decision on a bezwaar. Refused on a stale version or when already decided.',
    authScopes: MUNICIPAL_WRITE,
    errors: { types: [RuleViolationError, VersionConflictError, NotFoundError, ValidationError] },
    args: { input: t.arg({ type: DecideObjectionInput, required: true, description: 'The outcome.' }) },
    resolve: async (_root, { input }, { db }) =>
      db.transaction(async (tx) => {
        const objection = await lockVersioned(tx, objections, 'Objection', input.id, input.version);
        const decided = unlessRefused(decideObjection(objection, input, today()));
        return updateVersioned(tx, objections, objection.id, decided);
      }),
  }),
}));
