import { describe, expect, it } from 'vitest';
import { buildVroegsignalen, vroegsignaal, wholeEuros } from '../../src/ddas/build-vroegsignalen.ts';
import { DdasInputError, UnknownCodeError } from '../../src/ddas/errors.ts';
import { schemaProblems } from '../../src/ddas/validate.ts';
import { ANNE, HEADER, PERIOD, SJOERD, signal } from './fixtures.ts';

describe('the vroegsignalen document', () => {
  it('gives a signal in DDAS’s shape, its attempts in date order, the client without BSN or name', () => {
    expect(vroegsignaal(signal(), PERIOD)).toEqual({
      signaalpartner: { type: 'Huur' },
      signaaldatum: '2021-04-01',
      bedrag: 812,
      crisissignaal: false,
      status: 'Opgepakt',
      vroegsignaalzaak: {
        resultaat: '(Budget)advies en/of quick fix',
        datum_opgepakt: '2021-04-06',
        contactpogingen: [
          { soort: 'SMS/Whatsapp', bereikt: true, datum: '2021-04-03', dagdeel: 'Ochtend' },
          { soort: 'Telefoon', bereikt: false, datum: '2021-04-05', dagdeel: 'Avond' },
        ],
      },
      client: {
        Geboortedatum: '1984-03-02',
        Postcode: '8911AB',
        Huisnummer: '12',
        Huisnummertoevoeging: 'a',
      },
    });
  });

  it('has DDAS’s header, and is valid', () => {
    const document = buildVroegsignalen(
      [signal(), signal({ id: 's2', client: SJOERD, partner: 'ENERGIE' })],
      HEADER,
    );
    expect(document).toMatchObject({
      startdatumLevering: '2021-01-01',
      einddatumLevering: '2021-12-31',
      aanleverdatumEnTijd: '2026-02-01T09:30:15Z',
      codeGegevensleverancier: 'MIENSKIP',
    });
    expect(document.vroegsignalen).toHaveLength(2);
    expect(schemaProblems('vroegsignalen.json', document)).toEqual([]);
  });

  it('takes the early signals received in the period, no late ones (BR-DB41)', () => {
    const document = buildVroegsignalen(
      [
        signal({ id: 'before', signalledOn: '2020-12-30', receivedOn: '2020-12-31' }),
        signal({ id: 'first-day', signalledOn: '2020-12-30', receivedOn: '2021-01-01', partner: 'WATER' }),
        signal({ id: 'last-day', signalledOn: '2021-12-31', receivedOn: '2021-12-31', partner: 'ZORG' }),
        signal({ id: 'after', signalledOn: '2021-12-31', receivedOn: '2022-01-01' }),
        signal({ id: 'late', kind: 'LAAT', partner: 'DUO' }),
      ],
      HEADER,
    );
    expect(document.vroegsignalen?.map((s) => s.signaalpartner.type)).toEqual(['Water', 'Zorg']);
  });

  it('leaves the list out when no signal falls in the period (DDAS asks at least one item)', () => {
    const document = buildVroegsignalen([signal({ receivedOn: '2022-02-01' })], HEADER);
    expect(document).not.toHaveProperty('vroegsignalen');
    expect(schemaProblems('vroegsignalen.json', document)).toEqual([]);
  });

  it('shows a signal as it stood at the period’s end (BR-DB42)', () => {
    const late = vroegsignaal(
      signal({
        receivedOn: '2021-12-20',
        signalledOn: '2021-12-19',
        pickedUpOn: '2022-01-04',
        closedOn: '2022-02-01',
        attempts: [
          { kind: 'BRIEF', attemptedOn: '2021-12-22', dayPart: 'MIDDAG', reached: false },
          { kind: 'HUISBEZOEK', attemptedOn: '2022-01-04', dayPart: 'MIDDAG', reached: true },
        ],
      }),
      PERIOD,
    );
    expect(late.status).toBe('Nog niet opgepakt');
    expect(late.vroegsignaalzaak).toEqual({
      contactpogingen: [{ soort: 'Brief', bereikt: false, datum: '2021-12-22', dagdeel: 'Middag' }],
    });
  });

  it('counts arrears in whole euros, from an integer or a Money string', () => {
    expect(wholeEuros(812, 'x')).toBe(812);
    expect(wholeEuros('312.50', 'x')).toBe(313);
    expect(wholeEuros('312.49', 'x')).toBe(312);
    expect(wholeEuros(null, 'x')).toBeUndefined();
    expect(() => wholeEuros('-3.00', 'DebtSignal s.arrears')).toThrow(
      'DebtSignal s.arrears: "-3.00" is no amount of arrears',
    );
    expect(() => wholeEuros('lots', 'x')).toThrow(DdasInputError);
    expect(vroegsignaal(signal({ arrears: null }), PERIOD)).not.toHaveProperty('bedrag');
  });

  it('refuses input it cannot deliver: unknown codes, a bad day, a client without identifying data', () => {
    expect(() => vroegsignaal(signal({ partner: 'GEMEENTE' }), PERIOD)).toThrow(UnknownCodeError);
    expect(() => vroegsignaal(signal({ status: 'KWIJT' }), PERIOD)).toThrow(UnknownCodeError);
    expect(() =>
      vroegsignaal(
        signal({
          attempts: [{ kind: 'DUIF', attemptedOn: '2021-04-03', dayPart: 'OCHTEND', reached: true }],
        }),
        PERIOD,
      ),
    ).toThrow(
      'DebtSignal debt-signal-1.attempts[0].kind: the code "DUIF" has no value in DDAS EnumContactsoort',
    );
    expect(() => vroegsignaal(signal({ signalledOn: '1-4-2021' }), PERIOD)).toThrow(DdasInputError);
    expect(() =>
      vroegsignaal(
        signal({
          client: { id: 'client-7', bsn: '999900006', dateOfBirth: null, postcode: null, address: null },
        }),
        PERIOD,
      ),
    ).toThrow(/client client-7 has no BSN, birth date, postcode or house number/);
  });

  it('writes no BSN, no pseudonym of it, no name and no street', () => {
    const text = JSON.stringify(buildVroegsignalen([signal(), signal({ id: 's2', client: SJOERD })], HEADER));
    for (const value of [ANNE.bsn, SJOERD.bsn, ANNE.name, 'Nieuwestad', 'burgerservicenummer', 'client-0000'])
      expect(text).not.toContain(value);
  });
});
