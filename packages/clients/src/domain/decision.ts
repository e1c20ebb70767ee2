import { ValidationError } from '@mienskip/kit/rules';
import type { DecisionKind, DecisionOutcome, Destination2021 } from './codes.ts';
import { RuleViolationError } from './errors.ts';
import { TRANSITION_DATE } from './transition.ts';

/** A beschikking as the municipality issues it. */
export interface DecisionInput {
  clientId: string;
  kind: DecisionKind;
  outcome: DecisionOutcome;
  adviceByOrganisationId: string;
  adviceSummary: string;
  issuedOn?: string | null;
  validFrom: string;
  validTo?: string | null;
  destination2021?: Destination2021 | null;
}

/** A beschikking to insert. */
export interface NewDecision {
  clientId: string;
  kind: DecisionKind;
  outcome: DecisionOutcome;
  adviceByOrganisationId: string;
  adviceSummary: string;
  issuedOn: string;
  validFrom: string;
  validTo: string | null;
  destination2021: Destination2021 | null;
}

const MAX_SUMMARY_LENGTH = 2000;
/** The first day from which a beschikking states where it goes in 2021 (BR-T3). */
const DESTINATION_STATED_FROM = '2020-01-01';

/** BR-T3: a beschikking issued in 2020, before the transition, states its 2021 destination. */
export function needsDestination2021(issuedOn: string): boolean {
  return issuedOn >= DESTINATION_STATED_FROM && issuedOn < TRANSITION_DATE;
}

/** A beschikking (only the municipality issues one, R-004-04): an advice, a validity, a destination. */
export function issueDecision(
  input: DecisionInput,
  today: string,
): ValidationError | RuleViolationError | NewDecision {
  const adviceSummary = input.adviceSummary.trim();
  if (!adviceSummary || adviceSummary.length > MAX_SUMMARY_LENGTH)
    return new ValidationError('adviceSummary', 'The advice summary has 1 to 2000 characters');
  if (input.validTo && input.validTo < input.validFrom)
    return new RuleViolationError('validTo', 'Valid until lies before valid from');
  const issuedOn = input.issuedOn ?? today;
  if (needsDestination2021(issuedOn) && !input.destination2021) {
    return new RuleViolationError(
      'destination2021',
      'A beschikking issued in 2020 states its 2021 destination',
    );
  }
  return {
    clientId: input.clientId,
    kind: input.kind,
    outcome: input.outcome,
    adviceByOrganisationId: input.adviceByOrganisationId,
    adviceSummary,
    issuedOn,
    validFrom: input.validFrom,
    validTo: input.validTo ?? null,
    destination2021: input.destination2021 ?? null,
  };
}
