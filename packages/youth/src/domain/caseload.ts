import type { Caller } from '@mienskip/kit/rules';

/**
 * BR-Y14: who may read an organisation's youth caseload (the households of the open cases it is
 * involved in): the clients subgraph asking with its service token — it lets the JET and youth-care
 * providers see the households and children of their cases — or a key of that organisation itself.
 * Nobody else learns whose households an organisation works with.
 */
export function mayReadCaseload(
  caller: Pick<Caller, 'keyId' | 'organisationId'>,
  organisationId: string,
): boolean {
  return caller.keyId.startsWith('service:') || caller.organisationId === organisationId;
}
