import { type Period, periodOfDays } from '../graph/period.ts';
import { DdasUsageError } from './errors.ts';

/** A delivery period: both days included, `YYYY-MM-DD`. */
export type { Period };

/** The period of `--from` and `--to`: real days, `from` not after `to`. */
export function parsePeriod(from: string | undefined, to: string | undefined): Period {
  if (!from || !to) throw new DdasUsageError('Give the period as --from YYYY-MM-DD --to YYYY-MM-DD');
  return periodOfDays(from, to, (message) => new DdasUsageError(message));
}

/**
 * A case falls in the period when it ran on any day of it (BR-DB40): registered on or before the
 * last day, and not flowed out before the first. DDAS asks every running trajectory that overlaps
 * the period.
 */
export function caseFallsIn(period: Period, registeredOn: string, outflowOn: string | null): boolean {
  return registeredOn <= period.to && (outflowOn === null || outflowOn >= period.from);
}

/** A signal falls in the period when the municipality received it on a day of it (BR-DB41). */
export function signalFallsIn(period: Period, receivedOn: string): boolean {
  return receivedOn >= period.from && receivedOn <= period.to;
}

/**
 * A dated fact is delivered only when it happened by the period's last day (BR-DB42): a delivery
 * for a period shows the trajectories as they stood at its end, whenever it is made.
 */
export function knownBy(period: Period, day: string | null | undefined): string | undefined {
  return day && day <= period.to ? day : undefined;
}
