import { type Caller, statisticsPeriodRefusalFor } from '@mienskip/kit/rules';
import { GraphQLError } from 'graphql';
import { dateRangeProblem } from '../domain/date-range.ts';
import { toTime, type Weekday as WeekdayValue } from '../domain/time.ts';
import { builder } from './builder.ts';

const WEEKDAY_VALUES: Record<WeekdayValue, { description: string }> = {
  MONDAY: { description: 'Maandag.' },
  TUESDAY: { description: 'Dinsdag.' },
  WEDNESDAY: { description: 'Woensdag.' },
  THURSDAY: { description: 'Donderdag.' },
  FRIDAY: { description: 'Vrijdag.' },
  SATURDAY: { description: 'Zaterdag.' },
  SUNDAY: { description: 'Zondag.' },
};

export const Weekday = builder.enumType('Weekday', {
  description: 'Day of the week (weekdag); weeks start on Monday.',
  values: WEEKDAY_VALUES,
});

/** Resolvers for the `from`/`to` LocalTime fields of a stored period. */
export const from = (period: { fromMinute: number }) => toTime(period.fromMinute);
export const to = (period: { toMinute: number }) => toTime(period.toMinute);

/** A date range in a query's arguments that breaks its bounds is bad input (the arguments, not a rule). */
export function requireDateRange(from: string, to: string, maxDays: number, what?: string): void {
  const problem = dateRangeProblem(from, to, maxDays, what);
  if (problem) throw new GraphQLError(problem, { extensions: { code: 'BAD_USER_INPUT' } });
}

/**
 * A statistic's period for a key without personal-data is whole calendar months (BR-KT5); anything
 * else is bad input, naming the argument.
 */
export function requireStatisticsPeriod(caller: Caller, from: string, to: string): void {
  const refusal = statisticsPeriodRefusalFor(caller, from, to);
  if (refusal)
    throw new GraphQLError(refusal.message, { extensions: { code: 'BAD_USER_INPUT', field: refusal.field } });
}
