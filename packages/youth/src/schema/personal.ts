import { jeugdwetPurposeRefusal } from '@mienskip/kit/rules';
import type { SubgraphContext } from '@mienskip/kit/server';

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
    const refusal = jeugdwetPurposeRefusal(context.caller);
    if (refusal) throw refusal;
    for (const childId of await childIds(parent, context)) context.accessLog.read('Client', childId, field);
    return read(parent, context);
  };
}
