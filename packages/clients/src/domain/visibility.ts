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
 *   residents with an engagement at that organisation, and the members of the households youth lists
 *   for it: those of the youth cases referred to it (a youth-care provider) or that it works on.
 */
export type ClientVisibility =
  | { kind: 'ALL' }
  | { kind: 'TEAM'; organisationId: string; youthHouseholdIds: readonly string[] }
  | { kind: 'ENGAGED'; organisationId: string; youthHouseholdIds: readonly string[] };

type CallerOrganisation = Pick<Caller, 'organisationId' | 'organisationKind'>;

/** Every sight but the municipality's depends on youth: the others pay for asking it (BR-KT4). */
export function needsYouthCaseload(caller: CallerOrganisation): boolean {
  return caller.organisationKind !== 'MUNICIPALITY';
}

/**
 * Without youth, a team sees too little to work with, so its request fails; any other organisation
 * keeps what clients alone lets it see (its engagements): a youth outage never takes down clients.
 */
export function mustFailWithoutYouth(caller: CallerOrganisation): boolean {
  return caller.organisationKind === 'MUNICIPAL_TEAM';
}

/**
 * The caller's sight. `youthHouseholdIds`: the households youth lists for the caller's organisation
 * (its open youth cases); ignored for the municipality, which sees every resident.
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
      return { kind: 'ENGAGED', organisationId: caller.organisationId, youthHouseholdIds };
  }
}
