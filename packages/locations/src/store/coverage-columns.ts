import { openingHours, presenceSlots, shifts, workers } from '../db/tables.ts';

// What coverage is computed from (`domain/coverage.ts`), as the two coverage reads select it: a
// room's week (`coverage.ts`) and the series over areas (`coverage-inputs.ts`, with provenance).

export const OPENING_COLUMNS = {
  roomId: openingHours.roomId,
  weekday: openingHours.weekday,
  from: openingHours.fromMinute,
  to: openingHours.toMinute,
};

export const PRESENCE_COLUMNS = {
  roomId: presenceSlots.roomId,
  weekday: presenceSlots.weekday,
  from: presenceSlots.fromMinute,
  to: presenceSlots.toMinute,
  role: presenceSlots.role,
};

/** A shift with its worker's role: select from `shifts` joined with `workers`. */
export const SHIFT_COLUMNS = {
  roomId: shifts.roomId,
  date: shifts.date,
  from: shifts.fromMinute,
  to: shifts.toMinute,
  workerRole: workers.role,
};
