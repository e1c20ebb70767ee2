import {
  AdultProblemsNotAssessedError,
  ChildNotInCaseError,
  InvestigationConditionsNotMetError,
  NotCertifiedInstitutionError,
  NotCompulsoryFrameworkError,
  NotMultidisciplinaryError,
  ReportWithoutMeldenWeighingError,
  SafetyPlanExistsError,
  SafetyPlanWithoutFamilyError,
  SafetyTaskAllocatedElsewhereError,
  SafetyTaskAllocationNotAllowedError,
  SafetyTaskAlreadyAllocatedError,
  SafetyTaskNotAllocatedError,
  StepOutOfOrderError,
} from '../../domain/safety/errors.ts';
import { builder, ErrorInterface } from '../builder.ts';
import {
  GiFramework,
  InvestigationCondition,
  MeldcodeOutcome,
  SafetyTask,
  SafetyTaskAssignee,
} from './enums.ts';

/** The GraphQL objects of child safety's typed refusals (the classes live in `domain/safety/errors.ts`). */

const field = (what: string) => ({ description: what });

builder.objectType(AdultProblemsNotAssessedError, {
  name: 'AdultProblemsNotAssessedError',
  description:
    'A risicotaxatie always assesses whether adult problems (volwassenenproblematiek) put the child at risk, ' +
    'also without signals from the child (BR-YS2); nothing was stored.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ field: t.exposeString('field', field('The input field: `adultProblemsAssessed`.')) }),
});

builder.objectType(ChildNotInCaseError, {
  name: 'ChildNotInCaseError',
  description:
    'The child named is not one of the children (jeugdigen) of the youth case; nothing was stored.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString('field', field('The input field: `childId`.')),
    caseId: t.exposeID('caseId', field('The youth case.')),
  }),
});

builder.objectType(StepOutOfOrderError, {
  name: 'StepOutOfOrderError',
  description:
    'A step comes before the step it follows (a weighing before its risk assessment, a report before its ' +
    'weighing, a contact before its match, a step-down before the start); nothing was stored.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString('field', field('The input field holding the date.')),
    notBefore: t.field({
      type: 'Date',
      description: 'The earliest date the step may have.',
      resolve: (e) => e.notBefore,
    }),
  }),
});

builder.objectType(SafetyTaskNotAllocatedError, {
  name: 'SafetyTaskNotAllocatedError',
  description:
    'The specific safety task is not allocated for the case yet (or there is no allocation to re-allocate): ' +
    'it is allocated to BASIS or JET first, in samenspraak met het JET, op casusniveau; nothing was stored.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    caseId: t.exposeID('caseId', field('The youth case.')),
    task: t.field({ type: SafetyTask, description: 'The task.', resolve: (e) => e.task }),
  }),
});

builder.objectType(SafetyTaskAllocatedElsewhereError, {
  name: 'SafetyTaskAllocatedElsewhereError',
  description:
    'The specific safety task is allocated to the other party: only that party (or the municipality) ' +
    'carries it out; nothing was stored.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    caseId: t.exposeID('caseId', field('The youth case.')),
    task: t.field({ type: SafetyTask, description: 'The task.', resolve: (e) => e.task }),
    assignee: t.field({
      type: SafetyTaskAssignee,
      description: 'Who carries it.',
      resolve: (e) => e.assignee,
    }),
  }),
});

builder.objectType(SafetyTaskAlreadyAllocatedError, {
  name: 'SafetyTaskAlreadyAllocatedError',
  description:
    'One allocation per case and task: the task is already allocated; re-allocate with the `expectedVersion` ' +
    'you read. Nothing was stored.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    caseId: t.exposeID('caseId', field('The youth case.')),
    task: t.field({ type: SafetyTask, description: 'The task.', resolve: (e) => e.task }),
    assignee: t.field({
      type: SafetyTaskAssignee,
      description: 'Who carries it now.',
      resolve: (e) => e.assignee,
    }),
    version: t.exposeInt('version', field('The version of the allocation stored now.')),
  }),
});

builder.objectType(SafetyTaskAllocationNotAllowedError, {
  name: 'SafetyTaskAllocationNotAllowedError',
  description:
    "Specific safety tasks are agreed per case between the case's basis and its JET (in samenspraak met het " +
    'JET, op casusniveau), or by the municipality; this organisation is neither. Nothing was stored.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    caseId: t.exposeID('caseId', field('The youth case.')),
    organisationId: t.exposeID('organisationId', field("The caller's organisation.")),
  }),
});

builder.objectType(SafetyPlanWithoutFamilyError, {
  name: 'SafetyPlanWithoutFamilyError',
  description: 'A veiligheids- en herstelplan is drawn up together with the family; nothing was stored.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ field: t.exposeString('field', field('The input field: `madeWithFamily`.')) }),
});

builder.objectType(SafetyPlanExistsError, {
  name: 'SafetyPlanExistsError',
  description: 'The risk assessment already has its safety plan; nothing was stored.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ riskAssessmentId: t.exposeID('riskAssessmentId', field('The risk assessment.')) }),
});

builder.objectType(ReportWithoutMeldenWeighingError, {
  name: 'ReportWithoutMeldenWeighingError',
  description:
    'A melding to Veilig Thuis follows only a meldcode weighing that decided MELDEN (the steps of the ' +
    'meldcode); nothing was stored.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    meldcodeWeighingId: t.exposeID('meldcodeWeighingId', field('The weighing.')),
    outcome: t.field({ type: MeldcodeOutcome, description: 'What it decided.', resolve: (e) => e.outcome }),
  }),
});

builder.objectType(NotMultidisciplinaryError, {
  name: 'NotMultidisciplinaryError',
  description:
    'A case conference (multidisciplinair overleg) has professionals of at least two organisations; nothing was stored.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString('field', field('The input field: `participantOrganisationIds`.')),
    organisationCount: t.exposeInt('organisationCount', field('How many distinct organisations were given.')),
  }),
});

builder.objectType(NotCertifiedInstitutionError, {
  name: 'NotCertifiedInstitutionError',
  description:
    'A GI cooperation is with a gecertificeerde instelling, an organisation budget knows as a partner: it lets that ' +
    'organisation see the case. Nothing was stored.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString('field', field('The input field: `organisationId`.')),
    organisationId: t.exposeID('organisationId', field('The organisation named.')),
    kind: t.exposeString('kind', field('Its kind as budget gives it, e.g. `PROVIDER`.')),
  }),
});

builder.objectType(NotCompulsoryFrameworkError, {
  name: 'NotCompulsoryFrameworkError',
  description:
    'Only a cooperation in the compulsory frame (gedwongen kader) steps down to the voluntary frame, and never ' +
    'back; nothing was stored.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    cooperationId: t.exposeID('cooperationId', field('The GI cooperation.')),
    framework: t.field({ type: GiFramework, description: 'Its frame now.', resolve: (e) => e.framework }),
  }),
});

builder.objectType(InvestigationConditionsNotMetError, {
  name: 'InvestigationConditionsNotMetError',
  description:
    'A Verzoek tot Onderzoek to the Raad voor de Kinderbescherming needs both conditions: the child’s ' +
    'development seriously threatened, and the parents not accepting the care needed or not expected to cope ' +
    'in time (BR-YS12). Nothing was stored.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    missingConditions: t.field({
      type: [InvestigationCondition],
      description: 'The conditions that are not met.',
      resolve: (e) => [...e.missingConditions],
    }),
  }),
});
