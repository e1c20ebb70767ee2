import { describe, expect, it } from 'vitest';
import { holdConference } from '../../../src/domain/safety/conference.ts';
import { NotMultidisciplinaryError } from '../../../src/domain/safety/errors.ts';
import { CASE, TODAY } from './fixtures.ts';

describe('a case conference (BR-YS10)', () => {
  it('has at least two organisations, each once', () => {
    expect(
      holdConference(
        CASE,
        { participantOrganisationIds: ['org-jet', 'org-amaryllis', 'org-jet'], informationShared: true },
        TODAY,
      ),
    ).toEqual({
      caseId: CASE.id,
      heldOn: TODAY,
      participantOrganisationIds: ['org-amaryllis', 'org-jet'],
      informationShared: true,
    });
  });

  it('is refused with one organisation, even named twice', () => {
    const refusal = holdConference(
      CASE,
      { participantOrganisationIds: ['org-jet', 'org-jet'], informationShared: false },
      TODAY,
    );
    expect(refusal).toBeInstanceOf(NotMultidisciplinaryError);
    expect(refusal).toMatchObject({ organisationCount: 1, field: 'participantOrganisationIds' });
  });
});
