import { GraphQLError } from 'graphql';

/**
 * A query's date range, `from` to `to` inclusive: not reversed and at most `maxDays` long, so that
 * no single request reads an unbounded history. Refused as bad input (the arguments, not a rule).
 */
export function checkDateRange(from: string, to: string, maxDays: number, what = 'A period'): void {
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  if (days < 0)
    throw new GraphQLError('`to` must not be before `from`', { extensions: { code: 'BAD_USER_INPUT' } });
  if (days >= maxDays) {
    throw new GraphQLError(`${what} is at most ${maxDays} days`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
}
