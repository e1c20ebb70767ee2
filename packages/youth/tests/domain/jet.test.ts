import { NotFoundError, ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import {
  NotJetError,
  NotJetMemberError,
  NotJeugdwetCaseError,
  ProcessDirectorRequiredError,
  YouthCaseClosedError,
} from '../../src/domain/errors.ts';
import { appointProcessDirector, recordConsultation, recordDecision } from '../../src/domain/jet.ts';
import { aCase, BASIS_WORKER, JET_MEMBER, JEUGDWET_CASE, OTHER_JET_MEMBER, TODAY } from './fixtures.ts';

const JET_KEY = { organisationId: 'org-jet' };
const BASIS_KEY = { organisationId: 'org-amaryllis' };

describe('a JET consultation (BR-Y3)', () => {
  const input = { consultedOn: '2022-02-01', expertId: JET_MEMBER.id, advice: ' Overleg met school. ' };

  it('is given by a JET member, whose organisation is kept, on any route and without a decision first', () => {
    expect(recordConsultation(aCase({ route: 'SOCIALE_BASIS' }), input, JET_MEMBER, TODAY)).toEqual({
      consultedOn: '2022-02-01',
      expertId: JET_MEMBER.id,
      expertOrganisationId: 'org-jet',
      advice: 'Overleg met school.',
    });
  });

  it('refuses an expert who is no JET member, an unknown worker, a closed case, a day before the case', () => {
    expect(recordConsultation(aCase(), input, BASIS_WORKER, TODAY)).toBeInstanceOf(NotJetMemberError);
    expect(recordConsultation(aCase(), input, null, TODAY)).toBeInstanceOf(NotFoundError);
    expect(recordConsultation(aCase({ closedOn: '2022-01-20' }), input, JET_MEMBER, TODAY)).toBeInstanceOf(
      YouthCaseClosedError,
    );
    expect(
      recordConsultation(aCase(), { ...input, consultedOn: '2022-01-01' }, JET_MEMBER, TODAY),
    ).toBeInstanceOf(ValidationError);
    expect(recordConsultation(aCase(), { ...input, advice: '  ' }, JET_MEMBER, TODAY)).toBeInstanceOf(
      ValidationError,
    );
  });
});

describe('a JET decision (BR-Y2, BR-Y4)', () => {
  const jeugdwet = {
    decidedOn: '2022-02-15',
    decidedById: JET_MEMBER.id,
    route: 'JEUGDWET' as const,
    support: 'Ambulante jeugdhulp',
    processDirectorId: OTHER_JET_MEMBER.id,
  };

  it('puts the case on the Jeugdwet route with a JET member as procesregisseur', () => {
    const decided = recordDecision(aCase(), jeugdwet, JET_KEY, JET_MEMBER, OTHER_JET_MEMBER, TODAY);
    expect(decided).toMatchObject({
      decision: { organisationId: 'org-jet', route: 'JEUGDWET', decidedById: JET_MEMBER.id },
      caseChanges: {
        route: 'JEUGDWET',
        processDirectorId: OTHER_JET_MEMBER.id,
        processDirectorOrganisationId: 'org-jet',
      },
      endsCombinedRegie: false,
    });
  });

  it('is refused for a key that is not the deciding JET member’s organisation: a decision by a non-JET key', () => {
    expect(recordDecision(aCase(), jeugdwet, BASIS_KEY, JET_MEMBER, OTHER_JET_MEMBER, TODAY)).toBeInstanceOf(
      NotJetError,
    );
  });

  it('is refused when the deciding worker is no JET member, even for a JET key', () => {
    expect(
      recordDecision(aCase(), jeugdwet, JET_KEY, { ...BASIS_WORKER, organisationId: 'org-jet' }, null, TODAY),
    ).toBeInstanceOf(NotJetError);
  });

  it('needs a procesregisseur, a JET member, on the Jeugdwet route: a case without a process director', () => {
    const withoutDirector = { ...jeugdwet, processDirectorId: null };
    expect(recordDecision(aCase(), withoutDirector, JET_KEY, JET_MEMBER, null, TODAY)).toBeInstanceOf(
      ProcessDirectorRequiredError,
    );
    expect(
      recordDecision(
        aCase(),
        { ...jeugdwet, processDirectorId: BASIS_WORKER.id },
        JET_KEY,
        JET_MEMBER,
        BASIS_WORKER,
        TODAY,
      ),
    ).toBeInstanceOf(NotJetMemberError);
  });

  it('may decide for the sociale basis or the basis, which ends Jeugdwet procesregie and combined regie', () => {
    const basis = { ...jeugdwet, route: 'BASIS' as const, processDirectorId: null };
    expect(recordDecision(JEUGDWET_CASE, basis, JET_KEY, JET_MEMBER, null, TODAY)).toMatchObject({
      caseChanges: { route: 'BASIS', processDirectorId: null, processDirectorOrganisationId: null },
      endsCombinedRegie: true,
    });
    expect(
      recordDecision(aCase(), { ...basis, route: 'SOCIALE_BASIS' }, JET_KEY, JET_MEMBER, null, TODAY),
    ).toMatchObject({
      caseChanges: { route: 'SOCIALE_BASIS' },
      endsCombinedRegie: false,
    });
    expect(
      recordDecision(
        aCase(),
        { ...basis, processDirectorId: OTHER_JET_MEMBER.id },
        JET_KEY,
        JET_MEMBER,
        OTHER_JET_MEMBER,
        TODAY,
      ),
    ).toBeInstanceOf(ValidationError);
  });

  it('refuses a closed case, an unknown worker and a day before the case opened', () => {
    expect(
      recordDecision(
        aCase({ closedOn: '2022-02-01' }),
        jeugdwet,
        JET_KEY,
        JET_MEMBER,
        OTHER_JET_MEMBER,
        TODAY,
      ),
    ).toBeInstanceOf(YouthCaseClosedError);
    expect(recordDecision(aCase(), jeugdwet, JET_KEY, null, OTHER_JET_MEMBER, TODAY)).toBeInstanceOf(
      NotFoundError,
    );
    expect(
      recordDecision(
        aCase(),
        { ...jeugdwet, decidedOn: '2021-12-31' },
        JET_KEY,
        JET_MEMBER,
        OTHER_JET_MEMBER,
        TODAY,
      ),
    ).toBeInstanceOf(ValidationError);
  });
});

describe('appointing a procesregisseur (BR-Y2, BR-Y4)', () => {
  it('lets the JET appoint one of its members on a Jeugdwet case', () => {
    expect(appointProcessDirector(JEUGDWET_CASE, OTHER_JET_MEMBER.id, JET_KEY, OTHER_JET_MEMBER)).toEqual({
      processDirectorId: OTHER_JET_MEMBER.id,
      processDirectorOrganisationId: 'org-jet',
    });
  });

  it('refuses another key, a worker who is no JET member, and a case off the Jeugdwet route', () => {
    expect(
      appointProcessDirector(JEUGDWET_CASE, OTHER_JET_MEMBER.id, BASIS_KEY, OTHER_JET_MEMBER),
    ).toBeInstanceOf(NotJetError);
    expect(appointProcessDirector(JEUGDWET_CASE, BASIS_WORKER.id, JET_KEY, BASIS_WORKER)).toBeInstanceOf(
      NotJetMemberError,
    );
    expect(appointProcessDirector(aCase(), OTHER_JET_MEMBER.id, JET_KEY, OTHER_JET_MEMBER)).toBeInstanceOf(
      NotJeugdwetCaseError,
    );
  });
});
