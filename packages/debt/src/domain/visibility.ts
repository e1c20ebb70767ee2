import type { Caller } from '@mienskip/kit/rules';

/**
 * Which debt cases and signals a key may see (BR-DB9), decided on the caller's organisation and its
 * kind as the gateway signed them; the store turns the answer into SQL (`store/visibility.ts`).
 *
 * - `ALL`: the municipality's back office (kind `MUNICIPALITY`).
 * - `INVOLVED`: any other organisation sees the cases it registered (the basis) or that were
 *   referred to it (curative debt help, budget management, income management, protective
 *   administration), and the signals it handles. Nothing else — not even that other cases exist.
 */
export type DebtVisibility = { kind: 'ALL' } | { kind: 'INVOLVED'; organisationId: string };

export function debtVisibility(caller: Pick<Caller, 'organisationId' | 'organisationKind'>): DebtVisibility {
  return caller.organisationKind === 'MUNICIPALITY'
    ? { kind: 'ALL' }
    : { kind: 'INVOLVED', organisationId: caller.organisationId };
}
