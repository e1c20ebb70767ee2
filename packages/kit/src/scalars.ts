import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { isIsoDate } from './dates.ts';
import { formatMoney, isMoneyString, parseMoney } from './money.ts';

/**
 * Scalars check shape only. A scalar that refuses its input fails the whole operation, so domain
 * rules (the BSN 11-proef, a date range, an amount's bounds) live in the subgraphs as typed errors.
 */

function stringLiteral(ast: ValueNode, name: string): string {
  if (ast.kind !== Kind.STRING) throw new GraphQLError(`${name} must be given as a string`, { nodes: ast });
  return ast.value;
}

function inputString(value: unknown, name: string): string {
  if (typeof value !== 'string') throw new GraphQLError(`${name} must be a string`);
  return value;
}

function parseDate(value: string): string {
  if (!isIsoDate(value)) throw new GraphQLError(`Date must be a calendar date as YYYY-MM-DD, got "${value}"`);
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date without time zone, ISO 8601 `YYYY-MM-DD` (datum).',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return parseDate(inputString(value, 'Date'));
  },
  parseValue: (value) => parseDate(inputString(value, 'Date')),
  parseLiteral: (ast) => parseDate(stringLiteral(ast, 'Date')),
});

const DATE_TIME_PATTERN =
  /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

function parseDateTime(value: string): Date {
  const date = new Date(value);
  if (!DATE_TIME_PATTERN.test(value) || Number.isNaN(date.getTime()) || !isIsoDate(value.slice(0, 10))) {
    throw new GraphQLError(`DateTime must be RFC 3339 with a time zone offset, got "${value}"`);
  }
  return date;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'A moment in time, RFC 3339 with offset, e.g. `2021-01-01T09:00:00Z` (tijdstip).',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString();
    return parseDateTime(inputString(value, 'DateTime')).toISOString();
  },
  parseValue: (value) => parseDateTime(inputString(value, 'DateTime')),
  parseLiteral: (ast) => parseDateTime(stringLiteral(ast, 'DateTime')),
});

function readMoney(value: string): bigint {
  if (!isMoneyString(value)) {
    throw new GraphQLError(
      `Money must be a decimal string with two decimals, like "1234.50", got "${value}"`,
    );
  }
  const cents = parseMoney(value);
  // Stored as bigint cents: anything beyond 64 bits is no amount anyone means.
  if (cents > MAX_CENTS || cents < -MAX_CENTS) {
    throw new GraphQLError(`Money lies between -${formatMoney(MAX_CENTS)} and ${formatMoney(MAX_CENTS)}`);
  }
  return cents;
}

const MAX_CENTS = 2n ** 63n - 1n;

export const MoneyScalar = new GraphQLScalarType<bigint, string>({
  name: 'Money',
  description:
    'An exact amount in euros as a decimal string with two decimals, e.g. `"25844938.00"` (bedrag). ' +
    'Never a JSON number: GraphQL Int is 32-bit and floats are inexact.',
  serialize: (value) => {
    if (typeof value === 'bigint' || typeof value === 'number' || typeof value === 'string') {
      return formatMoney(value);
    }
    throw new GraphQLError('Money cannot be serialised from this value');
  },
  parseValue: (value) => readMoney(inputString(value, 'Money')),
  parseLiteral: (ast) => readMoney(stringLiteral(ast, 'Money')),
});

function readBsn(value: string): string {
  if (!/^\d{9}$/.test(value)) throw new GraphQLError('Bsn must be exactly nine digits');
  return value;
}

export const BsnScalar = new GraphQLScalarType<string, string>({
  name: 'Bsn',
  description:
    'Burgerservicenummer: nine digits, as a string to keep leading zeros. The scalar checks the shape only; ' +
    'the 11-proef is checked by the mutation, which answers with an `InvalidBsnError`.',
  serialize: (value) => readBsn(inputString(value, 'Bsn')),
  parseValue: (value) => readBsn(inputString(value, 'Bsn')),
  parseLiteral: (ast) => readBsn(stringLiteral(ast, 'Bsn')),
});

const LOCAL_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

function parseLocalTime(value: string): string {
  if (!LOCAL_TIME_PATTERN.test(value))
    throw new GraphQLError(`LocalTime must be HH:MM from 00:00 to 23:59, got "${value}"`);
  return value;
}

export const LocalTimeScalar = new GraphQLScalarType<string, string>({
  name: 'LocalTime',
  description: 'A time of day without date or zone, `HH:MM` on a 24-hour clock (tijdstip op de dag).',
  serialize: (value) => parseLocalTime(inputString(value, 'LocalTime').slice(0, 5)),
  parseValue: (value) => parseLocalTime(inputString(value, 'LocalTime')),
  parseLiteral: (ast) => parseLocalTime(stringLiteral(ast, 'LocalTime')),
});
