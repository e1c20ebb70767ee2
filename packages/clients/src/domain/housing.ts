import type { HousingLinkStatus } from './codes.ts';
import { RuleViolationError } from './errors.ts';

/** Housing untied from care (BR-CL9): a link is solved once, on the day given or today. */
export function solveHousingLink(
  link: { status: HousingLinkStatus },
  solvedOn: string | null | undefined,
  today: string,
): RuleViolationError | { status: 'SOLVED'; solvedOn: string } {
  if (link.status === 'SOLVED') return new RuleViolationError('id', 'The housing link is already solved');
  return { status: 'SOLVED', solvedOn: solvedOn ?? today };
}
