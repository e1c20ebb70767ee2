import type { Caller } from '@mienskip/kit/rules';

/**
 * Which residents a key may see (BR-KT2, BR-KT4), decided on the caller's organisation and its kind
 * as the gateway signed them; the store turns the answer into SQL (`store/scoping.ts`).
 *
 * - `ALL`: the municipality's back office (kind `MUNICIPALITY`) sees every resident.
 * - `TEAM`: a municipal team (kind `MUNICIPAL_TEAM`: the JET, Sociale Zaken) sees the members of
 *   the households where it holds clients regie now (Sociale Zaken its regie on work and
 *   participation, BR-R3), and of the households the youth subgraph lists for it: those of the open
 *   youth cases it is involved in (the JET as process director; Jeugdwet procesregie is youth's,
 *   BR-CL15). Nothing else.
 * - `ENGAGED`: any other organisation (providers, volunteer organisations, partners) sees the
 *   residents with an engagement at that organisation.
 */
export type ClientVisibility =
  | { kind: 'ALL' }
  | { kind: 'TEAM'; organisationId: string; youthHouseholdIds: readonly string[] }
  | { kind: 'ENGAGED'; organisationId: string };

type CallerOrganisation = Pick<Caller, 'organisationId' | 'organisationKind'>;

/** Only a municipal team's sight depends on youth: only it pays for asking youth (BR-KT4). */
export function needsYouthCaseload(caller: CallerOrganisation): boolean {
  return caller.organisationKind === 'MUNICIPAL_TEAM';
}

/**
 * The caller's sight. `youthHouseholdIds`: the households youth lists for a municipal team's
 * organisation (its open youth cases); ignored for any other kind.
 */
export function clientVisibility(
  caller: CallerOrganisation,
  youthHouseholdIds: readonly string[] = [],
): ClientVisibility {
  switch (caller.organisationKind) {
    case 'MUNICIPALITY':
      return { kind: 'ALL' };
    case 'MUNICIPAL_TEAM':
      return { kind: 'TEAM', organisationId: caller.organisationId, youthHouseholdIds };
    default:
      return { kind: 'ENGAGED', organisationId: caller.organisationId };
  }
}
