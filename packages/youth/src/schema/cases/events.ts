import { loadOrNull } from '@mienskip/kit/schema';
import type {
  CombinedRegieRow,
  JetConsultationRow,
  JetDecisionRow,
  LightParentingSupportRow,
  YouthReferralRow,
} from '../../db/tables.ts';
import { childrenOf } from '../../store/loaders.ts';
import { addProvenanceField, builder, PERSONAL, READ } from '../builder.ts';
import { personalYouth } from '../personal.ts';
import { LightSupportGoal, RegieLead, YouthRoute } from './enums.ts';
import { YouthCase } from './ref.ts';
import { OrganisationRef, ref, WorkerRef } from './refs.ts';

/** The children of the event's case: whom a personal field of the event is about. */
const childrenOfCase = (row: { caseId: string }, context: Parameters<typeof childrenOf>[0]) =>
  childrenOf(context).load(row.caseId);

export const JetConsultation = builder.objectRef<JetConsultationRow>('JetConsultation').implement({
  description:
    'JET-consult (E36): the early consultation of the JET’s outreachende jeugdexpert, for advice, so that support ' +
    'is integral from the start (Uitvoeringsplan §4.4).',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    youthCase: t.field({
      type: YouthCase,
      nullable: true,
      description: 'The youth case.',
      resolve: (row, _a, context) => loadOrNull(YouthCase.getDataloader(context), row.caseId),
    }),
    consultedOn: t.field({
      type: 'Date',
      description: 'Day of the consultation.',
      resolve: (r) => r.consultedOn,
    }),
    expert: t.field({
      type: WorkerRef,
      nullable: true,
      description: 'The outreachende jeugdexpert, a JET member (locations).',
      resolve: (r) => ref(r.expertId),
    }),
    expertOrganisation: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'The expert’s organisation (the JET), as locations gave it.',
      resolve: (r) => ref(r.expertOrganisationId),
    }),
    advice: t.string({
      nullable: true,
      authScopes: PERSONAL,
      description:
        'Advies: what the expert advised (personal data about the family; needs a Jeugdwet purpose, logged per child).',
      resolve: personalYouth('jetConsultation.advice', childrenOfCase, (r: JetConsultationRow) => r.advice),
    }),
  }),
});

export const JetDecision = builder.objectRef<JetDecisionRow>('JetDecision').implement({
  description:
    'JET-besluit (E36): the JET’s decision on the support to deploy — Jeugdwet support, or support from the sociale ' +
    'basis or the basis (Uitvoeringsplan §4.4); it sets the case’s route.',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    youthCase: t.field({
      type: YouthCase,
      nullable: true,
      description: 'The youth case.',
      resolve: (row, _a, context) => loadOrNull(YouthCase.getDataloader(context), row.caseId),
    }),
    decidedOn: t.field({ type: 'Date', description: 'Day of the decision.', resolve: (r) => r.decidedOn }),
    decidedBy: t.field({
      type: WorkerRef,
      nullable: true,
      description: 'The JET member who decided (locations).',
      resolve: (r) => ref(r.decidedById),
    }),
    organisation: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'The JET that decided.',
      resolve: (r) => ref(r.organisationId),
    }),
    route: t.expose('route', { type: YouthRoute, description: 'The route decided.' }),
    support: t.string({
      nullable: true,
      authScopes: PERSONAL,
      description:
        'De in te zetten ondersteuning: the support decided (personal data; needs a Jeugdwet purpose, logged per child).',
      resolve: personalYouth('jetDecision.support', childrenOfCase, (r: JetDecisionRow) => r.support),
    }),
  }),
});

export const YouthReferral = builder.objectRef<YouthReferralRow>('YouthReferral').implement({
  description:
    'Verwijzing naar jeugdhulp: a Jeugdwet case referred to a youth-care provider, after a JET consultation (R-004-13).',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    youthCase: t.field({
      type: YouthCase,
      nullable: true,
      description: 'The youth case.',
      resolve: (row, _a, context) => loadOrNull(YouthCase.getDataloader(context), row.caseId),
    }),
    organisation: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'The youth-care provider (jeugdhulpaanbieder, budget).',
      resolve: (r) => ref(r.organisationId),
    }),
    referredOn: t.field({ type: 'Date', description: 'Day of the referral.', resolve: (r) => r.referredOn }),
    endedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'Day the referral ended; null while it runs.',
      resolve: (r) => r.endedOn,
    }),
    consultationId: t.exposeID('consultationId', {
      description: 'The JET consultation the referral follows (one of the case’s `consultations`).',
    }),
  }),
});

export const CombinedRegieAgreement = builder
  .objectRef<CombinedRegieRow>('CombinedRegieAgreement')
  .implement({
    description:
      'Afspraak over de procesregie where Wmo and Jeugdwet support run side by side: who leads, the Wmo regievoerder ' +
      'or the JET’s procesregisseur (R-004-15; how is an open design item of the sources, BR-R6).',
    authScopes: READ,
    fields: (t) => ({
      id: t.exposeID('id', { description: 'Stable id.' }),
      lead: t.expose('lead', { type: RegieLead, description: 'Who leads.' }),
      wmoRegievoerder: t.field({
        type: WorkerRef,
        nullable: true,
        description: 'The household’s Wmo regievoerder, as clients named it at the agreement.',
        resolve: (r) => ref(r.wmoRegievoerderId),
      }),
      processDirector: t.field({
        type: WorkerRef,
        nullable: true,
        description: 'The JET’s procesregisseur at the agreement.',
        resolve: (r) => ref(r.processDirectorId),
      }),
      agreedOn: t.field({ type: 'Date', description: 'Day agreed.', resolve: (r) => r.agreedOn }),
      endedOn: t.field({
        type: 'Date',
        nullable: true,
        description:
          'Day a later agreement, a decision off the Jeugdwet route or the closing of the case ended it.',
        resolve: (r) => r.endedOn,
      }),
      version: t.exposeInt('version', { description: 'Optimistic-concurrency version.' }),
    }),
  });

export const LightParentingSupport = builder
  .objectRef<LightParentingSupportRow>('LightParentingSupport')
  .implement({
    description:
      'Lichte opvoedondersteuning (E35): a general provision of the basis, without beschikking (Uitvoeringsplan ' +
      '§4.4; R-004-12), with one or more of six goals. No abonnementstarief.',
    authScopes: READ,
    fields: (t) => ({
      id: t.exposeID('id', { description: 'Stable id.' }),
      youthCase: t.field({
        type: YouthCase,
        nullable: true,
        description: 'The youth case.',
        resolve: (row, _a, context) => loadOrNull(YouthCase.getDataloader(context), row.caseId),
      }),
      goals: t.field({
        type: [LightSupportGoal],
        description: 'Its goals, in the source’s order.',
        resolve: (r) => r.goals,
      }),
      worker: t.field({
        type: WorkerRef,
        nullable: true,
        description: 'The basis worker who gives it (locations).',
        resolve: (r) => ref(r.workerId),
      }),
      organisation: t.field({
        type: OrganisationRef,
        nullable: true,
        description: 'The basis provider, the worker’s organisation as locations gave it.',
        resolve: (r) => ref(r.organisationId),
      }),
      startedOn: t.field({ type: 'Date', description: 'Day it started.', resolve: (r) => r.startedOn }),
      endedOn: t.field({
        type: 'Date',
        nullable: true,
        description: 'Day it ended; null while it runs.',
        resolve: (r) => r.endedOn,
      }),
      version: t.exposeInt('version', { description: 'Optimistic-concurrency version.' }),
    }),
  });

const seeded = (what: string) =>
  `Where this ${what} comes from: SYNTHETIC when the seed invented it (no real family or case; a seeded ${what} ` +
  `changed through the API stays SYNTHETIC), RECORDED when it was written through the API. No ${what} is SOURCE.`;

addProvenanceField(JetConsultation, seeded('consultation'));
addProvenanceField(JetDecision, seeded('decision'));
addProvenanceField(YouthReferral, seeded('referral'));
addProvenanceField(CombinedRegieAgreement, seeded('agreement'));
addProvenanceField(LightParentingSupport, seeded('support'));

export { seeded };
