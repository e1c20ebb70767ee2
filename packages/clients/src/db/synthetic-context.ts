import type { HouseholdRole, LegacyIndication, TransitionOutcome } from '../domain/codes.ts';
import { dayOf } from './dates.ts';
import type { Random } from './random.ts';
import type { RoomReference } from './references.ts';
import type * as tables from './tables.ts';

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];

/** Rows for every table of the clients subgraph, in an order that respects the foreign keys. */
export interface ClientsSeedRows {
  households: Insert<typeof tables.households>[];
  clients: Insert<typeof tables.clients>[];
  supportPlans: Insert<typeof tables.supportPlans>[];
  coordinatorAssignments: Insert<typeof tables.coordinatorAssignments>[];
  supportRequests: Insert<typeof tables.supportRequests>[];
  referrals: Insert<typeof tables.referrals>[];
  decisions: Insert<typeof tables.decisions>[];
  objections: Insert<typeof tables.objections>[];
  complaints: Insert<typeof tables.complaints>[];
  engagements: Insert<typeof tables.engagements>[];
  transitionInterviews: Insert<typeof tables.transitionInterviews>[];
  housingLinks: Insert<typeof tables.housingLinks>[];
}

export type ClientInsert = ClientsSeedRows['clients'][number];
export type EngagementInsert = ClientsSeedRows['engagements'][number];
export type SupportRequestInsert = ClientsSeedRows['supportRequests'][number];
export type DecisionInsert = ClientsSeedRows['decisions'][number];

/** How far a transition client got by the time of the seed (see `planTransition`). */
/** Every interview was held (seed-001); what differs is how far its follow-up got. */
export type InterviewProgress = 'COMPLETED' | 'HELD_IN_PROGRESS' | 'HELD_NOT_STARTED';

/** One resident with a legacy indication, decided before the households are built. */
export interface LegacyClient {
  indication: LegacyIndication;
  /** Where the interview sends (or, not yet held, would send) the client. */
  destination: TransitionOutcome;
  status: InterviewProgress;
  legacyOrganisationId: string;
  housingLink: 'OPEN' | 'SOLVED' | null;
}

export interface Member {
  row: ClientInsert;
  role: HouseholdRole;
  young: boolean;
  legacy: LegacyClient | null;
}

/** A household while it is being generated: its members and what was set up for them. */
export interface HouseholdDraft {
  id: string;
  room: RoomReference;
  members: Member[];
  engagements: EngagementInsert[];
  /** The JET holds procesregie for the Jeugdwet part (opened on the given day). */
  jeugdwetFrom: number | null;
  hasHousingLink: boolean;
}

export type IdPrefix =
  | 'household'
  | 'client'
  | 'plan'
  | 'regie'
  | 'request'
  | 'referral'
  | 'decision'
  | 'objection'
  | 'complaint'
  | 'engagement'
  | 'transition'
  | 'housing';

export interface Context {
  random: Random;
  rows: ClientsSeedRows;
  /** Readable, zero-padded, in creation order: `client-000001`. */
  nextId(prefix: IdPrefix): string;
  /** Alternates the two household-help providers, so each gets half. */
  nextHouseholdHelpProvider(): string;
}

/** The synthetic data's "today": everything generated happened on or before this day. */
export const LAST_DAY = dayOf('2022-12-31');
/** The new model starts: transferred clients start with their new provider. */
export const TRANSFER_DAY = dayOf('2021-01-01');

export function createContext(random: Random, householdHelpProviders: readonly [string, string]): Context {
  const counters = new Map<IdPrefix, number>();
  let householdHelp = 0;
  return {
    random,
    rows: {
      households: [],
      clients: [],
      supportPlans: [],
      coordinatorAssignments: [],
      supportRequests: [],
      referrals: [],
      decisions: [],
      objections: [],
      complaints: [],
      engagements: [],
      transitionInterviews: [],
      housingLinks: [],
    },
    nextId(prefix) {
      const n = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, n);
      return `${prefix}-${String(n).padStart(6, '0')}`;
    },
    nextHouseholdHelpProvider: () => householdHelpProviders[householdHelp++ % 2]!,
  };
}
