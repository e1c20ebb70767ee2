import { type StandInOwner, startStandInOwner } from '@mienskip/testing';
import {
  BASIS_WORKER_IDS,
  JET_WORKER_IDS,
  ORGANISATIONS,
  ROOMS,
  WINDKRACHT_WORKER_IDS,
} from '../src/db/references.ts';

/** A consulent of Sociale Zaken in the locations seed. */
export const SOCIALE_ZAKEN_WORKER = 'worker-sz-00001';

const worker = (id: string, role: string, presenceRole: string, organisation: string) => ({
  id,
  role,
  presenceRole,
  organisation: { id: organisation },
});

/**
 * The workers of the locations seed that clients' seed refers to, as locations answers for them:
 * a sociaal werker of the basis and a volunteer in every room, the JET, the begeleiders of aanvullend.
 */
export const SEEDED_WORKERS = [
  ...BASIS_WORKER_IDS.map((id) => worker(id, 'SOCIAAL_WERKER', 'BASIS', ORGANISATIONS.amaryllis)),
  ...ROOMS.map((room) => worker(room.volunteerId, 'VRIJWILLIGER', 'VRIJWILLIGER', ORGANISATIONS.vol)),
  ...JET_WORKER_IDS.map((id) => worker(id, 'JET_LID', 'JET', ORGANISATIONS.jet)),
  ...WINDKRACHT_WORKER_IDS.map((id) => worker(id, 'BEGELEIDER', 'AANVULLEND', ORGANISATIONS.windkracht058)),
  // A consulent of Sociale Zaken, as the locations seed has them (BR-R3); clients' seed refers to none.
  worker(SOCIALE_ZAKEN_WORKER, 'CONSULENT_SOCIALE_ZAKEN', 'SOCIALE_ZAKEN', ORGANISATIONS.socialeZaken),
];

/** A stand-in for the locations subgraph that answers clients' look-ups of the seeded workers. */
export function startLocationsStandIn(): Promise<StandInOwner> {
  return startStandInOwner({ owner: 'locations', entities: { Worker: SEEDED_WORKERS } });
}

/** The organisations of the seeded workers with the lots they are main provider of, as budget answers. */
export const SEEDED_ORGANISATIONS = [
  { id: ORGANISATIONS.amaryllis, mainLots: ['BASISONDERSTEUNING'] },
  { id: ORGANISATIONS.windkracht058, mainLots: ['THUISONDERSTEUNING_EN_DAGBESTEDING'] },
  { id: ORGANISATIONS.vol, mainLots: [] },
  { id: ORGANISATIONS.jet, mainLots: [] },
  { id: ORGANISATIONS.socialeZaken, mainLots: [] },
];

/** A stand-in for the budget subgraph that answers clients' look-ups of organisations' lots. */
export function startBudgetStandIn(): Promise<StandInOwner> {
  return startStandInOwner({ owner: 'budget', entities: { Organisation: SEEDED_ORGANISATIONS } });
}
