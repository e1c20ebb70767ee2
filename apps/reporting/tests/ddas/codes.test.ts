import { describe, expect, it } from 'vitest';
import {
  CONTACT_KINDS,
  DAY_PARTS,
  DEBT_OUTFLOW_REASONS,
  DEBT_REFERRAL_KINDS,
  DEBT_SOLUTION_KINDS,
  SIGNAL_OUTCOMES,
  SIGNAL_PARTNERS,
  SIGNAL_STATUSES,
} from '../../../../packages/debt/src/domain/codes.ts';
import { DDAS_CODE_TABLES, ddasCode, requiredDdasCode } from '../../src/ddas/codes.ts';
import { UnknownCodeError } from '../../src/ddas/errors.ts';
import shv from '../../src/ddas/schemas/schuldhulpverlening.schema.json' with { type: 'json' };
import vs from '../../src/ddas/schemas/vroegsignalen.schema.json' with { type: 'json' };

// The debt subgraph's code lists (its GraphQL enums carry the same values) against the mapping.
const DEBT_CODES = {
  EnumOplossingssoort: DEBT_SOLUTION_KINDS,
  EnumUitstroomreden: DEBT_OUTFLOW_REASONS,
  EnumBegeleidingssoort: DEBT_REFERRAL_KINDS,
  EnumSignaalpartner: SIGNAL_PARTNERS,
  EnumSignaalstatus: SIGNAL_STATUSES,
  EnumEindresultaat: SIGNAL_OUTCOMES,
  EnumContactsoort: CONTACT_KINDS,
  EnumDagdeel: DAY_PARTS,
} as const;

const DDAS_VALUES: Record<keyof typeof DEBT_CODES, readonly string[]> = {
  EnumOplossingssoort: shv.$defs.EnumOplossingssoort.enum,
  EnumUitstroomreden: shv.$defs.EnumUitstroomreden.enum,
  EnumBegeleidingssoort: shv.$defs.EnumBegeleidingssoort.enum,
  EnumSignaalpartner: vs.$defs.EnumSignaalpartner.enum,
  EnumSignaalstatus: vs.$defs.EnumSignaalstatus.enum,
  EnumEindresultaat: vs.$defs.EnumEindresultaat.enum,
  EnumContactsoort: vs.$defs.EnumContactsoort.enum,
  EnumDagdeel: vs.$defs.EnumDagdeel.enum,
};

describe('the DDAS code mapping (BR-DB44)', () => {
  for (const [enumeration, codes] of Object.entries(DEBT_CODES) as [
    keyof typeof DEBT_CODES,
    readonly string[],
  ][]) {
    it(`maps every debt code of ${enumeration}, and only those, to a value of the schema or to nothing`, () => {
      const table = DDAS_CODE_TABLES[enumeration] as Record<string, string | null>;
      expect(Object.keys(table).sort()).toEqual([...codes].sort());
      for (const code of codes) {
        const value = ddasCode(enumeration, code, 'test');
        if (value !== null) expect(DDAS_VALUES[enumeration]).toContain(value);
      }
    });
  }

  it('gives DDAS’s exact strings', () => {
    expect(ddasCode('EnumSignaalpartner', 'HUUR', 'x')).toBe('Huur');
    expect(ddasCode('EnumSignaalpartner', 'CAK_ZORGVERZEKERINGEN', 'x')).toBe('CAK Zorgverzekeringen');
    expect(ddasCode('EnumContactsoort', 'SMS_WHATSAPP', 'x')).toBe('SMS/Whatsapp');
    expect(ddasCode('EnumUitstroomreden', 'NIET_VERSCHENEN', 'x')).toBe('Nietverschenen');
    expect(ddasCode('EnumOplossingssoort', 'NUL_PROCENT_AANBOD', 'x')).toBe('0%-aanbod');
    expect(ddasCode('EnumSignaalstatus', 'WOONT_OP_ANDER_ADRES', 'x')).toBe(
      'Woont op een ander adres binnen gemeente',
    );
    expect(ddasCode('EnumBegeleidingssoort', 'BESCHERMINGSBEWIND', 'x')).toBe('Beschermingsbewind');
  });

  it('maps to nothing where DDAS has no value: the other solution, income management, curative help', () => {
    expect(ddasCode('EnumOplossingssoort', 'ANDERE_OPLOSSING', 'x')).toBeNull();
    expect(ddasCode('EnumBegeleidingssoort', 'INKOMENSBEHEER', 'x')).toBeNull();
    expect(ddasCode('EnumBegeleidingssoort', 'CURATIEVE_SCHULDHULPVERLENING', 'x')).toBeNull();
  });

  it('refuses a code it does not know, naming the enumeration, the code and where it came from', () => {
    expect(() => ddasCode('EnumSignaalpartner', 'GEMEENTE', 'DebtSignal s1.partner')).toThrow(
      UnknownCodeError,
    );
    expect(() => ddasCode('EnumSignaalpartner', 'GEMEENTE', 'DebtSignal s1.partner')).toThrow(
      'DebtSignal s1.partner: the code "GEMEENTE" has no value in DDAS EnumSignaalpartner',
    );
    expect(() => ddasCode('EnumDagdeel', 'toString', 'x')).toThrow(UnknownCodeError);
    expect(() => requiredDdasCode('EnumOplossingssoort', 'ANDERE_OPLOSSING', 'x')).toThrow(UnknownCodeError);
  });
});
