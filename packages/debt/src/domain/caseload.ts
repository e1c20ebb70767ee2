import type { Caller } from '@mienskip/kit/rules';

/**
 * BR-DB18: who may read an organisation's debt caseload (the households of the open debt cases it
 * registered or that were referred to it): a subgraph asking with its service token — clients, so that
 * a curative debt-help organisation sees the households of its referred cases — or a key of that
 * organisation itself. Nobody else learns whose households an organisation works with.
 */
export function mayReadCaseload(
  caller: Pick<Caller, 'keyId' | 'organisationId'>,
  organisationId: string,
): boolean {
  return caller.keyId.startsWith('service:') || caller.organisationId === organisationId;
}
