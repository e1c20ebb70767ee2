import { daysBetween } from './dates.ts';

/** A legal norm's outcome for one case: met, missed, or still undecided. */
export type DebtNormOutcome = 'MET' | 'MISSED' | 'PENDING';

/** Wgs: the first conversation within four weeks of the registration: 28 days. */
export const FOUR_WEEKS_DAYS = 28;

/**
 * BR-DB15: the four-week norm of the Wgs (the first conversation within 4 weeks of the hulpvraag; DDAS:
 * `intake.startdatum` at most 28 days after `aanmelding.startdatum`). MET when the first conversation was
 * on or before day 28; MISSED when it came later, or when 28 days have passed without one (also when the
 * case flowed out without a first conversation: none was held within four weeks); PENDING while the case
 * is still inside its 28 days without a conversation. Computed, never stored; the statistics count the
 * same three in SQL.
 */
export function fourWeekNorm(
  registeredOn: string,
  firstConversationOn: string | null,
  today: string,
): DebtNormOutcome {
  if (firstConversationOn)
    return daysBetween(registeredOn, firstConversationOn) <= FOUR_WEEKS_DAYS ? 'MET' : 'MISSED';
  return daysBetween(registeredOn, today) > FOUR_WEEKS_DAYS ? 'MISSED' : 'PENDING';
}
