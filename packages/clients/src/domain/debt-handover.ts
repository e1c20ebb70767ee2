import type { RequestChannel, SupportKind } from './codes.ts';
import { DebtHelpMovedError, DebtSignalMovedError, type LightParentingSupportMovedError } from './errors.ts';
import { supportKindRefusal, YOUTH_SUPPORT_KINDS } from './youth-handover.ts';

/**
 * What the debt subgraph owns and clients no longer records, so that the two can never disagree and
 * nothing is counted twice:
 *
 * - BR-CL17: debt help (schuldhulpverlening, §4.3) is a debt case of the debt subgraph
 *   (`openDebtCase`), with its phases, crises and referrals to curative help, not a clients engagement.
 *   The code `SCHULDHULPVERLENING` stays in the code list (and, deprecated, in the GraphQL enum) so that
 *   older questions still parse; no engagement or referral of it is stored or returned.
 * - BR-CL18: a debt signal (vroeg- and laatsignalering, §4.3 "Signalering") is registered by the debt
 *   subgraph (`registerDebtSignal`), with its outreach, not a clients support request; the code
 *   `DEBT_SIGNAL` stays in the list the same way.
 *
 * Regie over debt help stays in clients: the household's Wmo regievoerder, the basis worker, holds it
 * (BR-R1: "De medewerker van de basisondersteuning heeft de regie bij Wmo en schuldhulpverlening").
 * Migration 0009 archived and removed what clients had recorded of both; the seed writes neither.
 */

/** Support kinds the debt subgraph owns. */
export const DEBT_SUPPORT_KINDS: ReadonlySet<SupportKind> = new Set(['SCHULDHULPVERLENING']);

/** Request channels the debt subgraph owns. */
export const DEBT_REQUEST_CHANNELS: ReadonlySet<RequestChannel> = new Set(['DEBT_SIGNAL']);

/** BR-CL17: an engagement or referral of a kind debt owns is refused; null when clients records it. */
export function debtHelpRefusal(kind: SupportKind): DebtHelpMovedError | null {
  return DEBT_SUPPORT_KINDS.has(kind) ? new DebtHelpMovedError('kind') : null;
}

/** BR-CL18: a support request on a channel debt owns is refused; null when clients records it. */
export function debtSignalRefusal(channel: RequestChannel): DebtSignalMovedError | null {
  return DEBT_REQUEST_CHANNELS.has(channel) ? new DebtSignalMovedError('channel') : null;
}

/** Support kinds another subgraph owns (youth's BR-CL16, debt's BR-CL17): never recorded or counted here. */
export const MOVED_SUPPORT_KINDS: ReadonlySet<SupportKind> = new Set([
  ...YOUTH_SUPPORT_KINDS,
  ...DEBT_SUPPORT_KINDS,
]);

/** The refusal of a kind another subgraph owns (BR-CL16, BR-CL17); null when clients records it. */
export function movedKindRefusal(
  kind: SupportKind,
): LightParentingSupportMovedError | DebtHelpMovedError | null {
  return supportKindRefusal(kind) ?? debtHelpRefusal(kind);
}
