import { COMPLAINT_LEVELS, type ComplaintLevel } from './codes.ts';

/** The next rung of the complaint ladder (§4.9), or null at the external committee. */
export function nextComplaintLevel(level: ComplaintLevel): ComplaintLevel | null {
  return COMPLAINT_LEVELS[COMPLAINT_LEVELS.indexOf(level) + 1] ?? null;
}
