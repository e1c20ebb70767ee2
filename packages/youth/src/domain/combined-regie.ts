import type { ValidationError } from '@mienskip/kit/rules';
import { closedRefusal } from './cases.ts';
import type { RegieLead } from './codes.ts';
import { dayRefusal } from './dates.ts';
import { NotJeugdwetCaseError, NoWmoRegievoerderError, type YouthCaseClosedError } from './errors.ts';
import type { CaseState, HouseholdFacts } from './facts.ts';

export interface CombinedRegieInput {
  lead: RegieLead;
  agreedOn: string;
}

export interface NewCombinedRegie {
  wmoRegievoerderId: string;
  processDirectorId: string;
  lead: RegieLead;
  agreedOn: string;
  /** The agreement in force, ended on `agreedOn`: the new one replaces it. */
  ends: string | null;
}

/**
 * BR-Y6: one family, one plan, one director (R-004-15). Where Jeugdwet support (under the JET's
 * procesregie) and Wmo support (under the basis' regievoerder) run side by side, who leads is agreed
 * per case — the sources leave how open (BR-R6). An agreement needs a Jeugdwet case with its
 * procesregisseur and the household's Wmo regievoerder now (as clients knows it); it replaces the
 * agreement in force, which ends the day the new one is agreed.
 */
export function agreeCombinedRegie(
  youthCase: CaseState,
  input: CombinedRegieInput,
  household: HouseholdFacts | null,
  inForce: { id: string; agreedOn: string } | null,
  today: string,
): NewCombinedRegie | YouthCaseClosedError | NotJeugdwetCaseError | NoWmoRegievoerderError | ValidationError {
  const closed = closedRefusal(youthCase);
  if (closed) return closed;
  if (youthCase.route !== 'JEUGDWET' || !youthCase.processDirectorId)
    return new NotJeugdwetCaseError(youthCase.id, 'combined regie joins Jeugdwet procesregie with Wmo regie');
  const wmo = household?.wmoRegievoerderId;
  if (!wmo) return new NoWmoRegievoerderError(youthCase.householdId);
  const notBefore = inForce
    ? { day: inForce.agreedOn, what: 'the agreement in force' }
    : { day: youthCase.openedOn, what: 'the case opened' };
  const day = dayRefusal('agreedOn', input.agreedOn, notBefore, today);
  if (day) return day;
  return {
    wmoRegievoerderId: wmo,
    processDirectorId: youthCase.processDirectorId,
    lead: input.lead,
    agreedOn: input.agreedOn,
    ends: inForce?.id ?? null,
  };
}

/**
 * Who leads a household with Jeugdwet support and Wmo support side by side: the lead of the agreement
 * in force, or null when none is agreed yet — the open design item of the sources (BR-R6).
 */
export function combinedLead(agreement: { lead: RegieLead } | null): RegieLead | null {
  return agreement?.lead ?? null;
}

/** Which other support runs beside a household's Jeugdwet support (BR-Y6). */
export interface CombinedSupport {
  /** The household has a Wmo regievoerder now (clients). */
  wmoSupport: boolean;
  /** The household has an open debt case (debt); null when debt did not answer. */
  debtSupport: boolean | null;
}

/**
 * BR-Y6: an open Jeugdwet case counts as combined support when its household has a Wmo regievoerder
 * now or an open debt case (schuldhulpverlening). Debt not answering (null) does not count, nor does it
 * hide the Wmo support: the case then counts on Wmo alone, its debt support unknown. Null: no combined
 * support (known to the owners that answered).
 */
export function combinedSupport(
  wmoRegievoerderId: string | null | undefined,
  hasOpenDebtCase: boolean | null,
): CombinedSupport | null {
  const wmoSupport = Boolean(wmoRegievoerderId);
  if (!wmoSupport && hasOpenDebtCase !== true) return null;
  return { wmoSupport, debtSupport: hasOpenDebtCase };
}
