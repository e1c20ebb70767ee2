import {
  ChildNotInHouseholdError,
  JetDecisionRequiredError,
  NotBasisWorkerError,
  NotCaseHolderError,
  NotCaseOpenerError,
  NotJetError,
  NotJetMemberError,
  NotJeugdwetCaseError,
  NotYouthCareProviderError,
  NoWmoRegievoerderError,
  ProcessDirectorRequiredError,
  ReferralWithoutConsultationError,
  YouthCaseClosedError,
} from '../../domain/errors.ts';
import { builder, ErrorInterface } from '../builder.ts';

/**
 * The GraphQL objects of the youth domain's typed refusals (the classes live in `domain/errors.ts`).
 * A union lists a subclass of `ValidationError` before `ValidationError` itself, so that it answers
 * with the more telling type.
 */

builder.objectType(NotJetError, {
  name: 'NotJetError',
  description:
    'Only the JET decides on Jeugdwet support (Uitvoeringsplan §4.4: “Het JET neemt het besluit over de in te ' +
    'zetten ondersteuning”): the key is not the deciding JET member’s own organisation, or the worker is no JET ' +
    'member; nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ field: t.exposeString('field', { description: 'The input field naming the worker.' }) }),
});

builder.objectType(NotJetMemberError, {
  name: 'NotJetMemberError',
  description:
    'The worker must be a member of the Jeugd Expert Team (JET_LID in locations): the outreachende jeugdexpert, ' +
    'the procesregisseur; nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The input field naming the worker.' }),
    workerId: t.exposeID('workerId', { description: 'The worker.' }),
  }),
});

builder.objectType(ProcessDirectorRequiredError, {
  name: 'ProcessDirectorRequiredError',
  description:
    'A case on the Jeugdwet route has a procesregisseur, a JET member (“De medewerker van het JET is ' +
    'procesregisseur op de ondersteuning geboden vanuit de Jeugdwet”); name one. Nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The input field: `processDirectorId`.' }),
    caseId: t.exposeID('caseId', { description: 'The youth case.' }),
  }),
});

builder.objectType(JetDecisionRequiredError, {
  name: 'JetDecisionRequiredError',
  description:
    'A youth case reaches the Jeugdwet route only through a JET decision (`recordJetDecision`), never when it is ' +
    'opened; nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ field: t.exposeString('field', { description: 'The input field: `route`.' }) }),
});

builder.objectType(NotJeugdwetCaseError, {
  name: 'NotJeugdwetCaseError',
  description:
    'The change needs a case the JET has put on the Jeugdwet route (a referral to youth care, combined regie, a ' +
    'procesregisseur); nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ caseId: t.exposeID('caseId', { description: 'The youth case.' }) }),
});

builder.objectType(ReferralWithoutConsultationError, {
  name: 'ReferralWithoutConsultationError',
  description:
    'A referral to youth care follows a consultation of the JET’s youth professional on or before its day ' +
    '(R-004-13: “na overleg met de jeugdprofessionals … hiernaar door te verwijzen”); nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The input field: `referredOn`.' }),
    caseId: t.exposeID('caseId', { description: 'The youth case.' }),
    referredOn: t.field({
      type: 'Date',
      description: 'The day of the referral asked.',
      resolve: (e) => e.referredOn,
    }),
  }),
});

builder.objectType(NoWmoRegievoerderError, {
  name: 'NoWmoRegievoerderError',
  description:
    'Combined regie joins the JET’s procesregie with the household’s Wmo regie, and clients gives the household no ' +
    'Wmo regievoerder now; nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ householdId: t.exposeID('householdId', { description: 'The household.' }) }),
});

builder.objectType(YouthCaseClosedError, {
  name: 'YouthCaseClosedError',
  description: 'The youth case is closed and changes no more; nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    caseId: t.exposeID('caseId', { description: 'The youth case.' }),
    closedOn: t.field({ type: 'Date', description: 'The day it closed.', resolve: (e) => e.closedOn }),
  }),
});

builder.objectType(NotCaseOpenerError, {
  name: 'NotCaseOpenerError',
  description:
    'Youth cases are opened by the basisondersteuning (the main provider of its lot in budget), the JET or another ' +
    'municipal team, or the municipality (questions about raising children come in at the basis; the jeugdteam ' +
    'clarifies them); nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    organisationId: t.exposeID('organisationId', { description: 'The key’s organisation.' }),
  }),
});

builder.objectType(ChildNotInHouseholdError, {
  name: 'ChildNotInHouseholdError',
  description:
    'A child of a youth case is a young person (jeugdige, role YOUNG_PERSON) of the case’s household as clients ' +
    'knows it; nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The input field: `childIds`.' }),
    childId: t.exposeID('childId', { description: 'The client that is not.' }),
    householdId: t.exposeID('householdId', { description: 'The household.' }),
  }),
});

builder.objectType(NotBasisWorkerError, {
  name: 'NotBasisWorkerError',
  description:
    'Lichte opvoedondersteuning is a general provision of the basisondersteuning: the worker is one of the basis ' +
    '(presence role BASIS in locations); nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The input field: `workerId`.' }),
    workerId: t.exposeID('workerId', { description: 'The worker.' }),
  }),
});

builder.objectType(NotYouthCareProviderError, {
  name: 'NotYouthCareProviderError',
  description:
    'A case is referred to a provider of youth care (jeugdhulpaanbieder: an organisation of kind PROVIDER in ' +
    'budget); nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The input field: `organisationId`.' }),
    organisationId: t.exposeID('organisationId', { description: 'The organisation.' }),
  }),
});

builder.objectType(NotCaseHolderError, {
  name: 'NotCaseHolderError',
  description:
    'Adding an organisation to a youth case makes the case visible to it (BR-Y17): a referral to youth care or a ' +
    'GI cooperation is made only by the municipality, the case’s basis or its JET; light parenting support is ' +
    'started only by the municipality or the organisation of the basis worker who gives it. Nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    caseId: t.exposeID('caseId', { description: 'The youth case.' }),
    organisationId: t.exposeID('organisationId', { description: 'The key’s organisation.' }),
  }),
});
