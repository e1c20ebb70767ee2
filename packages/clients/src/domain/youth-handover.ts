import type { RegieDomain, SupportKind } from './codes.ts';
import { JeugdwetRegieMovedError, LightParentingSupportMovedError } from './errors.ts';

/**
 * What the youth subgraph owns and clients no longer records, so that the two can never disagree
 * and nothing is counted twice:
 *
 * - BR-CL15: Jeugdwet procesregie (the JET's, §4.4 and §4.6) is the process director of a youth case,
 *   not a clients regie assignment. The code `JEUGDWET` stays in the code list (and, deprecated, in the
 *   GraphQL enum) so that older questions still parse; no assignment of it is stored or returned.
 * - BR-CL16: light parenting support (§4.4) is youth's light support, not a clients engagement; the
 *   code `LICHTE_OPVOEDONDERSTEUNING` stays in the list the same way.
 *
 * Migration 0008 archived and removed what clients had recorded of both; the seed writes neither.
 */

/** Regie domains the youth subgraph owns. */
export const YOUTH_REGIE_DOMAINS: ReadonlySet<RegieDomain> = new Set(['JEUGDWET']);

/** Support kinds the youth subgraph owns. */
export const YOUTH_SUPPORT_KINDS: ReadonlySet<SupportKind> = new Set(['LICHTE_OPVOEDONDERSTEUNING']);

/** BR-CL15: regie in a domain youth owns is refused; null when clients records it. */
export function regieDomainRefusal(domain: RegieDomain): JeugdwetRegieMovedError | null {
  return YOUTH_REGIE_DOMAINS.has(domain) ? new JeugdwetRegieMovedError('domain') : null;
}

/** BR-CL16: an engagement or referral of a kind youth owns is refused; null when clients records it. */
export function supportKindRefusal(kind: SupportKind): LightParentingSupportMovedError | null {
  return YOUTH_SUPPORT_KINDS.has(kind) ? new LightParentingSupportMovedError('kind') : null;
}
