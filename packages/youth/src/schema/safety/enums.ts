import {
  GI_FRAMEWORKS,
  MELDCODE_OUTCOMES,
  RISK_OUTCOMES,
  SAFETY_TASK_ASSIGNEES,
  SAFETY_TASKS,
  VEILIG_THUIS_DIRECTIONS,
} from '../../domain/codes.ts';
import { INVESTIGATION_CONDITION_TEXT, INVESTIGATION_CONDITIONS } from '../../domain/safety/errors.ts';
import { builder } from '../builder.ts';

/** Describes every value of a code list, so that the enum's values are described as the house asks. */
function values<const V extends string>(list: readonly V[], describe: Record<V, string>) {
  return Object.fromEntries(list.map((value) => [value, { description: describe[value] }])) as Record<
    V,
    { description: string }
  >;
}

export const RiskOutcome = builder.enumType('RiskOutcome', {
  description:
    'Uitkomst van de risicotaxatie: the outcome of a risk assessment. The source names none; three plain levels.',
  values: values(RISK_OUTCOMES, {
    GEEN_ZORGEN: 'Geen zorgen: no concerns about the safety of the child.',
    ZORGEN: 'Zorgen: concerns; whether a safety plan is needed is decided on the assessment.',
    ONVEILIG: 'Onveilig: the child is unsafe.',
  }),
});

export const MeldcodeOutcome = builder.enumType('MeldcodeOutcome', {
  description: 'Afweging in de meldcode: the last step of the meldcode, report to Veilig Thuis or not.',
  values: values(MELDCODE_OUTCOMES, {
    MELDEN: 'Melden: a report (melding) to Veilig Thuis is made.',
    NIET_MELDEN: 'Niet melden: no report; help is organised without one.',
  }),
});

export const VeiligThuisDirection = builder.enumType('VeiligThuisDirection', {
  description: 'Which way a Veilig Thuis event goes (E39).',
  values: values(VEILIG_THUIS_DIRECTIONS, {
    MELDING: 'Melding: a report to Veilig Thuis, after a meldcode weighing that decided MELDEN.',
    OVERDRACHT:
      'Overdracht: Veilig Thuis hands a case of domestic violence or child abuse (huiselijk geweld en ' +
      'kindermishandeling) over, under the handreiking samenwerking Veilig Thuis en Gebiedsteams.',
  }),
});

export const GiFramework = builder.enumType('GiFramework', {
  description: 'Kader: the frame of a cooperation with a gecertificeerde instelling (E43).',
  values: values(GI_FRAMEWORKS, {
    GEDWONGEN: 'Gedwongen kader: a child-protection measure imposed by the court.',
    VRIJWILLIG: 'Vrijwillig kader: voluntary, where possible after stepping down (afschalen).',
  }),
});

export const SafetyTask = builder.enumType('SafetyTask', {
  description:
    'Specifieke taak ten aanzien van veiligheid: the four specific child-safety tasks, allocated per case to ' +
    'BASIS or JET (in samenspraak met het JET, op casusniveau; Uitvoeringsplan §4.4).',
  values: values(SAFETY_TASKS, {
    VEILIGHEIDS_EN_HERSTELPLAN:
      'Op basis van de risicotaxatie beoordelen of een veiligheidsplan en herstelplan noodzakelijk is en deze samen met het gezin opstellen.',
    VERZOEK_TOT_ONDERZOEK:
      'Een Verzoek tot Onderzoek indienen bij de Raad voor de Kinderbescherming en deelnemen aan de jeugdbeschermingstafel.',
    VEILIG_THUIS_OVERDRACHT:
      'De overdrachten Huiselijk Geweld en Kindermishandeling vanuit Veilig Thuis oppakken, volgens de handreiking.',
    REGIE_VERVOLGSTAPPEN:
      'Regie op de benodigde vervolgstappen uit het veiligheids- en herstelplan en waar nodig direct interveniëren.',
  }),
});

export const SafetyTaskAssignee = builder.enumType('SafetyTaskAssignee', {
  description: 'Who carries a specific safety task of a case.',
  values: values(SAFETY_TASK_ASSIGNEES, {
    BASIS: 'De basisondersteuning: the organisation that opened the case (the basis provider).',
    JET: 'Het Jeugd Expert Team (JET).',
  }),
});

export const InvestigationCondition = builder.enumType('InvestigationCondition', {
  description: 'One of the two conditions of a Verzoek tot Onderzoek to the Raad voor de Kinderbescherming.',
  values: values(INVESTIGATION_CONDITIONS, INVESTIGATION_CONDITION_TEXT),
});
