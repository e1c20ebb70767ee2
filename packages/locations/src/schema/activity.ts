import type { ActivityRow } from '../db/tables.ts';
import { activitiesOfRooms } from '../store/activities.ts';
import { addProvenanceField, builder, READ } from './builder.ts';
import { OrganisationRef } from './organisation.ts';
import { Room } from './room/types.ts';

const ActivityKind = builder.enumType('ActivityKind', {
  description: 'The kind of an activity in a room or in the sociale basis.',
  values: {
    SOLLICITATIECLUB: { description: 'Sollicitatieclub (job-application club).' },
    MAATJESTRAJECT: { description: 'Maatjestraject (buddy scheme).' },
    WIJKACTIVITEIT: { description: 'Wijkactiviteit (neighbourhood activity).' },
    FORMULIERENHULP: { description: 'Formulierenhulp (help with forms).' },
    SPREEKUUR: { description: 'Spreekuur (consultation hour).' },
    GROENPROJECT: { description: 'Groenproject (green project).' },
    ONTMOETING: { description: 'Ontmoeting (meeting).' },
    OTHER: { description: 'Anders.' },
  },
});

const Activity = builder.objectRef<ActivityRow>('Activity').implement({
  description: 'Activiteit: something organised in a room, e.g. a sollicitatieclub or a groenproject.',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    kind: t.expose('kind', { type: ActivityKind, description: 'The kind of activity.' }),
    name: t.exposeString('name', { description: 'Name as announced.' }),
    schedule: t.exposeString('schedule', {
      nullable: true,
      description: 'When, in words (e.g. "Tuesday afternoon").',
    }),
    organisation: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'Who organises it.',
      resolve: (activity) => (activity.organisationId ? { id: activity.organisationId } : null),
    }),
  }),
});

addProvenanceField(
  Activity,
  'Where this activity comes from: the seeded activities are SYNTHETIC (the sources name kinds of activity, not these).',
);

builder.objectField(Room, 'activities', (t) =>
  t.loadableList({
    type: Activity,
    description: 'Activiteiten in the room.',
    load: (roomIds: string[], { db }) => activitiesOfRooms(db, roomIds),
    resolve: (room) => room.id,
  }),
);
