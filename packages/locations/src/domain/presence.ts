import { NotFoundError } from '@mienskip/kit/rules';
import { type Decision, refusalOf } from './decision.ts';
import { checkPeriod, minutesOf, type TimeRange, type WeeklyPeriod } from './periods.ts';
import type { PresenceRole } from './roles.ts';
import type { Weekday } from './time.ts';

export interface PresenceInput extends TimeRange {
  roomId: string;
  weekday: Weekday;
  role: PresenceRole;
  organisationId?: string | null;
  note?: string | null;
}

export interface NewPresence extends WeeklyPeriod {
  roomId: string;
  role: PresenceRole;
  organisationId: string | null;
  note: string | null;
}

/** A weekly presence slot (bezetting): it ends after it starts (BR-LO3), in a room that exists. */
export function planPresence(input: PresenceInput, room: { id: string } | undefined): Decision<NewPresence> {
  const period = minutesOf(input);
  const breach = checkPeriod(period);
  if (breach) return refusalOf(breach);
  if (!room) return new NotFoundError('Room', input.roomId);
  return {
    roomId: room.id,
    weekday: input.weekday,
    fromMinute: period.from,
    toMinute: period.to,
    role: input.role,
    organisationId: input.organisationId || null,
    note: input.note ?? null,
  };
}
