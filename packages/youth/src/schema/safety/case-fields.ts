import type { SubgraphContext } from '@mienskip/kit/server';
import type { YouthCaseRow } from '../../db/tables.ts';
import {
  allocationsOfCase,
  assessmentsOfCase,
  conferencesOfCase,
  cooperationsOfCase,
  investigationsOfCase,
  plansOfCase,
  registrationsOfCase,
  signalsOfCase,
  veiligThuisOfCase,
  weighingsOfCase,
} from '../../store/safety/loaders.ts';
import { builder, READ } from '../builder.ts';
import { YouthCase } from '../cases/index.ts';
import { RiskAssessment } from './assessment.ts';
import { CaseConference } from './conference.ts';
import { GiCooperation } from './gi.ts';
import { InvestigationRequest } from './investigation.ts';
import { MeldcodeWeighing } from './meldcode.ts';
import { SafetyPlan } from './plan.ts';
import { SafetySignal } from './signal.ts';
import { SafetyTaskAllocation } from './tasks.ts';
import { VeiligThuisEvent } from './veilig-thuis.ts';
import { VerwijsindexRegistration } from './verwijsindex.ts';
import { PendingVeiligThuisHandover } from './worklist.ts';

/**
 * Child safety on the youth case, both ways: every safety record names its case (null when the key
 * may not see it), and the case lists its safety events, each list one batched statement per request.
 */

const caseField = {
  type: YouthCase,
  nullable: true,
  description: 'The youth case (jeugdcasus) it belongs to.',
} as const;

builder.objectField(SafetySignal, 'case', (t) => t.field({ ...caseField, resolve: (row) => row.caseId }));
builder.objectField(RiskAssessment, 'case', (t) => t.field({ ...caseField, resolve: (row) => row.caseId }));
builder.objectField(SafetyPlan, 'case', (t) => t.field({ ...caseField, resolve: (row) => row.caseId }));
builder.objectField(MeldcodeWeighing, 'case', (t) => t.field({ ...caseField, resolve: (row) => row.caseId }));
builder.objectField(VeiligThuisEvent, 'case', (t) => t.field({ ...caseField, resolve: (row) => row.caseId }));
builder.objectField(VerwijsindexRegistration, 'case', (t) =>
  t.field({ ...caseField, resolve: (row) => row.caseId }),
);
builder.objectField(CaseConference, 'case', (t) => t.field({ ...caseField, resolve: (row) => row.caseId }));
builder.objectField(GiCooperation, 'case', (t) => t.field({ ...caseField, resolve: (row) => row.caseId }));
builder.objectField(InvestigationRequest, 'case', (t) =>
  t.field({ ...caseField, resolve: (row) => row.caseId }),
);
builder.objectField(SafetyTaskAllocation, 'case', (t) =>
  t.field({ ...caseField, resolve: (row) => row.caseId }),
);
builder.objectField(PendingVeiligThuisHandover, 'case', (t) =>
  t.field({
    ...caseField,
    description: 'The youth case the handover is about.',
    resolve: (p) => p.handover.caseId,
  }),
);

/** A list of the case's safety records, oldest first, through a per-request loader. */
function listOf<Row>(loader: (context: SubgraphContext) => { load(caseId: string): Promise<Row[]> }) {
  return (row: YouthCaseRow, _args: object, context: SubgraphContext) => loader(context).load(row.id);
}

builder.objectFields(YouthCase, (t) => ({
  safetySignals: t.field({
    type: [SafetySignal],
    authScopes: READ,
    description: 'Signalen van (risico op) onveiligheid of the case’s children, oldest first.',
    resolve: listOf(signalsOfCase),
  }),
  riskAssessments: t.field({
    type: [RiskAssessment],
    authScopes: READ,
    description: 'Risicotaxaties (E37), oldest first.',
    resolve: listOf(assessmentsOfCase),
  }),
  safetyPlans: t.field({
    type: [SafetyPlan],
    authScopes: READ,
    description: 'Veiligheids- en herstelplannen (E38), oldest first.',
    resolve: listOf(plansOfCase),
  }),
  meldcodeWeighings: t.field({
    type: [MeldcodeWeighing],
    authScopes: READ,
    description: 'Afwegingen in de meldcode, oldest first.',
    resolve: listOf(weighingsOfCase),
  }),
  veiligThuisEvents: t.field({
    type: [VeiligThuisEvent],
    authScopes: READ,
    description: 'Meldingen to and overdrachten from Veilig Thuis (E39), oldest first.',
    resolve: listOf(veiligThuisOfCase),
  }),
  verwijsindexRegistrations: t.field({
    type: [VerwijsindexRegistration],
    authScopes: READ,
    description: 'Registraties in de Verwijsindex (E40) with their matches, oldest first.',
    resolve: listOf(registrationsOfCase),
  }),
  caseConferences: t.field({
    type: [CaseConference],
    authScopes: READ,
    description: 'Multidisciplinaire overleggen (E42), oldest first.',
    resolve: listOf(conferencesOfCase),
  }),
  giCooperations: t.field({
    type: [GiCooperation],
    authScopes: READ,
    description: 'Samenwerkingen met gecertificeerde instellingen (E43), oldest first.',
    resolve: listOf(cooperationsOfCase),
  }),
  investigationRequests: t.field({
    type: [InvestigationRequest],
    authScopes: READ,
    description: 'Verzoeken tot Onderzoek to the Raad voor de Kinderbescherming (E41), oldest first.',
    resolve: listOf(investigationsOfCase),
  }),
  safetyTaskAllocations: t.field({
    type: [SafetyTaskAllocation],
    authScopes: READ,
    description: 'Taakverdeling veiligheid (E44): who carries each allocated specific safety task, by task.',
    resolve: listOf(allocationsOfCase),
  }),
}));
