import type { PresenceRole, Provenance, RoomStatus, Weekday } from './operations.ts';

// What the planner reads for the graph's enum values: English first, the Dutch term of the sources after.

export const WEEKDAYS: readonly Weekday[] = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
];

export const WEEKDAY_LABELS: Record<Weekday, string> = {
  MONDAY: 'Monday',
  TUESDAY: 'Tuesday',
  WEDNESDAY: 'Wednesday',
  THURSDAY: 'Thursday',
  FRIDAY: 'Friday',
  SATURDAY: 'Saturday',
  SUNDAY: 'Sunday',
};

export const STATUS_LABELS: Record<RoomStatus, string> = {
  OPEN: 'Open',
  OPEN_MORNINGS_ONLY: 'Open mornings only',
  AGREEMENTS_DONE: 'Agreements made',
  IN_NEGOTIATION: 'In negotiation',
  PLANNED: 'Planned',
};

export const ROLE_LABELS: Record<PresenceRole, string> = {
  BASIS: 'Basis support',
  AANVULLEND: 'Additional support',
  BEHEERDER: 'Location manager',
  JET: 'Youth expert team (JET)',
  OPBOUWWERKER: 'Community worker',
  SOCIALE_BASIS: 'Social base',
  SOCIALE_ZAKEN: 'Work and income',
  VRIJWILLIGER: 'Volunteer',
};

export const PROVENANCE_LABELS: Record<Provenance, { label: string; title: string }> = {
  SOURCE: { label: 'Source', title: 'Taken from a cited source document: a fact of Leeuwarden.' },
  RECORDED: { label: 'Recorded', title: 'Written through the API.' },
  SYNTHETIC: {
    label: 'Synthetic',
    title: 'Invented by the seed for demonstration and tests: not a fact of Leeuwarden.',
  },
};

/** A time between two others: "09:00–12:30" (LocalTime is `HH:MM`). */
export function span(from: string, to: string): string {
  return `${from}–${to}`;
}

/** "2 h 30 min" for 150. */
export function duration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (!hours) return `${rest} min`;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}
