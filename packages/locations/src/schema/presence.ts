import { isMunicipal, NotFoundError, ValidationError } from '@mienskip/kit/rules';
import { found, orThrow } from '../domain/decision.ts';
import { planPresence } from '../domain/presence.ts';
import {
  isBasisPresence,
  type PresenceRole as PresenceRoleValue,
  receivesVisitors,
} from '../domain/roles.ts';
import { deletePresence, insertPresence, type PresenceSlotView, presenceOfRooms } from '../store/presence.ts';
import { findRoom } from '../store/rooms.ts';
import { addProvenanceField, builder, READ, WRITE } from './builder.ts';
import { OrganisationRef } from './organisation.ts';
import { Room } from './room/types.ts';
import { from, to, Weekday } from './time.ts';

export const PresenceRole = builder.enumType('PresenceRole', {
  description: 'Who is present in a room (aanwezigheid): an organisation or role.',
  values: {
    VRIJWILLIGER: { description: 'Vrijwilliger: receives residents.' },
    SOCIALE_BASIS: { description: 'Sociale basis (volunteer organisations, network): receives residents.' },
    BASIS: {
      description: 'Basisondersteuning (Amaryllis): receives residents and counts as basis presence.',
    },
    AANVULLEND: { description: 'Aanvullende ondersteuning (Windkracht058 and partners).' },
    JET: { description: 'Jeugd Expert Team.' },
    SOCIALE_ZAKEN: { description: 'Sociale Zaken (work and income).' },
    BEHEERDER: { description: 'Beheerder of the location: receives residents.' },
    OPBOUWWERKER: { description: 'Opbouwwerker (community development worker).' },
  } satisfies Record<PresenceRoleValue, { description: string }>,
});

export const PresenceSlot = builder.objectRef<PresenceSlotView>('PresenceSlot').implement({
  description: 'Bezetting: a weekly time at which an organisation or role is present in a room.',
  authScopes: READ,
  // Checked once per slot rather than on each of its fields: a room's presence is thousands of
  // slots at the large scale (issue 19), and the rule is the type's, the same for every field.
  runScopesOnType: true,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    weekday: t.expose('weekday', { type: Weekday, description: 'The day of the week.' }),
    from: t.field({ type: 'LocalTime', description: 'Start (inclusive).', resolve: from }),
    to: t.field({ type: 'LocalTime', description: 'End (exclusive).', resolve: to }),
    role: t.expose('role', { type: PresenceRole, description: 'Who is present.' }),
    organisation: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'The organisation present, when one is named.',
      resolve: (slot) => (slot.organisationId ? { id: slot.organisationId } : null),
    }),
    receivesVisitors: t.boolean({
      description: 'Whether this presence means someone is there to receive residents.',
      resolve: (slot) => receivesVisitors(slot.role),
    }),
    isBasisPresence: t.boolean({
      description: 'Whether this is basis presence (a basis professional at a fixed time).',
      resolve: (slot) => isBasisPresence(slot.role),
    }),
    note: t.exposeString('note', { nullable: true, description: 'Free-text remark.' }),
  }),
});

addProvenanceField(
  PresenceSlot,
  'Where this slot comes from: the seeded presence is SYNTHETIC (the sources give no rosters), slots planned through `schedulePresence` RECORDED.',
);

builder.objectField(Room, 'presence', (t) =>
  t.loadableList({
    type: PresenceSlot,
    description:
      "Bezetting: who is present when, every week; a key of another organisation than the municipality sees its own organisation's presence only.",
    // Row scoping: a key of any other organisation than the municipality sees its own presence only.
    load: (roomIds: string[], { db, caller }) =>
      presenceOfRooms(db, roomIds, isMunicipal(caller) ? undefined : caller.organisationId),
    resolve: (room) => room.id,
  }),
);

const SchedulePresenceInput = builder.inputType('SchedulePresenceInput', {
  description: 'A weekly presence slot to add to a room.',
  fields: (t) => ({
    roomId: t.id({ required: true, description: 'The room.' }),
    weekday: t.field({ type: Weekday, required: true, description: 'The day of the week.' }),
    from: t.field({ type: 'LocalTime', required: true, description: 'Start (inclusive).' }),
    to: t.field({ type: 'LocalTime', required: true, description: 'End (exclusive), after the start.' }),
    role: t.field({ type: PresenceRole, required: true, description: 'Who is present.' }),
    organisationId: t.id({ description: 'The organisation present, if one is named.' }),
    note: t.string({ description: 'Free-text remark.' }),
  }),
});

const RemovePresenceInput = builder.inputType('RemovePresenceInput', {
  description: 'A presence slot to remove.',
  fields: (t) => ({ id: t.id({ required: true, description: 'The presence slot.' }) }),
});

builder.mutationFields((t) => ({
  schedulePresence: t.field({
    type: PresenceSlot,
    description: 'Plan a weekly presence in a room (bezetting inplannen).',
    authScopes: WRITE,
    errors: { types: [ValidationError, NotFoundError] },
    args: { input: t.arg({ type: SchedulePresenceInput, required: true, description: 'What to do.' }) },
    resolve: async (_root, { input }, { db }) =>
      insertPresence(db, orThrow(planPresence(input, await findRoom(db, input.roomId)))),
  }),
  removePresence: t.field({
    type: PresenceSlot,
    description: 'Remove a weekly presence slot; returns the slot as it was.',
    authScopes: WRITE,
    errors: { types: [NotFoundError] },
    args: { input: t.arg({ type: RemovePresenceInput, required: true, description: 'What to do.' }) },
    resolve: async (_root, { input }, { db }) =>
      orThrow(found('PresenceSlot', input.id, await deletePresence(db, input.id))),
  }),
}));
