/**
 * Dutch names of the graph's codes, as the council reads them. A code missing here (a value added to
 * the graph later) is shown as it is rather than dropped.
 */
const LABELS: Record<string, Record<string, string>> = {
  pillar: { SOCIALE_BASIS: 'Sociale basis', BASIS: 'Basis', AANVULLEND: 'Aanvullend' },
  provisionType: { ALGEMEEN: 'Algemene voorziening', MAATWERK: 'Maatwerkvoorziening' },
  deliveryForm: { ZIN: 'Zorg in natura', PGB: 'Pgb' },
  requestOutcome: {
    SOCIALE_BASIS: 'Sociale basis',
    BASIS: 'Basisondersteuning',
    AANVULLEND_REFERRAL: 'Verwijzing aanvullende ondersteuning',
    HH_PROVIDER: 'Aanbieder hulp bij het huishouden',
    JET: 'JET',
    NOT_PICKED_UP: 'Niet opgepakt',
    null: 'Nog niet beoordeeld',
  },
  decisionOutcome: { GRANTED: 'Toegekend', REFUSED: 'Afgewezen' },
  endReason: {
    GOAL_REACHED: 'Doel bereikt',
    CLIENT_STOPPED: 'Cliënt gestopt',
    MOVED: 'Verhuisd',
    DECEASED: 'Overleden',
    TRANSFERRED: 'Overgedragen',
    OTHER: 'Overig',
  },
  complaintStatus: { OPEN: 'Open', RESOLVED: 'Afgehandeld' },
  complaintLevel: {
    MEDEWERKER: 'Medewerker',
    LEIDINGGEVENDE: 'Leidinggevende',
    KLACHTENBEMIDDELAAR_AANBIEDER: 'Klachtenbemiddelaar aanbieder',
    EXTERNE_KLACHTENCOMMISSIE: 'Externe klachtencommissie',
  },
  objectionOutcome: {
    GEGROND: 'Gegrond',
    ONGEGROND: 'Ongegrond',
    NIET_ONTVANKELIJK: 'Niet-ontvankelijk',
    INGETROKKEN: 'Ingetrokken',
    null: 'Nog niet beslist',
  },
  transitionStatus: {
    PLANNED: 'Gesprek gepland',
    FOLLOW_UP_PENDING: 'Gesprek gevoerd, vervolg nog te doen',
    HANDOVER_IN_PROGRESS: 'Overdracht loopt',
    HANDED_OVER: 'Overgedragen',
    NOT_PLANNED: 'Geen gesprek gepland',
  },
  housingLinkStatus: { OPEN: 'Open', SOLVED: 'Opgelost' },
  lot: {
    BASISONDERSTEUNING: 'Basisondersteuning',
    THUISONDERSTEUNING_EN_DAGBESTEDING: 'Thuisondersteuning en dagbesteding',
    HULP_BIJ_HUISHOUDEN: 'Hulp bij het huishouden',
    KORTDUREND_VERBLIJF: 'Kortdurend verblijf',
  },
  youthRoute: { SOCIALE_BASIS: 'Sociale basis', BASIS: 'Basis', JEUGDWET: 'Jeugdwet' },
  lightSupportGoal: {
    BALANS_DRAAGKRACHT_DRAAGLAST: 'Balans draagkracht en draaglast',
    GEZINSCOMMUNICATIE: 'Gezinscommunicatie',
    INFORMATIE_EN_ADVIES: 'Informatie en advies',
    PSYCHOSOCIAAL_FUNCTIONEREN: 'Psychosociaal functioneren',
    SPECIFIEKE_OPVOEDVAARDIGHEDEN: 'Specifieke opvoedvaardigheden',
    VERSTERKEN_OPVOEDKUNDIG_HANDELEN: 'Versterken opvoedkundig handelen',
  },
  youthCloseReason: {
    VOLGENS_PLAN: 'Volgens plan',
    VOORTIJDIG_IN_OVERLEG: 'Voortijdig, in overleg',
    EENZIJDIG_CLIENT: 'Eenzijdig door cliënt',
    EENZIJDIG_AANBIEDER: 'Eenzijdig door aanbieder',
    EXTERNE_OMSTANDIGHEDEN: 'Externe omstandigheden',
  },
  debtPhase: {
    REGISTRATION: 'Aanmelding',
    INTAKE: 'Intake',
    STABILISATION: 'Stabilisatie',
    SOLUTION: 'Oplossing',
    AFTERCARE: 'Nazorg',
    OUTFLOW: 'Uitstroom',
  },
  debtOutflowReason: {
    AFGEROND: 'Afgerond',
    INGETROKKEN: 'Ingetrokken',
    NIET_PASSEND: 'Niet passend',
    NIET_VERSCHENEN: 'Niet verschenen',
    OVERIG: 'Overig',
    OVERLEDEN: 'Overleden',
    VERHUISD: 'Verhuisd',
    VOLDOET_NIET: 'Voldoet niet aan voorwaarden',
    ZELF: 'Op eigen verzoek',
  },
  debtSignalKind: { VROEG: 'Vroegsignalering', LAAT: 'Laatsignalering' },
  // The savings plan's measures as the Uitvoeringsplan (§7.2) names them; the graph keeps English titles.
  savingsMeasure: {
    'Scaling down day activities 2018, by Amaryllis': 'Afschaling dagbesteding 2018 door Amaryllis',
    'Scaling-down assignment 2019 to Amaryllis': 'Afschalingsopdracht 2019 aan Amaryllis',
    'Scaling-down assignment 2020 to Amaryllis': 'Afschalingsopdracht 2020 aan Amaryllis',
    'Household help / ASV 2020: new standard times and holiday measure':
      'Hulp bij het huishouden / ASV 2020: nieuwe normtijden en vakantiemaatregel',
    'Less administration in basis: 1,800 fewer beschikkingen':
      'Minder administratie in de basis: 1.800 beschikkingen minder',
    'Less administration at providers: 1% of turnover':
      'Minder administratie bij aanbieders: 1% van de omzet',
    'Saving on all begeleiding / thuisondersteuning: 10%':
      'Besparing op alle begeleiding en thuisondersteuning: 10%',
    'Saving on all dagbesteding: 10%': 'Besparing op alle dagbesteding: 10%',
    'Saving on household help': 'Besparing op hulp bij het huishouden',
    'Lower PGB costs: 10% of budgeted TO spending':
      'Lagere pgb-kosten: 10% van de begrote uitgaven aan thuisondersteuning',
    '5% on the remaining aanvullend budget': '5% op het resterende budget voor aanvullende ondersteuning',
  },
  debtReferralKind: {
    BESCHERMINGSBEWIND: 'Beschermingsbewind',
    BUDGETBEHEER: 'Budgetbeheer',
    CURATIEVE_SCHULDHULPVERLENING: 'Curatieve schuldhulpverlening',
    INKOMENSBEHEER: 'Inkomensbeheer',
  },
};

export type Catalogue = keyof typeof LABELS;

/** The Dutch name of a code (`null` has a name of its own where the graph uses it). */
export function labelOf(catalogue: string, code: string | null): string {
  return LABELS[catalogue]?.[String(code)] ?? String(code);
}
