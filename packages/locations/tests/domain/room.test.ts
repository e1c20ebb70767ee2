import { NotFoundError, ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import { type NewRoomInput, planNewRoom, planRoomChange, roomIdTaken } from '../../src/domain/room.ts';

const AREA = { id: 'area-zuid' };
const NEW_ROOM: NewRoomInput = {
  name: 'Dorpshuis Wirdum',
  areaId: 'area-zuid',
  buildingType: 'COMMUNITY_CENTRE',
};

describe('planNewRoom', () => {
  it('makes the id from the name, plans the room by default and keeps its opening hours in minutes', () => {
    expect(
      planNewRoom(
        {
          ...NEW_ROOM,
          name: '  Dorpshuis Wirdum ',
          openingHours: [{ weekday: 'MONDAY', from: '09:00', to: '12:30' }],
        },
        AREA,
      ),
    ).toEqual({
      id: 'room-dorpshuis-wirdum',
      name: 'Dorpshuis Wirdum',
      areaId: 'area-zuid',
      buildingType: 'COMMUNITY_CENTRE',
      status: 'PLANNED',
      statusNote: null,
      address: null,
      openingHours: [{ weekday: 'MONDAY', fromMinute: 540, toMinute: 750 }],
    });
  });

  it('keeps a status, note and address that are given', () => {
    expect(
      planNewRoom({ ...NEW_ROOM, status: 'OPEN', statusNote: 'since March', address: 'Wirdum' }, AREA),
    ).toMatchObject({ status: 'OPEN', statusNote: 'since March', address: 'Wirdum' });
  });

  it('refuses an empty name and a name without letters or digits', () => {
    expect(planNewRoom({ ...NEW_ROOM, name: '   ' }, AREA)).toMatchObject({
      name: 'ValidationError',
      field: 'name',
    });
    expect(planNewRoom({ ...NEW_ROOM, name: '---' }, AREA)).toMatchObject({
      name: 'ValidationError',
      field: 'name',
      message: 'A name needs letters or digits',
    });
  });

  it('refuses overlapping opening hours on one weekday (BR-LO3)', () => {
    const refusal = planNewRoom(
      {
        ...NEW_ROOM,
        openingHours: [
          { weekday: 'MONDAY', from: '09:00', to: '12:00' },
          { weekday: 'MONDAY', from: '11:00', to: '13:00' },
        ],
      },
      AREA,
    );
    expect(refusal).toBeInstanceOf(ValidationError);
    expect(refusal).toMatchObject({ field: 'openingHours.1' });
  });

  it('refuses an opening period that closes before it opens', () => {
    expect(
      planNewRoom({ ...NEW_ROOM, openingHours: [{ weekday: 'FRIDAY', from: '12:00', to: '09:00' }] }, AREA),
    ).toMatchObject({ field: 'openingHours.0.closes' });
  });

  it('refuses an unknown area', () => {
    expect(planNewRoom({ ...NEW_ROOM, areaId: 'area-atlantis' }, undefined)).toEqual(
      new NotFoundError('Area', 'area-atlantis'),
    );
  });

  it('refuses bad input before an unknown area', () => {
    expect(planNewRoom({ ...NEW_ROOM, name: ' ' }, undefined)).toBeInstanceOf(ValidationError);
  });
});

describe('roomIdTaken', () => {
  it('refuses on the name, which the id is made from', () => {
    expect(roomIdTaken('room-de-skalm')).toMatchObject({
      name: 'ValidationError',
      field: 'name',
      message: 'A room with id "room-de-skalm" already exists',
    });
  });
});

describe('planRoomChange', () => {
  it('changes only what is given, trimming the name', () => {
    expect(planRoomChange({ name: ' Bilgaard ', status: 'AGREEMENTS_DONE' }, undefined)).toEqual({
      fields: { name: 'Bilgaard', status: 'AGREEMENTS_DONE' },
      openingHours: undefined,
      moments: undefined,
      facilityAgreements: undefined,
    });
  });

  it('leaves fields sent as null, but clears a note or address sent as null', () => {
    const change = planRoomChange(
      { name: null, status: null, buildingType: null, areaId: null, statusNote: null, address: null },
      undefined,
    );
    expect(change).toMatchObject({ fields: { statusNote: null, address: null } });
    expect(Object.keys((change as { fields: object }).fields)).toEqual(['statusNote', 'address']);
  });

  it('replaces lists that are given, an empty list emptying it', () => {
    expect(
      planRoomChange(
        {
          openingHours: [],
          moments: [
            {
              kind: 'SPREEKUUR',
              weekday: 'TUESDAY',
              from: '13:00',
              to: '14:00',
              organisationId: 'org-amaryllis',
            },
          ],
          facilityAgreements: [{ item: 'COFFEE_TEA', amount: 3050n, period: 'PER_MONTH' }],
        },
        undefined,
      ),
    ).toEqual({
      fields: {},
      openingHours: [],
      moments: [
        {
          kind: 'SPREEKUUR',
          weekday: 'TUESDAY',
          fromMinute: 780,
          toMinute: 840,
          organisationId: 'org-amaryllis',
          description: null,
        },
      ],
      facilityAgreements: [
        { item: 'COFFEE_TEA', amountCents: 3050n, period: 'PER_MONTH', description: null },
      ],
    });
  });

  it('moves the room to an area that exists', () => {
    expect(planRoomChange({ areaId: 'area-zuid' }, AREA)).toMatchObject({ fields: { areaId: 'area-zuid' } });
  });

  it('refuses an empty name', () => {
    expect(planRoomChange({ name: '  ' }, undefined)).toMatchObject({
      name: 'ValidationError',
      field: 'name',
    });
  });

  it('refuses overlapping opening hours', () => {
    expect(
      planRoomChange(
        {
          openingHours: [
            { weekday: 'TUESDAY', from: '09:00', to: '12:00' },
            { weekday: 'TUESDAY', from: '09:00', to: '12:00' },
          ],
        },
        undefined,
      ),
    ).toMatchObject({ name: 'ValidationError', field: 'openingHours.1' });
  });

  it('refuses a moment that ends before it starts, naming the moment (BR-LO3)', () => {
    expect(
      planRoomChange(
        {
          moments: [
            { kind: 'INLOOP', weekday: 'MONDAY', from: '09:00', to: '10:00' },
            { kind: 'INLOOP', weekday: 'MONDAY', from: '12:00', to: '11:00' },
          ],
        },
        undefined,
      ),
    ).toMatchObject({ name: 'ValidationError', field: 'moments.1.to' });
  });

  it('refuses a negative facility amount, naming the agreement', () => {
    expect(
      planRoomChange(
        {
          facilityAgreements: [
            { item: 'ROOM', amount: 0n, period: 'PER_YEAR' },
            { item: 'ROOM', amount: -100n, period: 'PER_MONTH' },
          ],
        },
        undefined,
      ),
    ).toMatchObject({ name: 'ValidationError', field: 'facilityAgreements.1.amount' });
  });

  it('refuses an unknown area', () => {
    expect(planRoomChange({ areaId: 'area-atlantis' }, undefined)).toEqual(
      new NotFoundError('Area', 'area-atlantis'),
    );
  });

  it('refuses bad input before an unknown area', () => {
    expect(
      planRoomChange(
        { areaId: 'area-atlantis', facilityAgreements: [{ item: 'ROOM', amount: -1n, period: 'PER_MONTH' }] },
        undefined,
      ),
    ).toBeInstanceOf(ValidationError);
  });
});
