import { NotFoundError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import { type PresenceInput, planPresence } from '../../src/domain/presence.ts';

const INPUT: PresenceInput = {
  roomId: 'room-de-klomp',
  weekday: 'FRIDAY',
  from: '13:00',
  to: '15:00',
  role: 'JET',
};
const ROOM = { id: 'room-de-klomp' };

describe('planPresence', () => {
  it('plans a weekly presence in minutes, without organisation or note when none are given', () => {
    expect(planPresence(INPUT, ROOM)).toEqual({
      roomId: 'room-de-klomp',
      weekday: 'FRIDAY',
      fromMinute: 780,
      toMinute: 900,
      role: 'JET',
      organisationId: null,
      note: null,
    });
  });

  it('keeps the organisation and note', () => {
    expect(planPresence({ ...INPUT, organisationId: 'org-jet', note: 'fortnightly' }, ROOM)).toMatchObject({
      organisationId: 'org-jet',
      note: 'fortnightly',
    });
  });

  it('refuses an empty or reversed period (BR-LO3)', () => {
    expect(planPresence({ ...INPUT, to: '13:00' }, ROOM)).toMatchObject({
      name: 'ValidationError',
      field: 'to',
    });
    expect(planPresence({ ...INPUT, from: '15:00', to: '13:00' }, ROOM)).toMatchObject({ field: 'to' });
  });

  it('refuses an unknown room, after the period', () => {
    expect(planPresence(INPUT, undefined)).toEqual(new NotFoundError('Room', 'room-de-klomp'));
    expect(planPresence({ ...INPUT, to: '12:00' }, undefined)).toMatchObject({ name: 'ValidationError' });
  });
});
