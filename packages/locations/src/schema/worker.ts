import { NotFoundError, ValidationError } from '@mienskip/kit/rules';
import { loadByIds, loadOrNull, resolveOffsetConnection } from '@mienskip/kit/schema';
import { type WorkerRow, workers } from '../db/tables.ts';
import { orThrow } from '../domain/decision.ts';
import { presenceRoleOf, type WorkerRole as WorkerRoleValue } from '../domain/roles.ts';
import { planWorker } from '../domain/worker.ts';
import { existingRoomIds } from '../store/rooms.ts';
import { insertWorker, roomIdsOfWorkers, workerPage, workersOfRooms } from '../store/workers.ts';
import { addProvenanceField, builder, READ, WRITE } from './builder.ts';
import { OrganisationRef } from './organisation.ts';
import { PresenceRole } from './presence.ts';
import { Room } from './room/types.ts';

export const WorkerRole = builder.enumType('WorkerRole', {
  description: 'What a worker does (functie).',
  values: {
    SOCIAAL_WERKER: { description: 'Sociaal werker of the basisondersteuning.' },
    REGIEVOERDER: { description: 'Regievoerder: holds a household plan (from the basis).' },
    BEGELEIDER: { description: 'Begeleider of the aanvullende ondersteuning.' },
    VRIJWILLIGER: { description: 'Vrijwilliger.' },
    JET_LID: { description: 'Member of the Jeugd Expert Team (procesregisseur).' },
    CONSULENT_SOCIALE_ZAKEN: {
      description: 'Consulent of Sociale Zaken: holds regie on work and participation (Participatiewet).',
    },
    OPBOUWWERKER: { description: 'Opbouwwerker (community development worker).' },
    BEHEERDER: { description: 'Beheerder of a location.' },
  } satisfies Record<WorkerRoleValue, { description: string }>,
});

export const Worker = builder.loadableObjectRef<WorkerRow, string>('Worker', {
  load: loadByIds('Worker', workers),
});

Worker.implement({
  description:
    'Medewerker or vrijwilliger who staffs the rooms: the person other subgraphs point to as regievoerder ' +
    'or procesregisseur. The name is personal data of staff.',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    name: t.exposeString('name', {
      nullable: true,
      description:
        "Name (personal data of staff): for municipal keys and the worker's own organisation only.",
      authScopes: (worker) => ({ $any: { municipal: true, organisation: worker.organisationId } }),
    }),
    role: t.expose('role', { type: WorkerRole, description: 'What the worker does.' }),
    presenceRole: t.field({
      type: PresenceRole,
      description: "The presence this worker's shifts bring to a room.",
      resolve: (worker) => presenceRoleOf(worker.role),
    }),
    organisation: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'The organisation the worker works for.',
      resolve: (worker) => ({ id: worker.organisationId }),
    }),
    version: t.exposeInt('version', { description: 'Optimistic-concurrency version.' }),
  }),
});

addProvenanceField(
  Worker,
  'Where this worker comes from: the seeded workers and their Frisian names are SYNTHETIC (invented, no real person), workers registered through `createWorker` RECORDED.',
);

builder.asEntity(Worker, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (reference, context) => loadOrNull(Worker.getDataloader(context), reference.id),
});

builder.objectField(Worker, 'rooms', (t) =>
  t.loadableList({
    type: Room,
    description: 'The rooms this worker works in.',
    load: (workerIds: string[], { db }) => roomIdsOfWorkers(db, workerIds),
    resolve: (worker) => worker.id,
  }),
);

builder.objectField(Room, 'workers', (t) =>
  t.loadableList({
    type: Worker,
    description: 'Workers and volunteers linked to this room.',
    load: (roomIds: string[], { db }) => workersOfRooms(db, roomIds),
    resolve: (room) => room.id,
  }),
);

builder.queryFields((t) => ({
  worker: t.field({
    type: Worker,
    nullable: true,
    description: 'One worker by id; null when it does not exist.',
    authScopes: READ,
    args: { id: t.arg.id({ required: true, description: 'The worker id.' }) },
    resolve: (_root, args, context) => loadOrNull(Worker.getDataloader(context), args.id),
  }),
  workers: t.connection(
    {
      type: Worker,
      nullable: true,
      description:
        'Workers by id, optionally of one organisation, role or room. Null when locations is unavailable; see errors.',
      authScopes: READ,
      args: {
        organisationId: t.arg.id({ description: 'Only workers of this organisation.' }),
        role: t.arg({ type: WorkerRole, description: 'Only workers with this role.' }),
        roomId: t.arg.id({ description: 'Only workers linked to this room.' }),
      },
      resolve: (_root, args, { db }) =>
        resolveOffsetConnection({ args, defaultSize: 50, maxSize: 100 }, (page) =>
          workerPage(db, args, page),
        ),
    },
    { name: 'WorkerConnection', description: 'A page of workers.' },
    { name: 'WorkerEdge', description: 'A worker on a page, with its cursor.' },
  ),
}));

const CreateWorkerInput = builder.inputType('CreateWorkerInput', {
  description: 'A worker to register.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Full name.' }),
    role: t.field({ type: WorkerRole, required: true, description: 'What the worker does.' }),
    organisationId: t.id({ required: true, description: 'The organisation the worker works for.' }),
    roomIds: t.idList({ description: 'Rooms the worker works in.' }),
  }),
});

builder.mutationFields((t) => ({
  createWorker: t.field({
    type: Worker,
    description: 'Register a worker or volunteer who staffs rooms.',
    authScopes: WRITE,
    errors: { types: [ValidationError, NotFoundError] },
    args: { input: t.arg({ type: CreateWorkerInput, required: true, description: 'What to do.' }) },
    resolve: async (_root, { input }, { db }) => {
      const worker = orThrow(planWorker(input, await existingRoomIds(db, input.roomIds ?? [])));
      return insertWorker(db, worker);
    },
  }),
}));
