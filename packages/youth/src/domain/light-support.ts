import { NotFoundError, ValidationError } from '@mienskip/kit/rules';
import { closedRefusal } from './cases.ts';
import { LIGHT_SUPPORT_GOALS, type LightSupportGoal } from './codes.ts';
import { dayRefusal } from './dates.ts';
import { NotBasisWorkerError, type YouthCaseClosedError } from './errors.ts';
import { BASIS_PRESENCE_ROLE, type CaseState, type WorkerFacts } from './facts.ts';

export interface LightSupportInput {
  goals: readonly LightSupportGoal[];
  startedOn: string;
  workerId: string;
}

export interface NewLightSupport {
  goals: LightSupportGoal[];
  startedOn: string;
  workerId: string;
  organisationId: string;
}

/**
 * BR-Y5: lichte opvoedondersteuning (E35) is a general provision of the basis: no beschikking, and no
 * JET consultation or decision before it — the basis may start it at once when it is involved and the
 * question is light (R-004-12; Uitvoeringsplan §4.4). It has one or more of the six goals, each once,
 * and is given by a worker of the basis, whose organisation is kept. As a general provision it carries
 * no abonnementstarief: nothing here charges.
 */
export function startLightSupport(
  youthCase: CaseState,
  input: LightSupportInput,
  worker: WorkerFacts | null,
  today: string,
): NewLightSupport | YouthCaseClosedError | NotFoundError | ValidationError {
  const closed = closedRefusal(youthCase);
  if (closed) return closed;
  if (input.goals.length === 0) return new ValidationError('goals', 'Name at least one goal');
  if (new Set(input.goals).size !== input.goals.length)
    return new ValidationError('goals', 'Name each goal once');
  if (input.goals.some((goal) => !LIGHT_SUPPORT_GOALS.includes(goal)))
    return new ValidationError('goals', 'A goal is one of the six of light parenting support');
  if (!worker) return new NotFoundError('Worker', input.workerId);
  if (worker.presenceRole !== BASIS_PRESENCE_ROLE || !worker.organisationId)
    return new NotBasisWorkerError(worker.id);
  const day = dayRefusal(
    'startedOn',
    input.startedOn,
    { day: youthCase.openedOn, what: 'the case opened' },
    today,
  );
  if (day) return day;
  // In the source's order, so that the same goals are always stored alike.
  const goals = LIGHT_SUPPORT_GOALS.filter((goal) => input.goals.includes(goal));
  return { goals, startedOn: input.startedOn, workerId: worker.id, organisationId: worker.organisationId };
}

/** Ending light support: once, on or after its start, never in the future. */
export function endLightSupport(
  support: { startedOn: string; endedOn: string | null },
  endedOn: string,
  today: string,
): { endedOn: string } | ValidationError {
  if (support.endedOn !== null)
    return new ValidationError('supportId', `The light support ended on ${support.endedOn} already`);
  return (
    dayRefusal('endedOn', endedOn, { day: support.startedOn, what: 'the support started' }, today) ?? {
      endedOn,
    }
  );
}
