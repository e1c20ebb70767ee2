import type { SubgraphContext } from '@mienskip/kit/server';
import { ACCESS_LOG_UNAVAILABLE, ACCESS_LOG_UNAVAILABLE_MESSAGE } from '@mienskip/kit/server';
import { GraphQLError } from 'graphql';

/**
 * A personal debt field (BR-DB17): who has debts is personal data about a client's finances. The
 * PERSONAL scope is on the field itself; here the read is logged once per client it concerns, before
 * the value is given. `clientIds` names the clients (clients' `Client` ids) the value is about.
 */
export function personalDebt<Parent, Value>(
  field: string,
  clientIds: (parent: Parent, context: SubgraphContext) => readonly string[] | Promise<readonly string[]>,
  read: (parent: Parent, context: SubgraphContext) => Value | Promise<Value>,
) {
  return async (parent: Parent, _args: object, context: SubgraphContext): Promise<Value> => {
    for (const clientId of await clientIds(parent, context))
      context.accessLog.read('Client', clientId, field);
    return read(parent, context);
  };
}

/**
 * A write of personal debt data (a client linked to debt help, a phase, a referral): logged once per
 * client before the transaction commits; a write the access log did not take is rolled back.
 */
export async function logDebtWrite(
  context: SubgraphContext,
  clientIds: readonly string[],
  fields: readonly string[],
): Promise<void> {
  for (const clientId of clientIds)
    for (const field of fields) context.accessLog.wrote('Client', clientId, field);
  try {
    await context.accessLog.flushBeforeCommit();
  } catch {
    throw new GraphQLError(ACCESS_LOG_UNAVAILABLE_MESSAGE, { extensions: { code: ACCESS_LOG_UNAVAILABLE } });
  }
}
