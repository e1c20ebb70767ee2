import {
  ActivePlanExistsError,
  CoordinatorAlreadyAssignedError,
  DebtHelpMovedError,
  DebtSignalMovedError,
  DuplicateBsnError,
  JeugdwetRegieMovedError,
  LightParentingSupportMovedError,
  RuleViolationError,
} from '../domain/errors.ts';
import { builder, ErrorInterface } from './builder.ts';

/** The GraphQL objects of the domain's typed refusals (the classes live in `domain/errors.ts`). */

builder.objectType(RuleViolationError, {
  name: 'RuleViolationError',
  description:
    'A rule of the social domain (e.g. PGB only for maatwerk) refuses the change; nothing changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The input field that breaks the rule.' }),
  }),
});

builder.objectType(CoordinatorAlreadyAssignedError, {
  name: 'CoordinatorAlreadyAssignedError',
  description:
    'One household, one plan, one regievoerder (BR-K3): the household already has an active coordinator in ' +
    'this domain. Use `reassignCoordinator` to hand over.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    householdId: t.exposeID('householdId', { description: 'The household.' }),
    currentWorkerId: t.exposeID('workerId', { description: 'The worker who holds regie now.' }),
  }),
});

builder.objectType(ActivePlanExistsError, {
  name: 'ActivePlanExistsError',
  description: 'One household, one plan (BR-K3): close or update the active ondersteuningsplan instead.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    householdId: t.exposeID('householdId', { description: 'The household.' }),
    planId: t.exposeID('planId', { description: 'The active plan.' }),
  }),
});

builder.objectType(DuplicateBsnError, {
  name: 'DuplicateBsnError',
  description: 'A resident with this BSN is already registered; nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ field: t.exposeString('field', { description: 'The input field: `bsn`.' }) }),
});

builder.objectType(JeugdwetRegieMovedError, {
  name: 'JeugdwetRegieMovedError',
  description:
    'Jeugdwet procesregie is no regie of this subgraph any more: it is the process director of a youth case, ' +
    'held by the youth subgraph (`YouthCase.processDirector`, `recordJetDecision`/`appointProcessDirector`); ' +
    'nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The input field naming the domain: `domain`.' }),
  }),
});

builder.objectType(LightParentingSupportMovedError, {
  name: 'LightParentingSupportMovedError',
  description:
    'Light parenting support (lichte opvoedondersteuning) is no support kind of this subgraph any more: the ' +
    'youth subgraph records it (`startLightParentingSupport`); nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The input field naming the kind: `kind`.' }),
  }),
});

builder.objectType(DebtHelpMovedError, {
  name: 'DebtHelpMovedError',
  description:
    'Debt help (schuldhulpverlening) is no support kind of this subgraph any more: the debt subgraph records it ' +
    'as a debt case (`openDebtCase`); regie over it stays with the household’s Wmo regievoerder here. Nothing ' +
    'was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The input field naming the kind: `kind`.' }),
  }),
});

builder.objectType(DebtSignalMovedError, {
  name: 'DebtSignalMovedError',
  description:
    'A debt signal (vroeg- or laatsignalering) is no support request of this subgraph any more: the debt ' +
    'subgraph registers it (`registerDebtSignal`); nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The input field naming the channel: `channel`.' }),
  }),
});
