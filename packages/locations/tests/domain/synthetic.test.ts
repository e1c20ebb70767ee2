import { describe, expect, it } from 'vitest';
import { ROOMS } from '../../src/db/reference-data.ts';
import { prng, syntheticName, syntheticSchedule, VISITS_DAYS, VISITS_FROM } from '../../src/db/synthetic.ts';
import { checkPeriod } from '../../src/domain/periods.ts';
import { findOverlap, isWithinOpeningHours } from '../../src/domain/shift.ts';
import { weekdayOf } from '../../src/domain/time.ts';
import { MAX_DAILY_COUNT } from '../../src/domain/visits.ts';

const STATUSES = ['PLANNED', 'IN_NEGOTIATION', 'AGREEMENTS_DONE', 'OPEN', 'OPEN_MORNINGS_ONLY'] as const;
// Every status at several indexes, so each room index modulo 3 and 5 meets each status.
const rooms = [
  ...ROOMS.map(({ id, status }) => ({ id, status })),
  ...Array.from({ length: 15 }, (_, i) => ({ id: `room-test-${i}`, status: STATUSES[i % STATUSES.length]! })),
];
const schedule = syntheticSchedule(rooms);
const statusOf = new Map(rooms.map((room) => [room.id, room.status]));

describe('prng', () => {
  it('gives the same sequence for the same seed', () => {
    const a = prng(42);
    const b = prng(42);
    const first = Array.from({ length: 100 }, a);
    expect(Array.from({ length: 100 }, b)).toEqual(first);
  });

  it('gives different sequences for different seeds', () => {
    const a = Array.from({ length: 10 }, prng(1));
    const b = Array.from({ length: 10 }, prng(2));
    expect(a).not.toEqual(b);
  });

  it('does not repeat the same value', () => {
    const values = Array.from({ length: 1000 }, prng(2021));
    expect(new Set(values).size).toBeGreaterThan(990);
  });

  it('gives values in [0, 1), spread over the range', () => {
    const values = Array.from({ length: 10_000 }, prng(7));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
    expect(values.filter((v) => v < 0.1).length).toBeGreaterThan(800);
    expect(values.filter((v) => v >= 0.9).length).toBeGreaterThan(800);
  });
});

describe('syntheticName', () => {
  it('gives a first and a last name, deterministically', () => {
    const a = syntheticName(prng(3));
    expect(a).toBe(syntheticName(prng(3)));
    expect(a).toMatch(/^\p{L}+ \p{L}/u);
  });
});

describe('syntheticSchedule', () => {
  it('gives identical output for identical input', () => {
    expect(syntheticSchedule(rooms)).toEqual(schedule);
    expect(syntheticSchedule(rooms.map((room) => ({ ...room })))).toEqual(syntheticSchedule(rooms));
  });

  it('generates rows for every room', () => {
    for (const room of rooms) {
      expect(schedule.openingHours.some((row) => row.roomId === room.id)).toBe(true);
      expect(schedule.presenceSlots.some((row) => row.roomId === room.id)).toBe(true);
      expect(
        schedule.workers.filter((w) =>
          schedule.workerRooms.some((wr) => wr.workerId === w.id && wr.roomId === room.id),
        ),
      ).toHaveLength(4); // three with a shift, and one of the consulenten of Sociale Zaken
    }
  });

  it('gives unique ids', () => {
    for (const rows of [
      schedule.openingHours,
      schedule.presenceSlots,
      schedule.roomMoments,
      schedule.workers,
      schedule.shifts,
      schedule.activities,
    ]) {
      const ids = rows.map((row) => row.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('gives every opening, presence, moment and shift period a start before its end', () => {
    const periods = [
      ...schedule.openingHours,
      ...schedule.presenceSlots,
      ...schedule.roomMoments,
      ...schedule.shifts,
    ];
    expect(periods.length).toBeGreaterThan(0);
    for (const row of periods) {
      expect(checkPeriod({ from: row.fromMinute, to: row.toMinute }), JSON.stringify(row)).toBeNull();
    }
  });

  it('places every shift inside its room opening hours on its weekday', () => {
    expect(schedule.shifts.length).toBeGreaterThan(0);
    for (const shift of schedule.shifts) {
      const weekday = weekdayOf(shift.date);
      const opening = schedule.openingHours
        .filter((row) => row.roomId === shift.roomId && row.weekday === weekday)
        .map((row) => ({ from: row.fromMinute, to: row.toMinute }));
      expect(
        isWithinOpeningHours({ from: shift.fromMinute, to: shift.toMinute }, opening),
        JSON.stringify(shift),
      ).toBe(true);
    }
  });

  it('gives no worker two overlapping shifts', () => {
    const byWorkerDay = new Map<string, { from: number; to: number }[]>();
    for (const shift of schedule.shifts) {
      const key = `${shift.workerId} ${shift.date}`;
      const period = { from: shift.fromMinute, to: shift.toMinute };
      const others = byWorkerDay.get(key) ?? [];
      expect(findOverlap(period, others), key).toBeUndefined();
      byWorkerDay.set(key, [...others, period]);
    }
  });

  it('only rosters workers that exist and belong to the shift room', () => {
    for (const shift of schedule.shifts) {
      expect(schedule.workers.some((w) => w.id === shift.workerId)).toBe(true);
      expect(schedule.workerRooms).toContainEqual({ workerId: shift.workerId, roomId: shift.roomId });
    }
  });

  it('closes rooms open mornings only at 12:30 and gives them no afternoon shift', () => {
    const mornings = rooms.filter((room) => room.status === 'OPEN_MORNINGS_ONLY').map((room) => room.id);
    expect(mornings.length).toBeGreaterThan(1);
    for (const roomId of mornings) {
      const opening = schedule.openingHours.filter((row) => row.roomId === roomId);
      expect(opening).toHaveLength(5);
      for (const row of opening) expect([row.fromMinute, row.toMinute]).toEqual([540, 750]);
      const shifts = schedule.shifts.filter((row) => row.roomId === roomId);
      expect(shifts.length).toBeGreaterThan(0);
      for (const shift of shifts) expect(shift.toMinute).toBeLessThanOrEqual(750);
      for (const slot of schedule.presenceSlots.filter((row) => row.roomId === roomId)) {
        expect(slot.toMinute).toBeLessThanOrEqual(750);
      }
    }
  });

  it('keeps other rooms open until 17:00 with afternoon shifts', () => {
    const open = rooms.filter((room) => room.status !== 'OPEN_MORNINGS_ONLY').map((room) => room.id);
    for (const roomId of open) {
      for (const row of schedule.openingHours.filter((r) => r.roomId === roomId)) {
        expect([row.fromMinute, row.toMinute]).toEqual([540, 1020]);
      }
      expect(schedule.shifts.filter((row) => row.roomId === roomId)).toHaveLength(3);
    }
  });

  it('gives visit counts only to rooms that are open', () => {
    const counted = new Set(schedule.visitCounts.map((row) => row.roomId));
    expect(counted.size).toBeGreaterThan(0);
    for (const room of rooms) {
      expect(counted.has(room.id), room.id).toBe(
        room.status === 'OPEN' || room.status === 'OPEN_MORNINGS_ONLY',
      );
    }
  });

  it('counts every weekday of the visit period once per open room, with plausible counts', () => {
    const end = new Date(`${VISITS_FROM}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + VISITS_DAYS - 1);
    const last = end.toISOString().slice(0, 10);
    for (const room of rooms.filter((r) => statusOf.get(r.id)?.startsWith('OPEN'))) {
      const rows = schedule.visitCounts.filter((row) => row.roomId === room.id);
      // 180 days from Monday 4 January 2021: 25 full weeks and five more weekdays.
      expect(rows).toHaveLength(130);
      expect(new Set(rows.map((row) => row.date)).size).toBe(rows.length);
      for (const row of rows) {
        expect(row.date >= VISITS_FROM && row.date <= last).toBe(true);
        expect(['SATURDAY', 'SUNDAY']).not.toContain(weekdayOf(row.date));
        const { visitors, supportRequests } = row;
        if (visitors === undefined || supportRequests === undefined) throw new Error('count missing');
        expect(Number.isInteger(visitors) && visitors >= 0 && visitors <= MAX_DAILY_COUNT).toBe(true);
        expect(visitors).toBeLessThan(14);
        expect(Number.isInteger(supportRequests) && supportRequests >= 0).toBe(true);
        expect(supportRequests).toBeLessThanOrEqual(visitors / 2);
      }
    }
  });
});
