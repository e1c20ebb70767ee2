/**
 * The debt subgraph's codes (its GraphQL enums, `packages/debt/src/domain/codes.ts`) mapped to DDAS
 * v1.0's exact strings (BR-DB44). A code DDAS has no value for maps to `null`: the optional DDAS
 * attribute is then left out, never guessed. A code this table does not know is refused
 * (`UnknownCodeError`): a new value in the graph must be mapped here before it can be delivered.
 */
import { UnknownCodeError } from './errors.ts';

/** EnumOplossingssoort. The basis's own guidance without a settlement has no DDAS value. */
export const SOLUTION_KIND = {
  NUL_PROCENT_AANBOD: '0%-aanbod',
  BETALINGSREGELING: 'Betalingsregeling',
  HERFINANCIERING: 'Herfinanciering',
  SANERINGSKREDIET: 'Saneringskrediet',
  SCHULDBEMIDDELING: 'Schuldbemiddeling',
  ANDERE_OPLOSSING: null,
} as const;

/** EnumUitstroomreden ("Nietverschenen" is written as one word in DDAS). */
export const OUTFLOW_REASON = {
  AFGEROND: 'Afgerond',
  INGETROKKEN: 'Ingetrokken',
  NIET_PASSEND: 'Niet passend',
  NIET_VERSCHENEN: 'Nietverschenen',
  OVERIG: 'Overig',
  OVERLEDEN: 'Overleden',
  VERHUISD: 'Verhuisd',
  VOLDOET_NIET: 'Voldoet niet',
  ZELF: 'Zelf',
} as const;

/**
 * EnumBegeleidingssoort, for referrals to third parties (E48). Curative debt help is the trajectory
 * itself at another organisation, not guidance; inkomensbeheer has no DDAS value of its own.
 */
export const REFERRAL_KIND = {
  BUDGETBEHEER: 'Budgetbeheer',
  BESCHERMINGSBEWIND: 'Beschermingsbewind',
  INKOMENSBEHEER: null,
  CURATIEVE_SCHULDHULPVERLENING: null,
} as const;

/** EnumSignaalpartner. */
export const SIGNAL_PARTNER = {
  ENERGIE: 'Energie',
  HUUR: 'Huur',
  HYPOTHEEK: 'Hypotheek',
  CAK_ZORGVERZEKERINGEN: 'CAK Zorgverzekeringen',
  ZORG: 'Zorg',
  WATER: 'Water',
  DUO: 'DUO',
  BELASTINGDIENST: 'Belastingdienst',
  CAK_EIGEN_BIJDRAGE: 'CAK Eigen bijdrage',
  DIENST_TOESLAGEN: 'Dienst Toeslagen',
  OVERIGE: 'Overige',
} as const;

/** EnumSignaalstatus. */
export const SIGNAL_STATUS = {
  NOG_NIET_OPGEPAKT: 'Nog niet opgepakt',
  ONTERECHT_SIGNAAL: 'Onterecht signaal',
  OVERLEDEN: 'Overleden',
  WOONT_NIET_IN_GEMEENTE: 'Woont niet in gemeente',
  HERHAALDE_MELDING: 'Herhaalde melding',
  NIET_OPGEPAKT: 'Niet opgepakt',
  OPGEPAKT: 'Opgepakt',
  WOONT_OP_ANDER_ADRES: 'Woont op een ander adres binnen gemeente',
} as const;

/**
 * EnumEindresultaat. DDAS lists "another running trajectory" twice in two spellings; the first is
 * delivered.
 */
export const SIGNAL_OUTCOME = {
  NIET_OPGEPAKT_GEEN_CONTACT_GEWENST: 'Niet opgepakt: inwoner wil geen contact',
  NIET_OPGEPAKT_GEEN_CAPACITEIT: 'Niet opgepakt: geen capaciteit',
  NIET_OPGEPAKT: 'Niet opgepakt',
  AL_BEKEND_BIJ_SCHULDHULPVERLENING: 'Inwoner al bekend bij schuldhulpverlening',
  GEEN_CONTACT: 'Geen contact (meer) kunnen krijgen',
  WIL_GEEN_HULP: 'Inwoner wil geen hulp',
  PROBEERT_HET_ZELF: 'Inwoner probeert het zelf op te lossen',
  BETAALD_VOOR_OPPAKKEN: 'Inwoner heeft betaald/betalingsregeling getroffen voor oppakken melding',
  BETAALD_NA_OPPAKKEN: 'Inwoner heeft zelf betaald/betalingsregeling getroffen na oppakken melding',
  BUDGETADVIES_OF_QUICK_FIX: '(Budget)advies en/of quick fix',
  ANDER_LOPEND_TRAJECT: 'Inwoner al een ander lopend traject',
  VERWIJZING_FINANCIEEL: 'Verwijzing financieel',
  VOORZIEN_VAN_INFORMATIE: 'Voorzien van informatie',
  NIET_OPGEPAKT_BRP_UITSLUITING: 'Niet opgepakt: BRP-uitsluiting',
  VERWIJZING_NIET_FINANCIEEL: 'Verwijzing niet-financieel',
} as const;

/** EnumContactsoort. */
export const CONTACT_KIND = {
  MAIL: 'Mail',
  BRIEF: 'Brief',
  SMS_WHATSAPP: 'SMS/Whatsapp',
  TELEFOON: 'Telefoon',
  HUISBEZOEK: 'Huisbezoek',
  KAARTJE: 'Kaartje',
  OVERIGE: 'Overige',
} as const;

/** EnumDagdeel. */
export const DAY_PART = { OCHTEND: 'Ochtend', MIDDAG: 'Middag', AVOND: 'Avond' } as const;

/** Every table by the name of the DDAS enumeration it maps to (for messages and tests). */
export const DDAS_CODE_TABLES = {
  EnumOplossingssoort: SOLUTION_KIND,
  EnumUitstroomreden: OUTFLOW_REASON,
  EnumBegeleidingssoort: REFERRAL_KIND,
  EnumSignaalpartner: SIGNAL_PARTNER,
  EnumSignaalstatus: SIGNAL_STATUS,
  EnumEindresultaat: SIGNAL_OUTCOME,
  EnumContactsoort: CONTACT_KIND,
  EnumDagdeel: DAY_PART,
} as const;
export type DdasEnumeration = keyof typeof DDAS_CODE_TABLES;

/** The DDAS string for a code of the graph, `null` where DDAS has none; unknown codes are refused. */
export function ddasCode<E extends DdasEnumeration>(
  enumeration: E,
  code: string,
  where: string,
): Exclude<(typeof DDAS_CODE_TABLES)[E][keyof (typeof DDAS_CODE_TABLES)[E]], null> | null {
  const table = DDAS_CODE_TABLES[enumeration] as Record<string, string | null>;
  if (!Object.hasOwn(table, code)) throw new UnknownCodeError(enumeration, code, where);
  return table[code] as never;
}

/** The DDAS string for a code that must have one (signal partner, contact kind, …). */
export function requiredDdasCode<E extends DdasEnumeration>(enumeration: E, code: string, where: string) {
  const value = ddasCode(enumeration, code, where);
  if (value === null) throw new UnknownCodeError(enumeration, code, where);
  return value;
}
