import { GraphQLError, parseValue as parseLiteralValue } from 'graphql';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../src/dates.ts';
import { BsnScalar, DateScalar, DateTimeScalar, MoneyScalar } from '../src/scalars.ts';

/** Parses GraphQL literal source (e.g. `"2021-01-01"` or `12.5`) into the AST node a scalar receives. */
const literal = (source: string) => parseLiteralValue(source);

describe('isIsoDate', () => {
  it('accepts real calendar dates, including a leap day', () => {
    expect(isIsoDate('2021-01-01')).toBe(true);
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });

  it('refuses impossible dates and other shapes', () => {
    for (const value of [
      '2021-02-29',
      '1900-02-29',
      '2021-02-30',
      '2021-13-01',
      '2021-00-10',
      '2021-04-31',
    ]) {
      expect(isIsoDate(value), value).toBe(false);
    }
    for (const value of ['2021-1-1', '21-01-01', '2021/01/01', '2021-01-01T00:00:00Z', '']) {
      expect(isIsoDate(value), value).toBe(false);
    }
  });
});

describe('Date scalar', () => {
  it('parses a calendar date from variables and literals', () => {
    expect(DateScalar.parseValue('2021-01-31')).toBe('2021-01-31');
    expect(DateScalar.parseLiteral(literal('"2020-02-29"'))).toBe('2020-02-29');
  });

  it.each(['2021-02-30', '2021-13-01', '2021-1-1', '2021-01-01T00:00:00Z', '', 'tomorrow'])(
    'refuses %j',
    (value) => {
      expect(() => DateScalar.parseValue(value)).toThrow(GraphQLError);
      expect(() => DateScalar.parseLiteral(literal(JSON.stringify(value)))).toThrow(GraphQLError);
      expect(() => DateScalar.serialize(value)).toThrow(GraphQLError);
    },
  );

  it('refuses non-strings', () => {
    expect(() => DateScalar.parseValue(20210101)).toThrow('Date must be a string');
    expect(() => DateScalar.parseValue(null)).toThrow(GraphQLError);
    expect(() => DateScalar.parseLiteral(literal('20210101'))).toThrow('Date must be given as a string');
  });

  it('serialises strings and Date objects as YYYY-MM-DD', () => {
    expect(DateScalar.serialize('2021-03-04')).toBe('2021-03-04');
    expect(DateScalar.serialize(new Date(Date.UTC(2021, 2, 4)))).toBe('2021-03-04');
  });
});

describe('DateTime scalar', () => {
  it('accepts Z and an offset', () => {
    expect(DateTimeScalar.parseValue('2021-01-01T09:00:00Z')).toEqual(new Date(Date.UTC(2021, 0, 1, 9)));
    expect(DateTimeScalar.parseValue('2021-01-01T09:00:00+01:00')).toEqual(new Date(Date.UTC(2021, 0, 1, 8)));
    expect(DateTimeScalar.parseValue('2021-01-01T09:00:00.123-02:30')).toEqual(
      new Date(Date.UTC(2021, 0, 1, 11, 30, 0, 123)),
    );
    expect(DateTimeScalar.parseLiteral(literal('"2021-01-01T09:00:00+01:00"'))).toEqual(
      new Date('2021-01-01T08:00:00Z'),
    );
  });

  it('returns a Date from parseValue', () => {
    expect(DateTimeScalar.parseValue('2021-06-01T12:00:00Z')).toBeInstanceOf(Date);
  });

  it.each([
    '2021-01-01T09:00:00',
    '2021-01-01 09:00:00Z',
    '2021-01-01',
    '2021-02-30T09:00:00Z',
    '2021-13-01T09:00:00Z',
    '2021-01-01T25:00:00Z',
    '2021-01-01T09:00Z',
    '2021-01-01T09:00:00+0100',
    '',
  ])('refuses %j', (value) => {
    expect(() => DateTimeScalar.parseValue(value)).toThrow(GraphQLError);
    expect(() => DateTimeScalar.parseLiteral(literal(JSON.stringify(value)))).toThrow(GraphQLError);
  });

  it('refuses non-strings', () => {
    expect(() => DateTimeScalar.parseValue(Date.UTC(2021, 0, 1))).toThrow('DateTime must be a string');
    expect(() => DateTimeScalar.parseLiteral(literal('1609491600000'))).toThrow(
      'DateTime must be given as a string',
    );
  });

  it('serialises Date objects and offset strings as UTC ISO strings', () => {
    expect(DateTimeScalar.serialize(new Date(Date.UTC(2021, 0, 1, 9)))).toBe('2021-01-01T09:00:00.000Z');
    expect(DateTimeScalar.serialize('2021-01-01T09:00:00+01:00')).toBe('2021-01-01T08:00:00.000Z');
    expect(() => DateTimeScalar.serialize('2021-01-01T09:00:00')).toThrow(GraphQLError);
  });
});

describe('Money scalar', () => {
  it('refuses amounts beyond 64-bit cents, which the database cannot hold', () => {
    expect(MoneyScalar.parseValue('92233720368547758.07')).toBe(2n ** 63n - 1n);
    expect(() => MoneyScalar.parseValue('92233720368547758.08')).toThrow(/Money lies between/);
    expect(() => MoneyScalar.parseValue('-99999999999999999999.99')).toThrow(/Money lies between/);
  });

  it('parses a two-decimal string into bigint cents', () => {
    expect(MoneyScalar.parseValue('25844938.00')).toBe(2584493800n);
    expect(MoneyScalar.parseValue('-0.05')).toBe(-5n);
    expect(MoneyScalar.parseLiteral(literal('"1234.50"'))).toBe(123450n);
  });

  it('refuses a JSON number', () => {
    expect(() => MoneyScalar.parseValue(12.5)).toThrow(GraphQLError);
    expect(() => MoneyScalar.parseValue(12)).toThrow(GraphQLError);
    expect(() => MoneyScalar.parseLiteral(literal('12'))).toThrow('Money must be given as a string');
    expect(() => MoneyScalar.parseLiteral(literal('12.50'))).toThrow('Money must be given as a string');
  });

  it.each(['12.5', '12', '12.505', '1,50', '', 'abc', '€12.50'])('refuses the string %j', (value) => {
    expect(() => MoneyScalar.parseValue(value)).toThrow(GraphQLError);
    expect(() => MoneyScalar.parseLiteral(literal(JSON.stringify(value)))).toThrow(GraphQLError);
  });

  it('serialises bigint, safe integers and digit strings as a decimal string', () => {
    expect(MoneyScalar.serialize(2584493800n)).toBe('25844938.00');
    expect(MoneyScalar.serialize(5)).toBe('0.05');
    expect(MoneyScalar.serialize('-123450')).toBe('-1234.50');
  });

  it('refuses to serialise a non-integer or another type', () => {
    expect(() => MoneyScalar.serialize(12.5)).toThrow();
    expect(() => MoneyScalar.serialize(null)).toThrow(GraphQLError);
    expect(() => MoneyScalar.serialize({ cents: 1 })).toThrow(GraphQLError);
  });
});

describe('Bsn scalar', () => {
  it('accepts nine digits without checking the 11-proef', () => {
    expect(BsnScalar.parseValue('123456789')).toBe('123456789');
    expect(BsnScalar.parseValue('012345678')).toBe('012345678');
    expect(BsnScalar.parseLiteral(literal('"123456789"'))).toBe('123456789');
    expect(BsnScalar.serialize('111222333')).toBe('111222333');
  });

  it.each(['12345678', '1234567890', '12345678a', '', '123 456 789'])('refuses %j', (value) => {
    expect(() => BsnScalar.parseValue(value)).toThrow(GraphQLError);
    expect(() => BsnScalar.parseLiteral(literal(JSON.stringify(value)))).toThrow(GraphQLError);
    expect(() => BsnScalar.serialize(value)).toThrow(GraphQLError);
  });

  it('refuses numbers', () => {
    expect(() => BsnScalar.parseValue(123456789)).toThrow('Bsn must be a string');
    expect(() => BsnScalar.parseLiteral(literal('123456789'))).toThrow('Bsn must be given as a string');
    expect(() => BsnScalar.serialize(111222333)).toThrow(GraphQLError);
  });
});

describe('edge cases of dates and times', () => {
  it('accepts years before 100 as written', () => {
    expect(isIsoDate('0099-01-01')).toBe(true);
    expect(isIsoDate('0004-02-29')).toBe(true);
    expect(isIsoDate('0100-02-29')).toBe(false);
  });

  it('refuses hour 24 and minute 60 in a DateTime', () => {
    expect(() => DateTimeScalar.parseValue('2021-01-01T24:00:00Z')).toThrow();
    expect(() => DateTimeScalar.parseValue('2021-01-01T23:60:00Z')).toThrow();
    expect(DateTimeScalar.parseValue('2021-01-01T23:59:59+01:00')).toEqual(new Date('2021-01-01T22:59:59Z'));
  });
});
