import { describe, expect, it } from 'vitest';
import { formatMoney, isMoneyString, parseMoney, toCents } from '../src/money.ts';

describe('parseMoney', () => {
  it.each([
    ['0.00', 0n],
    ['0.05', 5n],
    ['0.50', 50n],
    ['1.00', 100n],
    ['1234.50', 123450n],
    ['-1234.50', -123450n],
    ['-0.05', -5n],
    ['25844938.00', 2584493800n],
    ['92233720368547758.07', 9223372036854775807n],
    ['123456789012345678901.23', 12345678901234567890123n],
  ])('parses %s as %s cents', (text, cents) => {
    expect(parseMoney(text)).toBe(cents);
  });

  it('parses amounts beyond the 32-bit integer range exactly', () => {
    const cents = parseMoney('25844938.00');
    expect(cents > 2n ** 31n).toBe(true);
    expect(cents).toBe(2584493800n);
  });

  it.each([
    '1.5',
    '1,50',
    '1.505',
    '',
    'abc',
    '1',
    '.50',
    '1.',
    '+1.00',
    '1.50 ',
    ' 1.50',
    '1e3.00',
    '--1.00',
  ])('refuses %j', (text) => {
    expect(() => parseMoney(text)).toThrow(TypeError);
    expect(isMoneyString(text)).toBe(false);
  });
});

describe('formatMoney', () => {
  it.each([
    [0n, '0.00'],
    [5n, '0.05'],
    [50n, '0.50'],
    [100n, '1.00'],
    [123450n, '1234.50'],
    [-5n, '-0.05'],
    [-123450n, '-1234.50'],
    [2584493800n, '25844938.00'],
    [12345678901234567890123n, '123456789012345678901.23'],
  ])('formats %s cents as %s', (cents, text) => {
    expect(formatMoney(cents)).toBe(text);
  });

  it('accepts a safe integer number', () => {
    expect(formatMoney(123450)).toBe('1234.50');
    expect(formatMoney(-7)).toBe('-0.07');
    expect(formatMoney(Number.MAX_SAFE_INTEGER)).toBe('90071992547409.91');
  });

  it('accepts digit strings, as the pg driver returns SUM of a bigint column', () => {
    expect(formatMoney('2584493800')).toBe('25844938.00');
    expect(formatMoney('-5')).toBe('-0.05');
    expect(formatMoney('12345678901234567890123')).toBe('123456789012345678901.23');
  });

  it.each([1.5, 0.1, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1])(
    'refuses the number %s',
    (value) => {
      expect(() => formatMoney(value)).toThrow(TypeError);
    },
  );

  it.each(['1.50', '', 'abc', '1e3', ' 12'])('refuses the string %j', (value) => {
    expect(() => formatMoney(value)).toThrow(TypeError);
  });

  it('round-trips with parseMoney', () => {
    for (const text of [
      '0.00',
      '0.05',
      '0.99',
      '-0.01',
      '1.00',
      '-1234.56',
      '25844938.00',
      '99999999999.99',
    ]) {
      expect(formatMoney(parseMoney(text))).toBe(text);
    }
    for (const cents of [0n, 1n, -1n, 99n, 100n, -100n, 2584493800n, 2n ** 70n, -(2n ** 70n)]) {
      expect(parseMoney(formatMoney(cents))).toBe(cents);
    }
  });
});

describe('toCents', () => {
  it('returns a bigint unchanged', () => {
    expect(toCents(2584493800n)).toBe(2584493800n);
  });

  it('converts safe integers and digit strings', () => {
    expect(toCents(42)).toBe(42n);
    expect(toCents(-42)).toBe(-42n);
    expect(toCents('2584493800')).toBe(2584493800n);
    expect(toCents('-1')).toBe(-1n);
  });

  it('refuses non-integers', () => {
    expect(() => toCents(0.5)).toThrow(TypeError);
    expect(() => toCents('0.5')).toThrow(TypeError);
    expect(() => toCents('')).toThrow(TypeError);
    expect(() => toCents('12a')).toThrow(TypeError);
  });
});
