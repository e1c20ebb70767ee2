/**
 * The code lists of the clients domain (Uitvoeringsplan Herijking Wmo Leeuwarden, §3–§5). One list
 * per concept; the database enums, the GraphQL enums and the rules all take them from here.
 */
export const HOUSEHOLD_ROLES = ['PARENT', 'YOUNG_PERSON', 'OTHER_ADULT'] as const;
export type HouseholdRole = (typeof HOUSEHOLD_ROLES)[number];

export const PILLARS = ['SOCIALE_BASIS', 'BASIS', 'AANVULLEND'] as const;
export type Pillar = (typeof PILLARS)[number];

export const SUPPORT_KINDS = [
  'THUISONDERSTEUNING',
  'DAGBESTEDING',
  'PERSOONLIJKE_VERZORGING',
  'HULP_BIJ_HET_HUISHOUDEN',
  'KORTDUREND_VERBLIJF',
  'MANTELZORGONDERSTEUNING',
  'RESPIJTZORG',
  'JONGERENWERK',
  'PARTICIPATIE',
  'SCHULDHULPVERLENING',
  'LICHTE_OPVOEDONDERSTEUNING',
  'VERVOER',
  'BESCHERMD_WONEN',
  'OPVANG',
] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

/** The laws a kind of support is given under (§1.5, §4.1–§4.4 of the Uitvoeringsplan). */
export const LAWS = ['WMO_2015', 'JEUGDWET', 'WGS'] as const;
export type Law = (typeof LAWS)[number];

/**
 * The law of each kind: light parenting support is one of the basis's youth tasks under the Jeugdwet
 * (§4.4), debt assistance falls under the Wet gemeentelijke schuldhulpverlening (§4.3); the rest are
 * Wmo provisions (§4.1, §4.2), participation being "participatietaken zoals bedoeld in de Wmo" (§4.1)
 * and youth work one of the basis's general facilities of §4.2.
 */
export const LAW_OF_KIND: Readonly<Record<SupportKind, Law>> = {
  THUISONDERSTEUNING: 'WMO_2015',
  DAGBESTEDING: 'WMO_2015',
  PERSOONLIJKE_VERZORGING: 'WMO_2015',
  HULP_BIJ_HET_HUISHOUDEN: 'WMO_2015',
  KORTDUREND_VERBLIJF: 'WMO_2015',
  MANTELZORGONDERSTEUNING: 'WMO_2015',
  RESPIJTZORG: 'WMO_2015',
  JONGERENWERK: 'WMO_2015',
  PARTICIPATIE: 'WMO_2015',
  SCHULDHULPVERLENING: 'WGS',
  LICHTE_OPVOEDONDERSTEUNING: 'JEUGDWET',
  VERVOER: 'WMO_2015',
  BESCHERMD_WONEN: 'WMO_2015',
  OPVANG: 'WMO_2015',
};

export const PROVISION_TYPES = ['ALGEMEEN', 'MAATWERK'] as const;
export type ProvisionType = (typeof PROVISION_TYPES)[number];

export const DELIVERY_FORMS = ['ZIN', 'PGB'] as const;
export type DeliveryForm = (typeof DELIVERY_FORMS)[number];

export const ACCESS_ROUTES = ['DIRECT', 'VERWIJSBRIEF', 'BESCHIKKING'] as const;
export type AccessRoute = (typeof ACCESS_ROUTES)[number];

export const END_REASONS = [
  'GOAL_REACHED',
  'MOVED',
  'DECEASED',
  'TRANSFERRED',
  'CLIENT_STOPPED',
  'OTHER',
] as const;
export type EndReason = (typeof END_REASONS)[number];

export const REGIE_DOMAINS = ['WMO', 'JEUGDWET', 'WERK_PARTICIPATIE'] as const;
export type RegieDomain = (typeof REGIE_DOMAINS)[number];

export const REQUEST_CHANNELS = [
  'WALK_IN_ROOM',
  'OUTREACH',
  'HOME_VISIT',
  'DIRECT_HH_PROVIDER',
  'VEILIG_THUIS_OVERDRACHT',
  'DEBT_SIGNAL',
] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

export const REQUEST_SOURCES = ['RESIDENT_SELF', 'THIRD_PARTY_CONCERN'] as const;
export type RequestSource = (typeof REQUEST_SOURCES)[number];

export const LIFE_DOMAINS = [
  'MEEDOEN',
  'WONEN',
  'WELZIJN',
  'FINANCIEN',
  'SOCIALE_RELATIES',
  'GEZONDHEID',
  'OPVOEDEN_OPGROEIEN',
  'VEILIGHEID',
  'WERK_PARTICIPATIE',
] as const;
export type LifeDomain = (typeof LIFE_DOMAINS)[number];

export const REQUEST_OUTCOMES = [
  'NOT_PICKED_UP',
  'SOCIALE_BASIS',
  'BASIS',
  'AANVULLEND_REFERRAL',
  'HH_PROVIDER',
  'JET',
] as const;
export type RequestOutcome = (typeof REQUEST_OUTCOMES)[number];

export const DECISION_KINDS = [
  'AANVULLEND_MAATWERK',
  'HULP_BIJ_HET_HUISHOUDEN',
  'REGIONAAL',
  'LANDELIJK',
] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];
export const DECISION_OUTCOMES = ['GRANTED', 'REFUSED'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];
export const DESTINATIONS_2021 = ['BASIS', 'AANVULLEND'] as const;
export type Destination2021 = (typeof DESTINATIONS_2021)[number];

export const OBJECTION_OUTCOMES = ['GEGROND', 'ONGEGROND', 'NIET_ONTVANKELIJK', 'INGETROKKEN'] as const;
export type ObjectionOutcome = (typeof OBJECTION_OUTCOMES)[number];

export const COMPLAINT_SUBJECTS = ['TREATMENT', 'SUPPORT'] as const;
export type ComplaintSubject = (typeof COMPLAINT_SUBJECTS)[number];
/** The complaint ladder (§4.9), lowest first. */
export const COMPLAINT_LEVELS = [
  'MEDEWERKER',
  'LEIDINGGEVENDE',
  'KLACHTENBEMIDDELAAR_AANBIEDER',
  'EXTERNE_KLACHTENCOMMISSIE',
] as const;
export type ComplaintLevel = (typeof COMPLAINT_LEVELS)[number];
export const COMPLAINT_STATUSES = ['OPEN', 'RESOLVED'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/** Legacy product codes before 2021 (huidige producten). */
export const LEGACY_INDICATIONS = [
  'PTO',
  'TO1',
  'TO2',
  'TO3',
  'TO4',
  'DB1',
  'DB2',
  'DB3',
  'DB4',
  'DB5',
  'DB6',
] as const;
export type LegacyIndication = (typeof LEGACY_INDICATIONS)[number];

export const TRANSITION_OUTCOMES = ['BASIS', 'AANVULLEND', 'MAATWERKOPLOSSING'] as const;
export type TransitionOutcome = (typeof TRANSITION_OUTCOMES)[number];

export const HANDOVER_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED'] as const;
export type HandoverStatus = (typeof HANDOVER_STATUSES)[number];

/** What an abonnementstarief is charged per: a calendar month, or four weeks (before 2020). */
export const CHARGE_PERIODS = ['MONTH', 'FOUR_WEEKS'] as const;
export type ChargePeriod = (typeof CHARGE_PERIODS)[number];

export const HOUSING_LINK_STATUSES = ['OPEN', 'SOLVED'] as const;
export type HousingLinkStatus = (typeof HOUSING_LINK_STATUSES)[number];
