import { NotFoundError } from '@mienskip/kit/rules';
import type { RegieDomain, RequestOutcome } from './codes.ts';
import { RuleViolationError } from './errors.ts';

/**
 * Who may do what with a case, decided over a worker's facts as the locations subgraph, which owns
 * workers, and budget, which owns organisations and their lots, tell them now (looked up, never
 * copied). A *caseworker* has an account in the municipal
 * case system (Mens Centraal): a professional of the basis, the JET or Sociale Zaken — never a
 * volunteer, nor a begeleider of aanvullend (BR-A2).
 */
export interface WorkerFacts {
  id: string;
  /** What the worker does, e.g. `SOCIAAL_WERKER`, `JET_LID`, `VRIJWILLIGER`. */
  role: string;
  /** The part of the social domain the worker's work belongs to, e.g. `BASIS`, `JET`, `AANVULLEND`. */
  presenceRole: string;
  /**
   * The organisation the worker works for (as locations gives it), with the lots budget says it is
   * main provider of now; null when either owner does not know it.
   */
  organisation: { id: string; mainLots: readonly string[] } | null;
}

/** The teams whose workers are caseworkers, by the worker's presence role. */
export const CASE_TEAMS = ['BASIS', 'JET', 'SOCIALE_ZAKEN'] as const;
export type CaseTeam = (typeof CASE_TEAMS)[number];

const TEAM_NAMES: Record<CaseTeam, string> = {
  BASIS: 'the basis (a sociaal werker or regievoerder)',
  JET: 'the JET',
  SOCIALE_ZAKEN: 'Sociale Zaken',
};

/** Who holds regie in each domain (BR-R1–R3): the basis for Wmo, the JET for Jeugdwet, Sociale Zaken for work. */
export const REGIE_TEAM: Record<RegieDomain, CaseTeam> = {
  WMO: 'BASIS',
  JEUGDWET: 'JET',
  WERK_PARTICIPATIE: 'SOCIALE_ZAKEN',
};

/** A caseworker with the organisation the worker works for. */
export type Caseworker = WorkerFacts & {
  presenceRole: CaseTeam;
  organisation: { id: string; mainLots: readonly string[] };
};

/** The lot whose holder is the basis provider (BR-A14). */
const BASIS_LOT = 'BASISONDERSTEUNING';

function isCaseTeam(presenceRole: string): presenceRole is CaseTeam {
  return (CASE_TEAMS as readonly string[]).includes(presenceRole);
}

/**
 * The worker as a caseworker, of `team` when one is named. A worker locations does not know, or one
 * who is no caseworker, is not found as a caseworker; a caseworker of another team breaks the rule.
 */
export function caseworkerOf(
  workerId: string,
  worker: WorkerFacts | null,
  team: CaseTeam | null,
  field: string,
): Caseworker | NotFoundError | RuleViolationError {
  if (!worker?.organisation || !isCaseTeam(worker.presenceRole))
    return new NotFoundError('Caseworker', workerId);
  // A basis worker is a worker of the organisation that holds the basisondersteuning lot (BR-A14).
  if (worker.presenceRole === 'BASIS' && !worker.organisation.mainLots.includes(BASIS_LOT)) {
    return new RuleViolationError(
      field,
      `${workerId} is no basis worker: ${worker.organisation.id} does not hold the basisondersteuning lot`,
    );
  }
  if (team && worker.presenceRole !== team) {
    return new RuleViolationError(
      field,
      `This needs a worker of ${TEAM_NAMES[team]}; ${workerId} works for ${TEAM_NAMES[worker.presenceRole]}`,
    );
  }
  return worker as Caseworker;
}

/** Who may be regievoerder in a domain (BR-R1–R3). */
export function regieHolder(domain: RegieDomain, workerId: string, worker: WorkerFacts | null) {
  return caseworkerOf(workerId, worker, REGIE_TEAM[domain], 'workerId');
}

/** Only a basis worker refers to aanvullende ondersteuning (BR-A3). */
export function referralIssuer(workerId: string, worker: WorkerFacts | null) {
  return caseworkerOf(workerId, worker, 'BASIS', 'workerId');
}

/** Any caseworker assesses a request (BR-A2); a referral to aanvullend is the basis's call (BR-A3). */
export function requestAssessor(outcome: RequestOutcome, workerId: string, worker: WorkerFacts | null) {
  return caseworkerOf(workerId, worker, outcome === 'AANVULLEND_REFERRAL' ? 'BASIS' : null, 'workerId');
}

/** The household's plan is written by a basis worker (BR-R5). */
export function planAuthor(workerId: string, worker: WorkerFacts | null) {
  return caseworkerOf(workerId, worker, 'BASIS', 'createdByWorkerId');
}
