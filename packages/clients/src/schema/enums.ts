import {
  ACCESS_ROUTES,
  COMPLAINT_LEVELS,
  COMPLAINT_STATUSES,
  COMPLAINT_SUBJECTS,
  DECISION_KINDS,
  DECISION_OUTCOMES,
  DELIVERY_FORMS,
  DESTINATIONS_2021,
  END_REASONS,
  HANDOVER_STATUSES,
  HOUSEHOLD_ROLES,
  HOUSING_LINK_STATUSES,
  LEGACY_INDICATIONS,
  LIFE_DOMAINS,
  OBJECTION_OUTCOMES,
  PILLARS,
  PROVISION_TYPES,
  REGIE_DOMAINS,
  REQUEST_CHANNELS,
  REQUEST_OUTCOMES,
  REQUEST_SOURCES,
  SUPPORT_KINDS,
  TRANSITION_OUTCOMES,
} from '../domain/codes.ts';
import {
  DEBT_HELP_MOVED,
  DEBT_SIGNAL_MOVED,
  JEUGDWET_REGIE_MOVED,
  LIGHT_PARENTING_SUPPORT_MOVED,
} from '../domain/errors.ts';
import type {
  DeprecatedTransitionStatus,
  TransitionStatus as TransitionStatusCode,
} from '../domain/transition.ts';
import { builder } from './builder.ts';

type Described<T extends readonly string[]> = Record<T[number], string>;

/** One GraphQL enum per code list; the descriptions carry the Dutch terms. */
function codeEnum<const T extends readonly string[]>(
  name: string,
  description: string,
  codes: T,
  values: Described<T>,
  /** Codes kept so that older questions still parse, never returned, with the reason saying where to look. */
  deprecated: Partial<Record<T[number], string>> = {},
) {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(
      codes.map((code: T[number]) => {
        const deprecationReason: string | undefined = deprecated[code];
        return [code, { description: values[code], ...(deprecationReason && { deprecationReason }) }];
      }),
    ) as Record<T[number], { description: string; deprecationReason?: string }>,
  });
}

export const HouseholdRole = codeEnum('HouseholdRole', 'Rol in het huishouden.', HOUSEHOLD_ROLES, {
  PARENT: 'Ouder (parent or carer).',
  YOUNG_PERSON: 'Jeugdige (young person under the Jeugdwet age).',
  OTHER_ADULT: 'Another adult member of the household.',
});

export const Pillar = codeEnum('Pillar', 'Ondersteuningspijler: the pillar that delivers support.', PILLARS, {
  SOCIALE_BASIS: 'Sociale basis: volunteers and the network (nulde lijn), paid by subsidy.',
  BASIS: 'Basisondersteuning: the one basis provider, general facility without a beschikking (lumpsum).',
  AANVULLEND:
    'Aanvullende ondersteuning: specialist maatwerkvoorziening (lumpsum), via referral or beschikking.',
});

export const SupportKind = codeEnum(
  'SupportKind',
  'Ondersteuningssoort: the kind of support.',
  SUPPORT_KINDS,
  {
    THUISONDERSTEUNING: 'Thuisondersteuning / begeleiding (home support).',
    DAGBESTEDING: 'Dagbesteding (day activities).',
    PERSOONLIJKE_VERZORGING: 'Persoonlijke verzorging (personal care): basis only.',
    HULP_BIJ_HET_HUISHOUDEN: 'Hulp bij het huishouden (household help): aanvullend, a lot of its own.',
    KORTDUREND_VERBLIJF: 'Kortdurend verblijf (short stay): aanvullend only.',
    MANTELZORGONDERSTEUNING: 'Mantelzorgondersteuning (support for informal carers).',
    RESPIJTZORG: 'Respijtzorg (respite care).',
    JONGERENWERK: 'Jongerenwerk (youth work): basis.',
    PARTICIPATIE: 'Participatietaken (social participation, activation).',
    SCHULDHULPVERLENING:
      'Schuldhulpverlening (debt help): recorded as a debt case by the debt subgraph now; refused here and never ' +
      'returned.',
    LICHTE_OPVOEDONDERSTEUNING:
      'Lichte opvoed- en opgroeiondersteuning (light parenting support): recorded by the youth subgraph now; ' +
      'refused here and never returned.',
    VERVOER: 'Vervoer (transport): no abonnementstarief.',
    BESCHERMD_WONEN: 'Beschermd wonen (protected housing, regional): no abonnementstarief.',
    OPVANG: 'Opvang (shelter): no abonnementstarief.',
  },
  { LICHTE_OPVOEDONDERSTEUNING: LIGHT_PARENTING_SUPPORT_MOVED, SCHULDHULPVERLENING: DEBT_HELP_MOVED },
);

export const ProvisionType = codeEnum('ProvisionType', 'Voorzieningtype.', PROVISION_TYPES, {
  ALGEMEEN: 'Algemene voorziening: open to all, no beschikking.',
  MAATWERK: 'Maatwerkvoorziening: individual, via a referral or a beschikking.',
});

export const DeliveryForm = codeEnum(
  'DeliveryForm',
  'Verstrekkingsvorm: how a maatwerkvoorziening is provided.',
  DELIVERY_FORMS,
  {
    ZIN: 'Zorg in natura (care in kind).',
    PGB: 'Persoonsgebonden budget: only for maatwerk and a PGB-competent client.',
  },
);

export const AccessRoute = codeEnum(
  'AccessRoute',
  'Toegangsroute: how the support was reached.',
  ACCESS_ROUTES,
  {
    DIRECT: 'Directly, without a beschikking (sociale basis and basis).',
    VERWIJSBRIEF: 'With a referral letter (verwijzing) from a basis worker.',
    BESCHIKKING: 'With a beschikking from the municipality.',
  },
);

export const EndReason = codeEnum('EndReason', 'Reden beëindiging, as in the stopbericht.', END_REASONS, {
  GOAL_REACHED: 'The goals are reached.',
  MOVED: 'The resident moved out of the municipality.',
  DECEASED: 'The resident died.',
  TRANSFERRED: 'Continued in another pillar or by another provider.',
  CLIENT_STOPPED: 'The resident stopped.',
  OTHER: 'Another reason.',
});

export const RegieDomain = codeEnum(
  'RegieDomain',
  'Regiedomein: the domain a regievoerder coordinates.',
  REGIE_DOMAINS,
  {
    WMO:
      'Wmo and schuldhulpverlening: the basis regievoerder (one per household), who also holds regie over the ' +
      'debt help of the household — the debt cases the debt subgraph records (BR-R1: "De medewerker van de ' +
      'basisondersteuning heeft de regie bij Wmo en schuldhulpverlening").',
    JEUGDWET:
      'Procesregie over Jeugdwet support (the JET): held by the youth subgraph now; refused here and never returned.',
    WERK_PARTICIPATIE: 'Work and participation: Sociale Zaken.',
  },
  { JEUGDWET: JEUGDWET_REGIE_MOVED },
);

export const RequestChannel = codeEnum(
  'RequestChannel',
  'Kanaal of a support request.',
  REQUEST_CHANNELS,
  {
    WALK_IN_ROOM: 'Walked into a buurt- or dorpskamer.',
    OUTREACH: 'Outreach (outreachend werken).',
    HOME_VISIT: 'Home visit (huisbezoek).',
    DIRECT_HH_PROVIDER: 'Directly at a household-help provider.',
    VEILIG_THUIS_OVERDRACHT: 'Handed over by Veilig Thuis.',
    DEBT_SIGNAL:
      'A debt signal (vroeg- or laatsignalering): registered by the debt subgraph now; refused here and never ' +
      'returned.',
  },
  { DEBT_SIGNAL: DEBT_SIGNAL_MOVED },
);

export const RequestSource = codeEnum('RequestSource', 'Who brought the request.', REQUEST_SOURCES, {
  RESIDENT_SELF: 'The resident.',
  THIRD_PARTY_CONCERN: 'Someone worried about the resident (zorgmelding).',
});

export const LifeDomain = codeEnum(
  'LifeDomain',
  'Leefgebied: a life domain a question touches.',
  LIFE_DOMAINS,
  {
    MEEDOEN: 'Meedoen (taking part).',
    WONEN: 'Wonen (housing).',
    WELZIJN: 'Welzijn (well-being).',
    FINANCIEN: 'Financiën (finances).',
    SOCIALE_RELATIES: 'Sociale relaties.',
    GEZONDHEID: 'Gezondheid (health).',
    OPVOEDEN_OPGROEIEN: 'Opvoeden en opgroeien (parenting, growing up).',
    VEILIGHEID: 'Veiligheid (safety).',
    WERK_PARTICIPATIE: 'Werk en participatie.',
  },
);

export const RequestOutcome = codeEnum(
  'RequestOutcome',
  'Uitkomst of the assessment of a request.',
  REQUEST_OUTCOMES,
  {
    NOT_PICKED_UP: 'Not picked up: no follow-up needed.',
    SOCIALE_BASIS: 'The sociale basis is enough.',
    BASIS: 'Basisondersteuning takes over.',
    AANVULLEND_REFERRAL: 'Referred to aanvullende ondersteuning.',
    HH_PROVIDER: 'Sent to a household-help provider.',
    JET: 'Consultation of the Jeugd Expert Team.',
  },
);

export const DecisionKind = codeEnum('DecisionKind', 'Soort beschikking.', DECISION_KINDS, {
  AANVULLEND_MAATWERK: 'Aanvullende ondersteuning as maatwerk.',
  HULP_BIJ_HET_HUISHOUDEN: 'Hulp bij het huishouden.',
  REGIONAAL: 'Regional facility (beschermd wonen, ThuisPlus).',
  LANDELIJK: 'National facility.',
});

export const DecisionOutcome = codeEnum(
  'DecisionOutcome',
  'Besluit: granted or refused.',
  DECISION_OUTCOMES,
  {
    GRANTED: 'Toegekend.',
    REFUSED: 'Afgewezen.',
  },
);

export const Destination2021 = codeEnum(
  'Destination2021',
  'Bestemming 2021 stated on a beschikking (BR-T3).',
  DESTINATIONS_2021,
  {
    BASIS: 'To basisondersteuning.',
    AANVULLEND: 'To aanvullende ondersteuning.',
  },
);

export const ObjectionOutcome = codeEnum('ObjectionOutcome', 'Beslissing op bezwaar.', OBJECTION_OUTCOMES, {
  GEGROND: 'Well-founded: the decision is revised.',
  ONGEGROND: 'Unfounded: the decision stands.',
  NIET_ONTVANKELIJK: 'Inadmissible.',
  INGETROKKEN: 'Withdrawn by the resident.',
});

export const ComplaintSubject = codeEnum('ComplaintSubject', 'What a klacht is about.', COMPLAINT_SUBJECTS, {
  TREATMENT: 'How staff treated the resident (bejegening).',
  SUPPORT: 'The support given.',
});

export const ComplaintLevel = codeEnum(
  'ComplaintLevel',
  'Klachtniveau: the rung of the escalation ladder.',
  COMPLAINT_LEVELS,
  {
    MEDEWERKER: 'Raised with the worker.',
    LEIDINGGEVENDE: 'Raised with the manager.',
    KLACHTENBEMIDDELAAR_AANBIEDER: "With the provider's complaints mediator.",
    EXTERNE_KLACHTENCOMMISSIE: 'With the external complaints committee (the top of the ladder).',
  },
);

export const ComplaintStatus = codeEnum('ComplaintStatus', 'Status of a klacht.', COMPLAINT_STATUSES, {
  OPEN: 'Being handled.',
  RESOLVED: 'Closed.',
});

export const LegacyIndication = codeEnum(
  'LegacyIndication',
  'Oude indicatie (product before 2021).',
  LEGACY_INDICATIONS,
  {
    PTO: 'Praktische thuisondersteuning: to basis.',
    TO1: 'Thuisondersteuning 1 (Amaryllis): to basis.',
    TO2: 'Thuisondersteuning 2, lightest second-line: to basis.',
    TO3: 'Thuisondersteuning 3: individual assessment (assumed 50/50).',
    TO4: 'Thuisondersteuning 4, heaviest: to aanvullend.',
    DB1: 'Dagbesteding 1 (stabilise, light): to basis.',
    DB2: 'Dagbesteding 2 (stabilise): individual assessment (assumed 50/50).',
    DB3: 'Dagbesteding 3 (stabilise, heavy): to aanvullend.',
    DB4: 'Dagbesteding 4 (develop, light): to basis.',
    DB5: 'Dagbesteding 5 (develop): individual assessment (assumed 50/50).',
    DB6: 'Dagbesteding 6 (develop, heavy): to aanvullend.',
  },
);

export const TransitionOutcome = codeEnum(
  'TransitionOutcome',
  'Uitkomst of the overgangsgesprek.',
  TRANSITION_OUTCOMES,
  {
    BASIS: 'Moves to basisondersteuning.',
    AANVULLEND: 'Stays in aanvullende ondersteuning.',
    MAATWERKOPLOSSING: 'A tailored solution: nothing in the new model fits.',
  },
);

export const HandoverStatus = codeEnum(
  'HandoverStatus',
  'Warme overdracht from the old to the new provider.',
  HANDOVER_STATUSES,
  {
    NOT_STARTED: 'Not started.',
    IN_PROGRESS: 'In progress.',
    COMPLETED: 'Completed: the new provider has taken over.',
  },
);

export const TransitionStatus = builder.enumType('TransitionStatus', {
  description:
    'Where a resident stands in the 2020 transition: the perspective conversation (overgangsgesprek), then the ' +
    'follow-up after it — the match with the new provider and the warm handover (council letter 2020).',
  values: {
    NOT_PLANNED: { description: 'No interview planned or held.' },
    PLANNED: { description: 'Interview planned, not yet held.' },
    FOLLOW_UP_PENDING: {
      description:
        'Interview held, the follow-up after it still to do: no warm handover started (the council letter’s ' +
        '"follow-up after the perspective conversation").',
    },
    HANDOVER_IN_PROGRESS: { description: 'Interview held, warm handover started but not completed.' },
    HANDED_OVER: { description: 'Interview held and handed over.' },
    NO_FOLLOW_UP: {
      description: 'No interview planned or held. As a filter it means NOT_PLANNED; never returned.',
      deprecationReason:
        'Renamed NOT_PLANNED: "follow-up" is what comes after a held interview (FOLLOW_UP_PENDING).',
    },
    HELD_NOT_HANDED_OVER: {
      description:
        'Interview held, warm handover not completed. As a filter it means FOLLOW_UP_PENDING or ' +
        'HANDOVER_IN_PROGRESS; never returned.',
      deprecationReason: 'Split into FOLLOW_UP_PENDING and HANDOVER_IN_PROGRESS.',
    },
  } satisfies Record<TransitionStatusCode | DeprecatedTransitionStatus, unknown>,
});

export const HousingLinkStatus = codeEnum(
  'HousingLinkStatus',
  'Status of a housing link with a care provider.',
  HOUSING_LINK_STATUSES,
  {
    OPEN: 'Housing still tied to the care provider.',
    SOLVED: 'Housing and care untied.',
  },
);
