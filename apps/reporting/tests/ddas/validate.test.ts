import { describe, expect, it } from 'vitest';
import { buildSchuldhulpverlening } from '../../src/ddas/build-schuldhulpverlening.ts';
import { buildVroegsignalen } from '../../src/ddas/build-vroegsignalen.ts';
import { DdasInvalidDocumentError } from '../../src/ddas/errors.ts';
import { assertValid, schemaProblems } from '../../src/ddas/validate.ts';
import { fullCase, HEADER, SHV_OPTIONS, signal } from './fixtures.ts';

// biome-ignore lint/suspicious/noExplicitAny: documents are broken as plain JSON
const clone = (value: unknown): any => structuredClone(value);

describe('schema validation of the built documents (BR-DB46)', () => {
  const shv = buildSchuldhulpverlening([fullCase()], SHV_OPTIONS);
  const vs = buildVroegsignalen([signal()], HEADER);

  it('passes the documents the builders make', () => {
    expect(schemaProblems('schuldhulpverlening.json', shv)).toEqual([]);
    expect(schemaProblems('vroegsignalen.json', vs)).toEqual([]);
    expect(() => assertValid('vroegsignalen.json', vs)).not.toThrow();
  });

  it('refuses a BSN in clear where the pseudonym belongs, naming the path and the rule', () => {
    const broken = clone(shv);
    broken.leveringen[0].schuldhulptrajecten[0].client[0].burgerservicenummer = '999900006';
    expect(schemaProblems('schuldhulpverlening.json', broken)).toEqual([
      {
        path: '/leveringen/0/schuldhulptrajecten/0/client/0/burgerservicenummer',
        rule: '#/$defs/client/properties/burgerservicenummer/pattern',
        message: 'must match pattern "^[0-9a-f]{64}$"',
      },
    ]);
  });

  it('refuses a name, a value outside an enumeration, a missing field and a bad date', () => {
    const broken = clone(vs);
    broken.vroegsignalen[0].client.Achternaam = 'de Vries';
    broken.vroegsignalen[0].signaalpartner.type = 'HUUR';
    delete broken.vroegsignalen[0].signaaldatum;
    broken.startdatumLevering = '2021-13-01';
    const problems = schemaProblems('vroegsignalen.json', broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: '/vroegsignalen/0/client',
          message: 'must NOT have additional properties: Achternaam',
        }),
        expect.objectContaining({
          path: '/vroegsignalen/0/signaalpartner/type',
          rule: '#/$defs/EnumSignaalpartner/enum',
        }),
        expect.objectContaining({
          path: '/vroegsignalen/0',
          message: "must have required property 'signaaldatum'",
        }),
        expect.objectContaining({ path: '/startdatumLevering', message: 'must match format "date"' }),
      ]),
    );
  });

  it('throws a typed error that names the document, each path and rule, and that nothing was written', () => {
    const broken = clone(shv);
    broken.leveringen[0].schuldhulptrajecten[0].uitstroom.reden = 'Klaar';
    let error: unknown;
    try {
      assertValid('schuldhulpverlening.json', broken);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DdasInvalidDocumentError);
    expect((error as Error).message).toContain(
      'schuldhulpverlening.json breaks its DDAS schema, nothing was written',
    );
    expect((error as Error).message).toContain(
      '/leveringen/0/schuldhulptrajecten/0/uitstroom/reden: must be equal to one of the allowed values',
    );
    expect((error as Error).message).toContain('(#/$defs/EnumUitstroomreden/enum)');
    expect((error as DdasInvalidDocumentError).exitCode).toBe(4);
  });

  it('refuses two identical signals, as DDAS’s uniqueItems does', () => {
    const twice = clone(vs);
    twice.vroegsignalen.push(clone(vs.vroegsignalen![0]));
    expect(schemaProblems('vroegsignalen.json', twice)).toEqual([
      expect.objectContaining({ path: '/vroegsignalen', rule: '#/properties/vroegsignalen/uniqueItems' }),
    ]);
  });
});
