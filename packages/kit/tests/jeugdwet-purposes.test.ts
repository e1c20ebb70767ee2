import { describe, expect, it } from 'vitest';
import {
  type Caller,
  isJeugdwetPurpose,
  JEUGDWET_PURPOSE_CODES,
  JEUGDWET_PURPOSES,
  type JeugdwetPurpose,
  jeugdwetPurposeRefusal,
  PURPOSE_HEADER,
  PurposeNotAllowedError,
  PurposeRequiredError,
  parseJeugdwetPurpose,
  parsePurpose,
} from '../src/rules.ts';

// Doelbinding for personal youth data (Jeugdwet art. 7.4.0 lid 1, onderdelen a–d).

const caller = (purpose?: string, allowed?: readonly JeugdwetPurpose[]): Caller => ({
  keyId: 'key',
  organisationId: 'org-jet',
  organisationKind: 'MUNICIPAL_TEAM',
  scopes: new Set(['youth:read', 'personal-data']),
  requestId: 'request',
  ...(purpose !== undefined && { purpose }),
  ...(allowed && { allowedPurposes: new Set(allowed) }),
});

describe('the Jeugdwet purposes', () => {
  it('are the four of art. 7.4.0 lid 1, a to d, each described in English and Dutch', () => {
    expect(JEUGDWET_PURPOSE_CODES).toEqual(['TOELEIDING', 'KINDERBESCHERMING', 'BEKOSTIGING', 'CONTROLE']);
    expect(JEUGDWET_PURPOSES.map(({ code, clause }) => [code, clause])).toEqual([
      ['TOELEIDING', 'a'],
      ['KINDERBESCHERMING', 'b'],
      ['BEKOSTIGING', 'c'],
      ['CONTROLE', 'd'],
    ]);
    for (const { description, dutch } of JEUGDWET_PURPOSES) {
      expect(description.length).toBeGreaterThan(5);
      expect(dutch.length).toBeGreaterThan(5);
    }
    expect(JEUGDWET_PURPOSES[1]!.dutch).toMatch(/Raad voor de Kinderbescherming.*jeugdreclassering/);
    expect(JEUGDWET_PURPOSES[3]!.dutch).toMatch(/fraudeonderzoek/);
  });

  it('are known by their codes only', () => {
    expect(isJeugdwetPurpose('BEKOSTIGING')).toBe(true);
    for (const other of ['bekostiging', 'REGIE', '', undefined, 42])
      expect(isJeugdwetPurpose(other)).toBe(false);
  });
});

describe('parseJeugdwetPurpose', () => {
  it('reads a code alone, or a code, a colon and free text', () => {
    expect(parseJeugdwetPurpose('TOELEIDING')).toEqual({ code: 'TOELEIDING' });
    expect(parseJeugdwetPurpose('TOELEIDING: gesprek met het gezin')).toEqual({
      code: 'TOELEIDING',
      note: 'gesprek met het gezin',
    });
    expect(parseJeugdwetPurpose('CONTROLE :signaal: dubbele declaratie')).toEqual({
      code: 'CONTROLE',
      note: 'signaal: dubbele declaratie',
    });
    expect(parseJeugdwetPurpose('BEKOSTIGING:')).toEqual({ code: 'BEKOSTIGING' });
  });

  it('takes the header as the gateway carries it (trimmed printable text)', () => {
    expect(parseJeugdwetPurpose(parsePurpose('  KINDERBESCHERMING: verzoek Raad  '))).toEqual({
      code: 'KINDERBESCHERMING',
      note: 'verzoek Raad',
    });
  });

  it.each([
    ['no purpose', undefined],
    ['free text only', 'Herindicatie Wmo'],
    ['a code without its colon', 'TOELEIDING gesprek met het gezin'],
    ['a code in other letters', 'toeleiding: gesprek'],
    ['a longer word', 'TOELEIDINGEN'],
    ['a code after other text', 'gesprek: TOELEIDING'],
    ['the clause letter', 'a: toeleiding'],
  ])('finds no Jeugdwet purpose in %s', (_case, stated) => {
    expect(parseJeugdwetPurpose(stated)).toBeUndefined();
  });
});

describe('jeugdwetPurposeRefusal (doelbinding before a personal read of youth data, BR-KT6)', () => {
  it('refuses a caller that states no purpose, naming the header and the four codes', () => {
    const refusal = jeugdwetPurposeRefusal(caller());
    expect(refusal).toBeInstanceOf(PurposeRequiredError);
    expect(refusal).toMatchObject({ purposeStated: false, header: PURPOSE_HEADER });
    expect(refusal!.message).toMatch(/^No purpose was stated/);
    expect(refusal!.message).toContain('x-mienskip-purpose');
    for (const code of JEUGDWET_PURPOSE_CODES) expect(refusal!.message).toContain(code);
    expect((refusal as PurposeRequiredError).purposes).toEqual(JEUGDWET_PURPOSE_CODES);
  });

  it('refuses a caller whose purpose names no Jeugdwet purpose, without repeating its free text', () => {
    const refusal = jeugdwetPurposeRefusal(caller('Gesprek met Jan de Vries'));
    expect(refusal).toBeInstanceOf(PurposeRequiredError);
    expect(refusal).toMatchObject({ purposeStated: true });
    expect(refusal!.message).toMatch(/^The stated purpose names no Jeugdwet purpose/);
    expect(refusal!.message).not.toContain('Jan de Vries');
  });

  it('refuses a purpose the key is not limited to, naming it and the key’s purposes', () => {
    const refusal = jeugdwetPurposeRefusal(caller('CONTROLE: steekproef', ['BEKOSTIGING', 'TOELEIDING']));
    expect(refusal).toBeInstanceOf(PurposeNotAllowedError);
    expect(refusal).toMatchObject({
      purpose: 'CONTROLE',
      allowedPurposes: ['TOELEIDING', 'BEKOSTIGING'],
      header: PURPOSE_HEADER,
    });
    expect(refusal!.message).toContain('only for TOELEIDING, BEKOSTIGING, not for CONTROLE');
    expect(refusal!.message).toContain('x-mienskip-purpose');
    expect(refusal!.message).not.toContain('steekproef');
  });

  it('refuses every purpose for a key limited to none', () => {
    for (const code of JEUGDWET_PURPOSE_CODES)
      expect(jeugdwetPurposeRefusal(caller(code, []))).toBeInstanceOf(PurposeNotAllowedError);
  });

  it('still asks for a purpose before looking at the key’s limits', () => {
    expect(jeugdwetPurposeRefusal(caller(undefined, ['TOELEIDING']))).toBeInstanceOf(PurposeRequiredError);
  });

  it('accepts a stated purpose the key is limited to, and any purpose of a key that is not limited', () => {
    expect(
      jeugdwetPurposeRefusal(caller('TOELEIDING: gesprek met het gezin', ['TOELEIDING'])),
    ).toBeUndefined();
    expect(jeugdwetPurposeRefusal(caller('BEKOSTIGING', ['TOELEIDING', 'BEKOSTIGING']))).toBeUndefined();
    for (const code of JEUGDWET_PURPOSE_CODES) expect(jeugdwetPurposeRefusal(caller(code))).toBeUndefined();
  });
});
