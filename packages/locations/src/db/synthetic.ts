import { prng } from '@mienskip/kit/rules';
import type { WorkerRole } from '../domain/roles.ts';
import { WEEKDAYS, type Weekday } from '../domain/time.ts';
import type * as tables from './tables.ts';

type Tables = typeof tables;

/**
 * Deterministic synthetic data: the sources name the rooms but not their rosters, so opening
 * hours, presence, workers, shifts and visitor counts are generated from a fixed seed. Everything
 * generated is marked as such in its text fields and in its `provenance` (SYNTHETIC); none of it is a
 * real person.
 */
export { prng };

const FIRST_NAMES = [
  'Anke',
  'Bauke',
  'Durk',
  'Froukje',
  'Gerrit',
  'Hinke',
  'Jelle',
  'Lysbeth',
  'Marten',
  'Nynke',
  'Pieter',
  'Sjoukje',
  'Tsjalle',
  'Wytske',
  'Yde',
  'Aukje',
];
const LAST_NAMES = [
  'de Boer',
  'de Vries',
  'Hoekstra',
  'Dijkstra',
  'Visser',
  'Postma',
  'Bouma',
  'Zijlstra',
  'Wijnsma',
  'Kuipers',
  'Terpstra',
  'Hiemstra',
];

export function syntheticName(random: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  return `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
}

export const WORKDAYS: readonly Weekday[] = WEEKDAYS.slice(0, 5);

/** Weekly pattern per room: who is there when. Volunteers receive; Amaryllis holds basis hours. */
export function weeklyPattern(morningsOnly: boolean) {
  const close = morningsOnly ? 12 * 60 + 30 : 17 * 60;
  return {
    opening: WORKDAYS.map((weekday) => ({ weekday, fromMinute: 9 * 60, toMinute: close })),
    presence: [
      // Volunteers receive residents every weekday morning; afternoons only Monday to Wednesday.
      ...WORKDAYS.map((weekday) => ({
        weekday,
        fromMinute: 9 * 60,
        toMinute: 12 * 60 + 30,
        role: 'VRIJWILLIGER' as const,
      })),
      ...(morningsOnly
        ? []
        : WORKDAYS.slice(0, 3).map((weekday) => ({
            weekday,
            fromMinute: 13 * 60,
            toMinute: 17 * 60,
            role: 'VRIJWILLIGER' as const,
          }))),
      // Basis (Amaryllis) inloop on Tuesday and Thursday mornings.
      ...(['TUESDAY', 'THURSDAY'] as const).map((weekday) => ({
        weekday,
        fromMinute: 9 * 60 + 30,
        toMinute: 12 * 60,
        role: 'BASIS' as const,
      })),
    ],
  };
}

export const SYNTHETIC_WORKER_ROLES: readonly { role: WorkerRole; organisationId: string }[] = [
  { role: 'SOCIAAL_WERKER', organisationId: 'org-amaryllis' },
  { role: 'REGIEVOERDER', organisationId: 'org-amaryllis' },
  { role: 'VRIJWILLIGER', organisationId: 'org-vol' },
  { role: 'VRIJWILLIGER', organisationId: 'org-buurtservicepunt' },
  { role: 'BEGELEIDER', organisationId: 'org-windkracht058' },
  { role: 'JET_LID', organisationId: 'org-jet' },
];

/** The consulenten of Sociale Zaken in the seed (workers of org-sociale-zaken). */
export const SOCIALE_ZAKEN_WORKER_IDS = ['worker-sz-00001', 'worker-sz-00002', 'worker-sz-00003'] as const;

export const SYNTHETIC_NOTE = 'Synthetic example data, not from the sources.';

const ACTIVITIES = [
  { kind: 'SOLLICITATIECLUB', name: 'Sollicitatieclub', schedule: 'Tuesday afternoon' },
  { kind: 'MAATJESTRAJECT', name: 'Maatjestraject', schedule: 'By appointment' },
  { kind: 'FORMULIERENHULP', name: 'Formulierenhulp', schedule: 'Thursday morning' },
  { kind: 'GROENPROJECT', name: 'Groenproject', schedule: 'Wednesday afternoon' },
  { kind: 'ONTMOETING', name: 'Koffieochtend', schedule: 'Friday morning' },
] as const;

/** Visitor counts are generated for the first half of 2021. */
export const VISITS_FROM = '2021-01-04';
export const VISITS_DAYS = 180;

/**
 * The synthetic schedule for a list of rooms: per room its opening hours and presence pattern,
 * inloop and spreekuur moments, facility agreements, three workers with a shift each in the seed
 * week, one activity and daily visit counts. Deterministic: the same rooms give the same rows.
 */
export function syntheticSchedule(rooms: readonly { id: string; status: string }[]) {
  const out = generatedSchedule(rooms);
  const synthetic = <T>(rows: T[]) => rows.map((row) => ({ ...row, provenance: SYNTHETIC }));
  return {
    openingHours: synthetic(out.openingHours),
    presenceSlots: synthetic(out.presenceSlots),
    roomMoments: synthetic(out.roomMoments),
    facilityAgreements: synthetic(out.facilityAgreements),
    workers: synthetic(out.workers),
    workerRooms: out.workerRooms,
    shifts: synthetic(out.shifts),
    activities: synthetic(out.activities),
    visitCounts: synthetic(out.visitCounts),
  };
}

const SYNTHETIC = 'SYNTHETIC' as const;

function generatedSchedule(rooms: readonly { id: string; status: string }[]) {
  const random = prng(2021);
  const out = {
    openingHours: [] as Tables['openingHours']['$inferInsert'][],
    presenceSlots: [] as Tables['presenceSlots']['$inferInsert'][],
    roomMoments: [] as Tables['roomMoments']['$inferInsert'][],
    facilityAgreements: [] as Tables['facilityAgreements']['$inferInsert'][],
    workers: [] as Tables['workers']['$inferInsert'][],
    workerRooms: [] as Tables['workerRooms']['$inferInsert'][],
    shifts: [] as Tables['shifts']['$inferInsert'][],
    activities: [] as Tables['activities']['$inferInsert'][],
    visitCounts: [] as Tables['visitCounts']['$inferInsert'][],
  };
  rooms.forEach((room, index) => {
    const pattern = weeklyPattern(room.status === 'OPEN_MORNINGS_ONLY');
    out.openingHours.push(
      ...pattern.opening.map((period, i) => ({ id: `${room.id}-open-${i + 1}`, roomId: room.id, ...period })),
    );
    out.presenceSlots.push(
      ...pattern.presence.map((slot, i) => ({
        id: `${room.id}-presence-${i + 1}`,
        roomId: room.id,
        ...slot,
        organisationId: slot.role === 'BASIS' ? 'org-amaryllis' : 'org-vol',
        note: SYNTHETIC_NOTE,
      })),
    );
    out.roomMoments.push(
      {
        id: `${room.id}-inloop`,
        roomId: room.id,
        kind: 'INLOOP',
        weekday: 'TUESDAY',
        fromMinute: 570,
        toMinute: 720,
        organisationId: 'org-amaryllis',
        description: SYNTHETIC_NOTE,
      },
      {
        id: `${room.id}-spreekuur`,
        roomId: room.id,
        kind: 'SPREEKUUR',
        weekday: 'WEDNESDAY',
        fromMinute: 540,
        toMinute: 660,
        organisationId: 'org-sociale-zaken',
        description: SYNTHETIC_NOTE,
      },
    );
    out.facilityAgreements.push(
      {
        id: `${room.id}-coffee`,
        roomId: room.id,
        item: 'COFFEE_TEA',
        amountCents: 2500n + BigInt(index % 4) * 500n,
        period: 'PER_MONTH',
        description: SYNTHETIC_NOTE,
      },
      {
        id: `${room.id}-room`,
        roomId: room.id,
        item: 'ROOM',
        amountCents: 15000n,
        period: 'PER_MONTH',
        description: SYNTHETIC_NOTE,
      },
    );
    const roster = [
      { role: SYNTHETIC_WORKER_ROLES[0]!, date: '2021-01-05', fromMinute: 13 * 60, toMinute: 16 * 60 },
      { role: SYNTHETIC_WORKER_ROLES[2]!, date: '2021-01-07', fromMinute: 13 * 60, toMinute: 16 * 60 + 30 },
      {
        role: SYNTHETIC_WORKER_ROLES[(index % 3) + 3]!,
        date: '2021-01-08',
        fromMinute: 9 * 60,
        toMinute: 11 * 60,
      },
    ];
    roster.forEach((entry, i) => {
      const workerId = `worker-${String(index * 3 + i + 1).padStart(5, '0')}`;
      out.workers.push({
        id: workerId,
        name: syntheticName(random),
        role: entry.role.role,
        organisationId: entry.role.organisationId,
      });
      out.workerRooms.push({ workerId, roomId: room.id });
      if (room.status === 'OPEN_MORNINGS_ONLY' && entry.fromMinute >= 12 * 60 + 30) return;
      out.shifts.push({
        id: `shift-${workerId}-1`,
        workerId,
        roomId: room.id,
        date: entry.date,
        fromMinute: entry.fromMinute,
        toMinute: entry.toMinute,
      });
    });
    const activity = ACTIVITIES[index % ACTIVITIES.length]!;
    out.activities.push({
      id: `${room.id}-activity`,
      roomId: room.id,
      ...activity,
      organisationId: 'org-vol',
    });
    if (room.status !== 'OPEN' && room.status !== 'OPEN_MORNINGS_ONLY') return;
    const start = new Date(`${VISITS_FROM}T00:00:00Z`);
    for (let day = 0; day < VISITS_DAYS; day++) {
      const date = new Date(start);
      date.setUTCDate(start.getUTCDate() + day);
      if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue;
      const visitors = Math.floor(random() * 14);
      out.visitCounts.push({
        roomId: room.id,
        date: date.toISOString().slice(0, 10),
        visitors,
        supportRequests: Math.floor(visitors * random() * 0.5),
      });
    }
  });
  // Consulenten of Sociale Zaken, who hold regie on work and participation (BR-R3), each linked to
  // the rooms of every third spreekuur; generated after the rooms so that nothing above changes.
  SOCIALE_ZAKEN_WORKER_IDS.forEach((workerId, i) => {
    out.workers.push({
      id: workerId,
      name: syntheticName(random),
      role: 'CONSULENT_SOCIALE_ZAKEN',
      organisationId: 'org-sociale-zaken',
    });
    rooms.forEach((room, index) => {
      if (index % SOCIALE_ZAKEN_WORKER_IDS.length === i) out.workerRooms.push({ workerId, roomId: room.id });
    });
  });
  return out;
}
