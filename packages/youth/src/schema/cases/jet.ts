import {
  NotFoundError,
  OwnerUnavailableError,
  ValidationError,
  VersionConflictError,
} from '@mienskip/kit/rules';
import {
  NotJetError,
  NotJetMemberError,
  NotJeugdwetCaseError,
  ProcessDirectorRequiredError,
  unlessRefused,
  YouthCaseClosedError,
} from '../../domain/errors.ts';
import { appointProcessDirector, recordConsultation, recordDecision } from '../../domain/jet.ts';
import {
  bumpCase,
  caseState,
  childIdsOf,
  insertConsultation,
  insertDecision,
  lockCase,
} from '../../store/cases.ts';
import { today } from '../../store/clock.ts';
import { lookUpWorker } from '../../store/lookups.ts';
import { builder, PERSONAL, PURPOSE_ERRORS, WRITE } from '../builder.ts';
import { logYouthWrite, purposeRefusal } from '../personal.ts';
import { YouthRoute } from './enums.ts';
import { JetConsultation, JetDecision } from './events.ts';
import { YouthCase } from './ref.ts';

const RecordJetConsultationInput = builder.inputType('RecordJetConsultationInput', {
  description: 'An early consultation of the JET’s outreachende jeugdexpert on a case.',
  fields: (t) => ({
    caseId: t.id({ required: true, description: 'The youth case.' }),
    consultedOn: t.field({ type: 'Date', description: 'Day of the consultation (default today).' }),
    expertId: t.id({ required: true, description: 'The expert: a JET member (locations).' }),
    advice: t.string({ required: true, description: 'The advice, 1 to 4000 characters (personal data).' }),
  }),
});

const RecordJetDecisionInput = builder.inputType('RecordJetDecisionInput', {
  description: 'The JET’s decision on the support to deploy (JET-besluit).',
  fields: (t) => ({
    caseId: t.id({ required: true, description: 'The youth case.' }),
    decidedOn: t.field({ type: 'Date', description: 'Day of the decision (default today).' }),
    decidedById: t.id({
      required: true,
      description: 'The deciding JET member (locations); the key must belong to that member’s organisation.',
    }),
    route: t.field({
      type: YouthRoute,
      required: true,
      description: 'The support decided: JEUGDWET, or SOCIALE_BASIS or BASIS; it becomes the case’s route.',
    }),
    support: t.string({
      required: true,
      description: 'The support to deploy, 1 to 4000 characters (personal data).',
    }),
    processDirectorId: t.id({
      description: 'The procesregisseur, a JET member: required for JEUGDWET, refused for the other routes.',
    }),
    expectedVersion: t.int({
      description:
        'The case version you read: when given, a decision on a case changed since is refused ' +
        '(`VersionConflictError`), as it rewrites the route and the procesregisseur.',
    }),
  }),
});

const AppointProcessDirectorInput = builder.inputType('AppointProcessDirectorInput', {
  description: 'Another JET member becomes procesregisseur of a Jeugdwet case.',
  fields: (t) => ({
    caseId: t.id({ required: true, description: 'The youth case, on the Jeugdwet route.' }),
    workerId: t.id({
      required: true,
      description: 'The new procesregisseur, a JET member of the key’s own JET.',
    }),
    expectedVersion: t.int({ required: true, description: 'The case version you read.' }),
  }),
});

builder.mutationFields((t) => ({
  recordJetConsultation: t.field({
    type: JetConsultation,
    description:
      'Record an early consultation of the JET’s outreachende jeugdexpert (Uitvoeringsplan §4.4). The expert is a ' +
      'JET member (asked of locations); the JET then sees the case. No route or decision is needed first. The ' +
      'advice is personal data: needs personal-data and a Jeugdwet purpose, and is logged per child.',
    authScopes: { $all: { ...WRITE, $all: PERSONAL } },
    errors: {
      types: [
        ...PURPOSE_ERRORS,
        YouthCaseClosedError,
        NotJetMemberError,
        NotFoundError,
        ValidationError,
        OwnerUnavailableError,
      ],
    },
    args: {
      input: t.arg({ type: RecordJetConsultationInput, required: true, description: 'The consultation.' }),
    },
    resolve: async (_root, { input }, context) => {
      unlessRefused(purposeRefusal(context.caller));
      const expert = await lookUpWorker(context, String(input.expertId));
      return context.db.transaction(async (tx) => {
        const caseId = String(input.caseId);
        const row = await lockCase(tx, context.caller, caseId);
        const consultation = unlessRefused(
          recordConsultation(
            caseState(row),
            {
              consultedOn: input.consultedOn ?? today(),
              expertId: String(input.expertId),
              advice: input.advice,
            },
            expert,
            today(),
          ),
        );
        const inserted = await insertConsultation(tx, caseId, consultation);
        await bumpCase(tx, caseId);
        await logYouthWrite(context, await childIdsOf(tx, caseId), ['jetConsultation.advice']);
        return inserted;
      });
    },
  }),
  recordJetDecision: t.field({
    type: JetDecision,
    description:
      'Record the JET’s decision on the support to deploy (BR-Y2): only the JET decides — the deciding worker is a ' +
      'JET member and the key belongs to that member’s organisation, otherwise `NotJetError`. The decision may be ' +
      'Jeugdwet support (with a JET member as procesregisseur, otherwise `ProcessDirectorRequiredError`) or support ' +
      'from the sociale basis or the basis; it sets the case’s route. The support text is personal data: needs ' +
      'personal-data and a Jeugdwet purpose, logged per child. Refused on a stale `expectedVersion` when one is given.',
    authScopes: { $all: { ...WRITE, $all: PERSONAL } },
    errors: {
      types: [
        ...PURPOSE_ERRORS,
        NotJetError,
        ProcessDirectorRequiredError,
        YouthCaseClosedError,
        NotJetMemberError,
        NotFoundError,
        ValidationError,
        VersionConflictError,
        OwnerUnavailableError,
      ],
    },
    args: { input: t.arg({ type: RecordJetDecisionInput, required: true, description: 'The decision.' }) },
    resolve: async (_root, { input }, context) => {
      unlessRefused(purposeRefusal(context.caller));
      const directorId = input.processDirectorId ? String(input.processDirectorId) : null;
      const [decider, director] = await Promise.all([
        lookUpWorker(context, String(input.decidedById)),
        lookUpWorker(context, directorId),
      ]);
      return context.db.transaction(async (tx) => {
        const caseId = String(input.caseId);
        const row = await lockCase(tx, context.caller, caseId, input.expectedVersion);
        const decided = unlessRefused(
          recordDecision(
            caseState(row),
            {
              decidedOn: input.decidedOn ?? today(),
              decidedById: String(input.decidedById),
              route: input.route,
              support: input.support,
              processDirectorId: directorId,
            },
            context.caller,
            decider,
            director,
            today(),
          ),
        );
        const inserted = await insertDecision(tx, caseId, decided);
        await logYouthWrite(context, await childIdsOf(tx, caseId), ['jetDecision.support']);
        return inserted;
      });
    },
  }),
  appointProcessDirector: t.field({
    type: YouthCase,
    description:
      'Make another JET member procesregisseur of a Jeugdwet case (BR-Y2, BR-Y4): only the JET appoints one of its ' +
      'own members. Refused on a stale version, for a case off the Jeugdwet route and for a closed case.',
    authScopes: WRITE,
    errors: {
      types: [
        NotJetError,
        NotJeugdwetCaseError,
        YouthCaseClosedError,
        NotJetMemberError,
        NotFoundError,
        ValidationError,
        VersionConflictError,
        OwnerUnavailableError,
      ],
    },
    args: {
      input: t.arg({ type: AppointProcessDirectorInput, required: true, description: 'The appointment.' }),
    },
    resolve: async (_root, { input }, context) => {
      const worker = await lookUpWorker(context, String(input.workerId));
      return context.db.transaction(async (tx) => {
        const caseId = String(input.caseId);
        const row = await lockCase(tx, context.caller, caseId, input.expectedVersion);
        const appointed = unlessRefused(
          appointProcessDirector(caseState(row), String(input.workerId), context.caller, worker),
        );
        const changed = await bumpCase(tx, caseId, appointed);
        await logYouthWrite(context, await childIdsOf(tx, caseId), ['youthCases']);
        return changed;
      });
    },
  }),
}));
