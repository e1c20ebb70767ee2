import type { Caller } from '@mienskip/kit/rules';

/**
 * Which residents a key may see (BR-KT2, BR-KT4), decided on the caller's organisation and its kind
 * as the gateway signed them; the store turns the answer into SQL (`store/scoping.ts`).
 *
 * - `ALL`: the municipality's back office (kind `MUNICIPALITY`) sees every resident.
 * - `TEAM`: a municipal team (kind `MUNICIPAL_TEAM`: the JET, Sociale Zaken) sees the members of
 *   the households where it holds clients regie now (Sociale Zaken its regie on work and
 *   participation, BR-R3), and of the households the owners of cases list for it: youth those of the
 *   open youth cases it is involved in (the JET as process director; Jeugdwet procesregie is youth's,
 *   BR-CL15), debt those of the open debt cases it registered or was referred (debt help is debt's,
 *   BR-CL17). Nothing else.
 * - `ENGAGED`: any other organisation (providers, volunteer organisations, partners) sees the
 *   residents with an engagement at that organisation, and the members of the households youth and
 *   debt list for it: those of the youth cases referred to it (a youth-care provider) or that it works
 *   on, and of the debt cases it registered or was referred (a debt-help or budget-management provider).
 *
 * `caseloadHouseholdIds` is one list: youth's and debt's households together, each once.
 */
export type ClientVisibility =
  | { kind: 'ALL' }
  | { kind: 'TEAM'; organisationId: string; caseloadHouseholdIds: readonly string[] }
  | { kind: 'ENGAGED'; organisationId: string; caseloadHouseholdIds: readonly string[] };

type CallerOrganisation = Pick<Caller, 'organisationId' | 'organisationKind'>;

/** Every sight but the municipality's depends on youth's and debt's caseloads: the others pay for asking (BR-KT4). */
export function needsCaseloads(caller: CallerOrganisation): boolean {
  return caller.organisationKind !== 'MUNICIPALITY';
}

/**
 * Without youth or without debt, a team sees too little to work with, so its request fails; any other
 * organisation keeps what clients and the owner that did answer let it see (its engagements, and the
 * households of the other owner's cases): an outage of youth or debt never takes down clients.
 */
export function mustFailWithoutCaseloads(caller: CallerOrganisation): boolean {
  return caller.organisationKind === 'MUNICIPAL_TEAM';
}

/** The households the owners of cases list for one organisation, youth's and debt's together, each once. */
export function caseloadHouseholds(...lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}

/**
 * The caller's sight. `caseloadHouseholdIds`: the households youth and debt list for the caller's
 * organisation (its open youth and debt cases, `caseloadHouseholds`); ignored for the municipality,
 * which sees every resident.
 */
export function clientVisibility(
  caller: CallerOrganisation,
  caseloadHouseholdIds: readonly string[] = [],
): ClientVisibility {
  switch (caller.organisationKind) {
    case 'MUNICIPALITY':
      return { kind: 'ALL' };
    case 'MUNICIPAL_TEAM':
      return { kind: 'TEAM', organisationId: caller.organisationId, caseloadHouseholdIds };
    default:
      return { kind: 'ENGAGED', organisationId: caller.organisationId, caseloadHouseholdIds };
  }
}
