import type { Caller } from '@mienskip/kit/rules';

/**
 * Which youth cases a key may see (BR-Y10), decided on the caller's organisation and its kind as the
 * gateway signed them; the store turns the answer into SQL (`store/visibility.ts`).
 *
 * - `ALL`: the municipality's back office (kind `MUNICIPALITY`).
 * - `INVOLVED`: any other organisation sees the cases it is involved in: it opened the case, gives
 *   its light parenting support, was consulted or decided as the JET, is the process director's
 *   organisation, or the case was referred to it (a youth-care provider) or it cooperates on it (a
 *   gecertificeerde instelling). Nothing else — not even that other cases exist.
 */
export type YouthCaseVisibility = { kind: 'ALL' } | { kind: 'INVOLVED'; organisationId: string };

export function youthCaseVisibility(
  caller: Pick<Caller, 'organisationId' | 'organisationKind'>,
): YouthCaseVisibility {
  return caller.organisationKind === 'MUNICIPALITY'
    ? { kind: 'ALL' }
    : { kind: 'INVOLVED', organisationId: caller.organisationId };
}
