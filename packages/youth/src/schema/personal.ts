import { forbidden } from '@mienskip/kit/http';
import { type Caller, jeugdwetPurposeRefusal } from '@mienskip/kit/rules';
import type { SubgraphContext } from '@mienskip/kit/server';
import { ACCESS_LOG_UNAVAILABLE, ACCESS_LOG_UNAVAILABLE_MESSAGE } from '@mienskip/kit/server';
import { GraphQLError } from 'graphql';

/**
 * Doelbinding (BR-Y11, Jeugdwet art. 7.4.0): throws FORBIDDEN, with the kit's message naming the
 * header and the codes, unless the caller states a Jeugdwet purpose its key may use. Nothing is read.
 */
export function requireJeugdwetPurpose(context: SubgraphContext): void {
  const refusal = jeugdwetPurposeRefusal(context.caller);
  if (refusal) throw forbidden(refusal.message);
}

/**
 * A personal youth field (BR-Y11): the PERSONAL scope is on the field itself; here the stated purpose
 * is checked (doelbinding, Jeugdwet art. 7.4.0) and the read is logged once per child it concerns,
 * before the value is given. `childIds` names the children (clients' `Client` ids) the value is about.
 */
export function personalYouth<Parent, Value>(
  field: string,
  childIds: (parent: Parent, context: SubgraphContext) => readonly string[] | Promise<readonly string[]>,
  read: (parent: Parent, context: SubgraphContext) => Value | Promise<Value>,
) {
  return async (parent: Parent, _args: object, context: SubgraphContext): Promise<Value> => {
    requireJeugdwetPurpose(context);
    for (const childId of await childIds(parent, context)) context.accessLog.read('Client', childId, field);
    return read(parent, context);
  };
}

/**
 * A write of personal youth data (a child linked to youth care, advice, support): logged once per
 * child before the transaction commits; a write the access log did not take is rolled back.
 */
export async function logYouthWrite(
  context: SubgraphContext,
  childIds: readonly string[],
  fields: readonly string[],
): Promise<void> {
  for (const childId of childIds)
    for (const field of fields) context.accessLog.wrote('Client', childId, field);
  try {
    await context.accessLog.flushBeforeCommit();
  } catch {
    throw new GraphQLError(ACCESS_LOG_UNAVAILABLE_MESSAGE, { extensions: { code: ACCESS_LOG_UNAVAILABLE } });
  }
}

/**
 * The doelbinding refusal of a write of personal youth data (BR-Y11) as a typed error for the mutation's
 * payload (see `PURPOSE_ERRORS`), or null when the write may go ahead.
 */
export function purposeRefusal(caller: Caller) {
  return jeugdwetPurposeRefusal(caller) ?? null;
}
