import type { Caller } from '@mienskip/kit/rules';

/**
 * Which residents a key may see (BR-KT2, BR-KT4), decided on the caller's organisation and its kind
 * as the gateway signed them; the store turns the answer into SQL (`store/scoping.ts`).
 *
 * - `ALL`: the municipality's back office (kind `MUNICIPALITY`) sees every resident.
 * - `REGIE`: a municipal team (kind `MUNICIPAL_TEAM`: the JET, Sociale Zaken) sees the members of
 *   the households where it holds regie now — the JET its Jeugdwet procesregie, Sociale Zaken its
 *   regie on work and participation (BR-R2, BR-R3); later also the households of its youth cases.
 * - `ENGAGED`: any other organisation (providers, volunteer organisations, partners) sees the
 *   residents with an engagement at that organisation.
 */
export type ClientVisibility =
  | { kind: 'ALL' }
  | { kind: 'REGIE'; organisationId: string }
  | { kind: 'ENGAGED'; organisationId: string };

export function clientVisibility(
  caller: Pick<Caller, 'organisationId' | 'organisationKind'>,
): ClientVisibility {
  switch (caller.organisationKind) {
    case 'MUNICIPALITY':
      return { kind: 'ALL' };
    case 'MUNICIPAL_TEAM':
      return { kind: 'REGIE', organisationId: caller.organisationId };
    default:
      return { kind: 'ENGAGED', organisationId: caller.organisationId };
  }
}
