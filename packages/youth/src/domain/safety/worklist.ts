import type { RiskOutcome } from '../codes.ts';

/**
 * Which risk assessments wait for a decision on a safety plan on the JET's worklist (BR-YS14): those
 * with concerns (ZORGEN) or unsafety (ONVEILIG). One without concerns (GEEN_ZORGEN) needs no plan:
 * the plan follows when the assessment finds it necessary ("beoordelen of een veiligheidsplan en
 * herstelplan noodzakelijk is").
 */
export const OUTCOMES_NEEDING_A_PLAN_DECISION: readonly RiskOutcome[] = ['ZORGEN', 'ONVEILIG'];

/** The default and the largest page of a worklist. */
export const WORKLIST_PAGE = { default: 100, max: 500 } as const;

/** The number of items to read: the default when none asked, at least 1 and at most the largest page. */
export function worklistSize(first: number | null | undefined): number {
  if (first == null) return WORKLIST_PAGE.default;
  return Math.min(Math.max(1, Math.trunc(first)), WORKLIST_PAGE.max);
}
