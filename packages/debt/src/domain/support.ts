import type { ValidationError } from '@mienskip/kit/rules';
import { closedRefusal, type DebtCaseState } from './cases.ts';
import type { GuardianshipAdvice, VolunteerTask } from './codes.ts';
import { dayRefusal } from './dates.ts';
import { type DebtCaseClosedError, NotDebtVolunteerError } from './errors.ts';
import { VOLUNTEER_ROLE, type WorkerFacts } from './facts.ts';

/**
 * BR-DB13: the municipality's advisory right in the procedure for onderbewindstelling (beschermingsbewind),
 * carried out by the basis (Uitvoeringsplan §4.3: "Uitvoering geven aan het adviesrecht dat de gemeente
 * Leeuwarden op termijn in het onderbewindstellingsproces krijgt"). Given on a case after its
 * registration, not in the future; who may give it is checked as for the holder of the case (BR-DB4).
 * An advice may be given also after outflow (the court may ask later), so a closed case does not refuse it.
 */
export function adviseGuardianship(
  state: DebtCaseState,
  advisedOn: string,
  advice: GuardianshipAdvice,
  today: string,
): { advisedOn: string; advice: GuardianshipAdvice } | ValidationError {
  return (
    dayRefusal('advisedOn', advisedOn, { day: state.registeredOn, what: 'the registration' }, today) ?? {
      advisedOn,
      advice,
    }
  );
}

/**
 * BR-DB14: a volunteer helps with administration or prepares a debt settlement (the Jelle example,
 * Uitvoeringsplan §3.2: "een vrijwilliger … die hem helpt om zijn financiën en administratie op orde te
 * krijgen en te houden. Deze vrijwilliger bereidt ook het traject naar een schuldsanering voor"): a
 * worker locations knows as VRIJWILLIGER, on an open case, from its registration on, not in the future.
 */
export function assignVolunteer(
  state: DebtCaseState,
  workerId: string,
  worker: WorkerFacts | null,
  task: VolunteerTask,
  startedOn: string,
  today: string,
):
  | { workerId: string; task: VolunteerTask; startedOn: string }
  | DebtCaseClosedError
  | NotDebtVolunteerError
  | ValidationError {
  const closed = closedRefusal(state);
  if (closed) return closed;
  if (!worker || worker.role !== VOLUNTEER_ROLE) return new NotDebtVolunteerError(workerId);
  return (
    dayRefusal('startedOn', startedOn, { day: state.registeredOn, what: 'the registration' }, today) ?? {
      workerId,
      task,
      startedOn,
    }
  );
}
