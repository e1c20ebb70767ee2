import { describe, expect, it } from 'vitest';
import { ddasClient, ddasPostcode, houseNumberOf } from '../../src/ddas/client-identity.ts';
import { ANNE, SECRET } from './fixtures.ts';

describe('a client’s identifying data as DDAS asks it', () => {
  it('writes the postcode as AN6 without a space, and leaves out what is no postcode', () => {
    expect(ddasPostcode('8911 ab')).toBe('8911AB');
    expect(ddasPostcode('8911AB')).toBe('8911AB');
    expect(ddasPostcode('0911 AB')).toBeUndefined();
    expect(ddasPostcode(null)).toBeUndefined();
  });

  it('takes the house number and its addition from the address, never the street', () => {
    expect(houseNumberOf('Nieuwestad 12')).toEqual({ Huisnummer: '12' });
    expect(houseNumberOf('Tuinen 4a')).toEqual({ Huisnummer: '4', Huisnummertoevoeging: 'a' });
    expect(houseNumberOf('Oude Oosterstraat 9-2')).toEqual({ Huisnummer: '9', Huisnummertoevoeging: '2' });
    expect(houseNumberOf('Voorstreek 120 A')).toEqual({ Huisnummer: '120', Huisnummertoevoeging: 'A' });
    expect(houseNumberOf('Postbus')).toEqual({});
    expect(houseNumberOf(null)).toEqual({});
  });

  it('pseudonymises the BSN only when given the secret (schuldhulpverlening), never writes the name', () => {
    expect(ddasClient(ANNE, 'x')).toEqual({
      Geboortedatum: '1984-03-02',
      Postcode: '8911AB',
      Huisnummer: '12',
      Huisnummertoevoeging: 'a',
    });
    const withPseudonym = ddasClient(ANNE, 'x', SECRET);
    expect(withPseudonym.burgerservicenummer).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(withPseudonym)).not.toMatch(/999900006|Anne|Vries|Nieuwestad/);
  });
});
