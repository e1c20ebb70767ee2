import { randomUUID } from 'node:crypto';
import { NotFoundError, ValidationError } from '@mienskip/kit/rules';
import { eq } from 'drizzle-orm';
import { type PresenceSlotRow, presenceSlots, rooms } from '../db/tables.ts';
import { isBasisPresence, type PRESENCE_ROLES, receivesVisitors } from '../domain/roles.ts';
import { checkPeriod } from '../domain/rules.ts';
import { toMinutes } from '../domain/time.ts';
import { builder, READ, WRITE } from './builder.ts';
import { from, to, Weekday } from './common.ts';
import { OrganisationRef } from './organisation.ts';

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
  } satisfies Record<(typeof PRESENCE_ROLES)[number], { description: string }>,
});

export const PresenceSlot = builder.objectRef<PresenceSlotRow>('PresenceSlot').implement({
  description: 'Bezetting: a weekly time at which an organisation or role is present in a room.',
  authScopes: READ,
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
    resolve: async (_root, { input }, { db }) => {
      const period = { from: toMinutes(input.from), to: toMinutes(input.to) };
      const breach = checkPeriod(period);
      if (breach) throw new ValidationError(breach.field, breach.message);
      const [room] = await db
        .select({ id: rooms.id })
        .from(rooms)
        .where(eq(rooms.id, String(input.roomId)));
      if (!room) throw new NotFoundError('Room', String(input.roomId));
      const [slot] = await db
        .insert(presenceSlots)
        .values({
          id: `presence-${randomUUID()}`,
          roomId: room.id,
          weekday: input.weekday,
          fromMinute: period.from,
          toMinute: period.to,
          role: input.role,
          organisationId: input.organisationId ? String(input.organisationId) : null,
          note: input.note ?? null,
        })
        .returning();
      return slot!;
    },
  }),
  removePresence: t.field({
    type: PresenceSlot,
    description: 'Remove a weekly presence slot; returns the slot as it was.',
    authScopes: WRITE,
    errors: { types: [NotFoundError] },
    args: { input: t.arg({ type: RemovePresenceInput, required: true, description: 'What to do.' }) },
    resolve: async (_root, { input }, { db }) => {
      const [slot] = await db
        .delete(presenceSlots)
        .where(eq(presenceSlots.id, String(input.id)))
        .returning();
      if (!slot) throw new NotFoundError('PresenceSlot', String(input.id));
      return slot;
    },
  }),
}));
