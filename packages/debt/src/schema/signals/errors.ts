import {
  CrisisOnClosedCaseError,
  CrisisStepRecordedError,
  CrisisWithoutConversationError,
  DebtSignalClosedError,
  NotSignalHandlerError,
  SignalAlreadyLinkedError,
  SignalDateError,
  SignalOfOtherClientError,
  SignalOutcomeMismatchError,
} from '../../domain/signals-errors.ts';
import { builder, ErrorInterface } from '../builder.ts';
import { SignalOutcome } from './enums.ts';

/** The GraphQL objects of the typed refusals of signals and crises (the classes are in `domain/signals-errors.ts`). */

const field = (what: string) => ({ description: what });

builder.objectType(SignalDateError, {
  name: 'SignalDateError',
  description:
    'A date of a signal, contact attempt or crisis comes before the day it follows (a signal received before it ' +
    'was sent, an attempt before the signal came in, a conversation before the report) or lies in the future; ' +
    'nothing was stored.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString('field', field('The input field holding the date.')),
    notBefore: t.field({
      type: 'Date',
      nullable: true,
      description: 'The earliest date allowed, when the date came too early.',
      resolve: (e) => e.notBefore,
    }),
    notAfter: t.field({
      type: 'Date',
      nullable: true,
      description: 'The latest date allowed (today), when the date lies in the future.',
      resolve: (e) => e.notAfter,
    }),
  }),
});

builder.objectType(NotSignalHandlerError, {
  name: 'NotSignalHandlerError',
  description:
    '"De basisondersteuning voert … Signalering … uit": only the main provider of the basisondersteuning (asked of ' +
    'budget) and the municipality register debt signals (BR-DB25); nothing was stored.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ organisationId: t.exposeID('organisationId', field("The caller's organisation.")) }),
});

builder.objectType(DebtSignalClosedError, {
  name: 'DebtSignalClosedError',
  description:
    'The signal was closed with its eindresultaat: it changes no more (BR-DB28); nothing was stored.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    signalId: t.exposeID('signalId', field('The signal.')),
    closedOn: t.field({ type: 'Date', description: 'When it was closed.', resolve: (e) => e.closedOn }),
    outcome: t.field({ type: SignalOutcome, description: 'Its eindresultaat.', resolve: (e) => e.outcome }),
  }),
});

builder.objectType(SignalOutcomeMismatchError, {
  name: 'SignalOutcomeMismatchError',
  description:
    'The eindresultaat does not fit the outreach (BR-DB29): a NIET_OPGEPAKT outcome after contact attempts, ' +
    'GEEN_CONTACT when someone was reached, an outcome of a conversation when nobody was reached; nothing was stored.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    outcome: t.field({ type: SignalOutcome, description: 'The outcome given.', resolve: (e) => e.outcome }),
    requires: t.exposeString(
      'requires',
      field('What it needs: NO_ATTEMPT, AN_ATTEMPT, NONE_REACHED or REACHED.'),
    ),
    attempts: t.exposeInt('attempts', field('The contact attempts on the signal.')),
    reached: t.exposeBoolean('reached', field('Whether any attempt reached the resident.')),
  }),
});

builder.objectType(SignalAlreadyLinkedError, {
  name: 'SignalAlreadyLinkedError',
  description:
    'The signal already led to a debt case: a signal leads to at most one (BR-DB30); nothing was stored.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    signalId: t.exposeID('signalId', field('The signal.')),
    caseId: t.exposeID('caseId', field('The case it led to.')),
  }),
});

builder.objectType(SignalOfOtherClientError, {
  name: 'SignalOfOtherClientError',
  description:
    'The signal is about a client who is not one of the case’s clients: a signal leads only to a case of its own ' +
    'client (BR-DB30); nothing was stored.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ signalId: t.exposeID('signalId', field('The signal.')) }),
});

builder.objectType(CrisisOnClosedCaseError, {
  name: 'CrisisOnClosedCaseError',
  description:
    'The debt case has flowed out (uitstroom): a crisis is reported on an open case (BR-DB33); nothing was stored.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    caseId: t.exposeID('caseId', field('The debt case.')),
    outflowOn: t.field({ type: 'Date', description: 'When it flowed out.', resolve: (e) => e.outflowOn }),
  }),
});

builder.objectType(CrisisStepRecordedError, {
  name: 'CrisisStepRecordedError',
  description:
    'A crisis has one first conversation and is handled once (BR-DB34, BR-DB35): this step was recorded already; ' +
    'nothing was stored.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    crisisId: t.exposeID('crisisId', field('The crisis.')),
    step: t.exposeString('step', field('FIRST_CONVERSATION or HANDLED.')),
    on: t.field({ type: 'Date', description: 'The day recorded.', resolve: (e) => e.on }),
  }),
});

builder.objectType(CrisisWithoutConversationError, {
  name: 'CrisisWithoutConversationError',
  description:
    'A crisis is handled only after its first conversation (BR-DB35): record that first; nothing was stored.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ crisisId: t.exposeID('crisisId', field('The crisis.')) }),
});
