import {
  COMPLAINT_LEVELS,
  type ComplaintLevel,
  type ComplaintStatus,
  type ComplaintSubject,
} from './codes.ts';
import { RuleViolationError } from './errors.ts';

/** The next rung of the complaint ladder (R-004-30), or null at the external committee. */
export function nextComplaintLevel(level: ComplaintLevel): ComplaintLevel | null {
  return COMPLAINT_LEVELS[COMPLAINT_LEVELS.indexOf(level) + 1] ?? null;
}

/** A complaint to insert: it starts at the first rung, with the worker (P10). */
export interface NewComplaint {
  clientId: string;
  organisationId: string;
  subject: ComplaintSubject;
  raisedOn: string;
}

export function fileComplaint(
  input: { clientId: string; providerId: string; subject: ComplaintSubject; raisedOn?: string | null },
  today: string,
): NewComplaint {
  return {
    clientId: input.clientId,
    organisationId: input.providerId,
    subject: input.subject,
    raisedOn: input.raisedOn ?? today,
  };
}

/** What a complaint is now, as far as its next step depends on. */
export interface ComplaintState {
  level: ComplaintLevel;
  status: ComplaintStatus;
  raisedOn: string;
}

/** A resolved complaint takes no further step. */
function resolvedRefusal(complaint: ComplaintState): RuleViolationError | null {
  return complaint.status === 'RESOLVED'
    ? new RuleViolationError('id', 'The complaint is already resolved')
    : null;
}

/** One rung up the ladder (R-004-30), and no further than the external committee. */
export function escalateComplaint(complaint: ComplaintState): RuleViolationError | { level: ComplaintLevel } {
  const refusal = resolvedRefusal(complaint);
  if (refusal) return refusal;
  const level = nextComplaintLevel(complaint.level);
  if (!level) return new RuleViolationError('id', 'The external complaints committee is the last rung');
  return { level };
}

/** Closing a complaint as resolved, not before it was raised. */
export function resolveComplaint(
  complaint: ComplaintState,
  on: string | null | undefined,
  today: string,
): RuleViolationError | { status: 'RESOLVED'; closedOn: string } {
  const refusal = resolvedRefusal(complaint);
  if (refusal) return refusal;
  const closedOn = on ?? today;
  if (closedOn < complaint.raisedOn) return new RuleViolationError('on', 'Resolved before it was raised');
  return { status: 'RESOLVED', closedOn };
}
