/**
 * The purposes for which the college may process personal data under the Jeugdwet (art. 7.4.0
 * lid 1, onderdelen a–d): purpose binding (doelbinding) for youth data. A caller states one as a
 * code at the start of the `x-mienskip-purpose` header (`TOELEIDING: gesprek met het gezin`); an
 * API key may be limited to some of them. Other subgraphs take any free text as purpose, as before.
 */
export const JEUGDWET_PURPOSE_CODES = ['TOELEIDING', 'KINDERBESCHERMING', 'BEKOSTIGING', 'CONTROLE'] as const;
export type JeugdwetPurpose = (typeof JEUGDWET_PURPOSE_CODES)[number];

export interface JeugdwetPurposeDefinition {
  code: JeugdwetPurpose;
  /** The onderdeel of Jeugdwet art. 7.4.0 lid 1 that names it. */
  clause: 'a' | 'b' | 'c' | 'd';
  /** In English, for descriptions and messages. */
  description: string;
  /** The Dutch legal terms. */
  dutch: string;
}

/** The four purposes, in the order of the article. */
export const JEUGDWET_PURPOSES: readonly JeugdwetPurposeDefinition[] = [
  {
    code: 'TOELEIDING',
    clause: 'a',
    description: 'Referral to, advice on, determining or deploying a youth-care provision',
    dutch: 'toeleiding, advies, bepalen of inzetten van een voorziening op het gebied van jeugdhulp',
  },
  {
    code: 'KINDERBESCHERMING',
    clause: 'b',
    description: 'Requests of the Child Protection Board, child-protection measures and youth probation',
    dutch:
      'verzoeken van de Raad voor de Kinderbescherming, kinderbeschermingsmaatregelen, jeugdreclassering',
  },
  {
    code: 'BEKOSTIGING',
    clause: 'c',
    description: 'Paying for youth care',
    dutch: 'bekostiging',
  },
  {
    code: 'CONTROLE',
    clause: 'd',
    description: 'Checks and fraud investigation',
    dutch: 'controle en fraudeonderzoek',
  },
];

export function isJeugdwetPurpose(value: unknown): value is JeugdwetPurpose {
  return typeof value === 'string' && (JEUGDWET_PURPOSE_CODES as readonly string[]).includes(value);
}

/** A Jeugdwet purpose as stated: its code and, when given, the free text after the colon. */
export interface StatedJeugdwetPurpose {
  code: JeugdwetPurpose;
  /** The free text after `CODE:`, trimmed; absent when there is none. */
  note?: string;
}

/**
 * The Jeugdwet purpose in a stated purpose (the `x-mienskip-purpose` header, as the caller carries
 * it): the whole text is a code, or a code, a colon and free text. Codes are written as listed, in
 * capitals. Undefined for no purpose, or a purpose that does not start with a code that way.
 */
export function parseJeugdwetPurpose(stated: string | undefined): StatedJeugdwetPurpose | undefined {
  if (stated === undefined) return undefined;
  const colon = stated.indexOf(':');
  const code = (colon === -1 ? stated : stated.slice(0, colon)).trim();
  if (!isJeugdwetPurpose(code)) return undefined;
  const note = colon === -1 ? '' : stated.slice(colon + 1).trim();
  return note ? { code, note } : { code };
}
