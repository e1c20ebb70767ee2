import type { ValidationError } from '@mienskip/kit/rules';
import { eventDateRefusal, type SafetyCase } from './case.ts';
import { NotMultidisciplinaryError, type YouthCaseClosedError } from './errors.ts';

/** A case conference to insert. */
export interface NewCaseConference {
  caseId: string;
  heldOn: string;
  participantOrganisationIds: string[];
  informationShared: boolean;
}

/**
 * (Multi-disciplinair) overleg met andere professionals (BR-YS10): at least two distinct
 * organisations take part (each named once), on a date in the case's life.
 */
export function holdConference(
  safetyCase: SafetyCase,
  input: {
    heldOn?: string | null;
    participantOrganisationIds: readonly string[];
    informationShared: boolean;
  },
  today: string,
): NewCaseConference | NotMultidisciplinaryError | ValidationError | YouthCaseClosedError {
  const participantOrganisationIds = [
    ...new Set(input.participantOrganisationIds.map((id) => id.trim()).filter(Boolean)),
  ].sort();
  if (participantOrganisationIds.length < 2)
    return new NotMultidisciplinaryError(participantOrganisationIds.length);
  const heldOn = input.heldOn ?? today;
  const refusal = eventDateRefusal(safetyCase, heldOn, today, 'heldOn');
  if (refusal) return refusal;
  return {
    caseId: safetyCase.id,
    heldOn,
    participantOrganisationIds,
    informationShared: input.informationShared,
  };
}
