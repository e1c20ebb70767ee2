import {
  DebtCaseClosedError,
  DebtCaseNotHeldError,
  DebtIntakeRequiredError,
  DebtorsNotOneHouseholdError,
  DebtPhaseBackwardsError,
  DebtPhaseSkippedError,
  DebtReferralEndedError,
  DebtReferralOpenError,
  NotDebtCaseOpenerError,
  NotDebtThirdPartyError,
  NotDebtVolunteerError,
  OpenDebtCaseExistsError,
  SimpleDebtCaseError,
  TooManyDebtorsError,
} from '../../domain/errors.ts';
import { builder, ErrorInterface } from '../builder.ts';
import { DebtPhase } from './enums.ts';

/**
 * The GraphQL objects of the debt cases' typed refusals (the classes live in `domain/errors.ts`). A union
 * lists a subclass of `ValidationError` before `ValidationError` itself, so that it answers with the
 * more telling type.
 */

builder.objectType(OpenDebtCaseExistsError, {
  name: 'OpenDebtCaseExistsError',
  description:
    'A client has at most one open schuldhulptraject: the client named already has one (also when two requests ' +
    'race: the database holds it); nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The input field: `clientIds`.' }),
    clientId: t.exposeID('clientId', { description: 'The client that already has an open case.' }),
    caseId: t.exposeID('caseId', {
      nullable: true,
      description: 'The open case, when the key may see it; null otherwise.',
    }),
  }),
});

builder.objectType(TooManyDebtorsError, {
  name: 'TooManyDebtorsError',
  description:
    'A schuldhulptraject is for one client or two jointly liable partners (hoofdelijk aansprakelijk) of one ' +
    'household; nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The input field: `clientIds`.' }),
    count: t.exposeInt('count', { description: 'How many clients were named.' }),
  }),
});

builder.objectType(DebtorsNotOneHouseholdError, {
  name: 'DebtorsNotOneHouseholdError',
  description:
    'Two clients of one schuldhulptraject are partners in one household, as clients knows it now; nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The input field: `clientIds`.' }),
    clientIds: t.exposeIDList('clientIds', { description: 'The clients named.' }),
  }),
});

builder.objectType(NotDebtCaseOpenerError, {
  name: 'NotDebtCaseOpenerError',
  description:
    'Debt cases are registered by the basisondersteuning (the main provider of its lot in budget: "De ' +
    'basisondersteuning voert … de volgende taken op het gebied van schuldhulpverlening uit"), a municipal team or ' +
    'the municipality; nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    organisationId: t.exposeID('organisationId', { description: 'The key’s organisation.' }),
  }),
});

builder.objectType(DebtCaseNotHeldError, {
  name: 'DebtCaseNotHeldError',
  description:
    'Regie, begeleiding en nazorg stay with the basis: a debt case is changed by the organisation that registered ' +
    'it or the municipality; a third party it was referred to sees it and changes only its own referral. Nothing ' +
    'was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    caseId: t.exposeID('caseId', { description: 'The debt case.' }),
    organisationId: t.exposeID('organisationId', { description: 'The key’s organisation.' }),
  }),
});

builder.objectType(DebtPhaseBackwardsError, {
  name: 'DebtPhaseBackwardsError',
  description: 'A schuldhulptraject moves forward only (NVVK reference process); nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The input field: `phase`.' }),
    caseId: t.exposeID('caseId', { description: 'The debt case.' }),
    phase: t.field({ type: DebtPhase, description: 'The phase asked.', resolve: (e) => e.phase }),
    currentPhase: t.field({
      type: DebtPhase,
      description: 'The phase it is in.',
      resolve: (e) => e.currentPhase,
    }),
  }),
});

builder.objectType(DebtPhaseSkippedError, {
  name: 'DebtPhaseSkippedError',
  description:
    'The intake (first conversation) comes before anything else and stabilisation before a solution; only the ' +
    'solution may be skipped. Nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The input field: `phase`.' }),
    caseId: t.exposeID('caseId', { description: 'The debt case.' }),
    phase: t.field({ type: DebtPhase, description: 'The phase asked.', resolve: (e) => e.phase }),
    missingPhase: t.field({
      type: DebtPhase,
      description: 'The phase that must come first.',
      resolve: (e) => e.missingPhase,
    }),
  }),
});

builder.objectType(DebtCaseClosedError, {
  name: 'DebtCaseClosedError',
  description: 'The schuldhulptraject flowed out (uitstroom) and changes no more; nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    caseId: t.exposeID('caseId', { description: 'The debt case.' }),
    outflowOn: t.field({ type: 'Date', description: 'The day it flowed out.', resolve: (e) => e.outflowOn }),
  }),
});

builder.objectType(DebtReferralOpenError, {
  name: 'DebtReferralOpenError',
  description:
    'A referral runs "voor zolang dit nodig is": a case flows out only when every referral on it has ended ' +
    '(`endDebtReferral`); nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    caseId: t.exposeID('caseId', { description: 'The debt case.' }),
    referralIds: t.exposeIDList('referralIds', { description: 'The referrals that still run.' }),
  }),
});

builder.objectType(NotDebtThirdPartyError, {
  name: 'NotDebtThirdPartyError',
  description:
    'A referral goes to a third party ("door derden geboden"): an organisation budget knows that is neither the ' +
    'basis itself nor the municipality; nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The input field: `organisationId`.' }),
    organisationId: t.exposeID('organisationId', { description: 'The organisation.' }),
  }),
});

builder.objectType(SimpleDebtCaseError, {
  name: 'SimpleDebtCaseError',
  description:
    'The case was assessed SIMPLE: the basis itself supports "relatief eenvoudige, niet-problematische ' +
    'schuldensituaties", without curative debt help; nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The input field: `kind`.' }),
    caseId: t.exposeID('caseId', { description: 'The debt case.' }),
  }),
});

builder.objectType(DebtIntakeRequiredError, {
  name: 'DebtIntakeRequiredError',
  description:
    'The change needs the first conversation (intake) first: assessment and referral follow it; nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ caseId: t.exposeID('caseId', { description: 'The debt case.' }) }),
});

builder.objectType(DebtReferralEndedError, {
  name: 'DebtReferralEndedError',
  description: 'The referral ended and changes no more; nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    referralId: t.exposeID('referralId', { description: 'The referral.' }),
    endedOn: t.field({ type: 'Date', description: 'The day it ended.', resolve: (e) => e.endedOn }),
  }),
});

builder.objectType(NotDebtVolunteerError, {
  name: 'NotDebtVolunteerError',
  description:
    'A volunteer on a debt case (the Jelle example) is a worker locations knows as vrijwilliger (VRIJWILLIGER); ' +
    'nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The input field: `workerId`.' }),
    workerId: t.exposeID('workerId', { description: 'The worker.' }),
  }),
});
