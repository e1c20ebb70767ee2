import { NotFoundError, ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import {
  advancePhase,
  assessCase,
  closeDebtCase,
  holderRefusal,
  openDebtCase,
  openerRefusal,
  phaseOf,
  recordAftercare,
} from '../../src/domain/cases.ts';
import {
  DebtCaseClosedError,
  DebtCaseNotHeldError,
  DebtIntakeRequiredError,
  DebtorsNotOneHouseholdError,
  DebtPhaseBackwardsError,
  DebtPhaseSkippedError,
  DebtReferralOpenError,
  NotDebtCaseOpenerError,
  TooManyDebtorsError,
} from '../../src/domain/errors.ts';
import type { HouseholdFacts } from '../../src/domain/facts.ts';
import { registered, stabilising, TODAY } from './fixtures.ts';

const household: HouseholdFacts = {
  id: 'household-1',
  areaId: 'area-noord',
  members: [
    { clientId: 'client-a', role: 'PARENT' },
    { clientId: 'client-b', role: 'PARENT' },
    { clientId: 'client-c', role: 'YOUNG_PERSON' },
  ],
};
const inHousehold = (id: string) => ({ id, householdId: 'household-1' });
const open = (
  clientIds: string[],
  clients = clientIds.map(inHousehold),
  facts: HouseholdFacts | null = household,
) => openDebtCase({ clientIds, registeredOn: '2022-03-01' }, clients, facts, 'org-amaryllis', TODAY);

describe('registering a debt case (BR-DB2)', () => {
  it('registers one client or two partners of one household, with the household and its area', () => {
    expect(open(['client-a'])).toMatchObject({
      householdId: 'household-1',
      areaId: 'area-noord',
      clientIds: ['client-a'],
    });
    expect(open(['client-a', 'client-b'])).toMatchObject({ clientIds: ['client-a', 'client-b'] });
  });

  it('refuses more than two clients', () => {
    expect(open(['client-a', 'client-b', 'client-c'])).toBeInstanceOf(TooManyDebtorsError);
  });

  it('refuses two clients of different households', () => {
    const result = open(
      ['client-a', 'client-x'],
      [inHousehold('client-a'), { id: 'client-x', householdId: 'household-2' }],
    );
    expect(result).toBeInstanceOf(DebtorsNotOneHouseholdError);
  });

  it('refuses an unknown client, a client named twice and a day in the future', () => {
    expect(open(['client-a'], [null as never])).toBeInstanceOf(NotFoundError);
    expect(open(['client-a', 'client-a'])).toBeInstanceOf(ValidationError);
    expect(
      openDebtCase(
        { clientIds: ['client-a'], registeredOn: '2023-01-01' },
        [inHousehold('client-a')],
        household,
        'o',
        TODAY,
      ),
    ).toBeInstanceOf(ValidationError);
  });

  it('refuses severity and complexity that contradict each other (BR-DB7)', () => {
    const result = openDebtCase(
      {
        clientIds: ['client-a'],
        registeredOn: '2022-03-01',
        severity: 'PROBLEMATISCH',
        complexity: 'SIMPLE',
      },
      [inHousehold('client-a')],
      household,
      'org-amaryllis',
      TODAY,
    );
    expect(result).toBeInstanceOf(ValidationError);
  });
});

describe('who registers and holds a case (BR-DB3, BR-DB4)', () => {
  const basis = { id: 'org-amaryllis', kind: 'PROVIDER', mainLots: ['BASISONDERSTEUNING'] };
  it('lets the municipality, a municipal team and the basis register; no other provider or partner', () => {
    expect(
      openerRefusal({ organisationId: 'org-gemeente', organisationKind: 'MUNICIPALITY' }, null),
    ).toBeNull();
    expect(openerRefusal({ organisationId: 'org-jet', organisationKind: 'MUNICIPAL_TEAM' }, null)).toBeNull();
    expect(
      openerRefusal({ organisationId: 'org-amaryllis', organisationKind: 'PROVIDER' }, basis),
    ).toBeNull();
    expect(
      openerRefusal(
        { organisationId: 'org-windkracht058', organisationKind: 'PROVIDER' },
        { id: 'org-windkracht058', kind: 'PROVIDER', mainLots: ['THUISONDERSTEUNING_EN_DAGBESTEDING'] },
      ),
    ).toBeInstanceOf(NotDebtCaseOpenerError);
    expect(
      openerRefusal({ organisationId: 'org-curatieve-schuldhulp', organisationKind: 'PARTNER' }, null),
    ).toBeInstanceOf(NotDebtCaseOpenerError);
  });

  it('lets the registering organisation and the municipality change the case, not a third party', () => {
    const state = registered();
    expect(
      holderRefusal({ organisationId: 'org-amaryllis', organisationKind: 'PROVIDER' }, state),
    ).toBeNull();
    expect(
      holderRefusal({ organisationId: 'org-gemeente', organisationKind: 'MUNICIPALITY' }, state),
    ).toBeNull();
    expect(
      holderRefusal({ organisationId: 'org-curatieve-schuldhulp', organisationKind: 'PARTNER' }, state),
    ).toBeInstanceOf(DebtCaseNotHeldError);
  });
});

describe('phases (BR-DB5, BR-DB6)', () => {
  it('derives the phase from the last date set', () => {
    expect(phaseOf(registered())).toBe('REGISTRATION');
    expect(phaseOf(stabilising())).toBe('STABILISATION');
    expect(phaseOf(stabilising({ aftercareOn: '2022-06-01' }))).toBe('AFTERCARE');
    expect(phaseOf(stabilising({ outflowOn: '2022-03-01' }))).toBe('OUTFLOW');
  });

  it('moves forward only', () => {
    expect(advancePhase(stabilising(), 'INTAKE', '2022-03-01', null, TODAY)).toBeInstanceOf(
      DebtPhaseBackwardsError,
    );
    expect(advancePhase(stabilising(), 'STABILISATION', '2022-03-01', null, TODAY)).toBeInstanceOf(
      DebtPhaseBackwardsError,
    );
  });

  it('needs the intake before anything else and stabilisation before a solution; the solution may be skipped', () => {
    expect(advancePhase(registered(), 'STABILISATION', '2022-02-01', null, TODAY)).toMatchObject({
      missingPhase: 'INTAKE',
    });
    const intake = registered({ intakeOn: '2022-01-20' });
    expect(advancePhase(intake, 'SOLUTION', '2022-02-01', 'BETALINGSREGELING', TODAY)).toBeInstanceOf(
      DebtPhaseSkippedError,
    );
    expect(advancePhase(intake, 'AFTERCARE', '2022-02-01', null, TODAY)).toMatchObject({
      missingPhase: 'STABILISATION',
    });
    expect(advancePhase(stabilising(), 'AFTERCARE', '2022-05-01', null, TODAY)).toEqual({
      aftercareOn: '2022-05-01',
    });
  });

  it('gives a solution its kind and no other phase one', () => {
    expect(advancePhase(stabilising(), 'SOLUTION', '2022-05-01', null, TODAY)).toBeInstanceOf(
      ValidationError,
    );
    expect(advancePhase(stabilising(), 'SOLUTION', '2022-05-01', 'SCHULDBEMIDDELING', TODAY)).toEqual({
      solutionOn: '2022-05-01',
      solutionKind: 'SCHULDBEMIDDELING',
    });
    expect(advancePhase(stabilising(), 'AFTERCARE', '2022-05-01', 'SCHULDBEMIDDELING', TODAY)).toBeInstanceOf(
      ValidationError,
    );
  });

  it('refuses a day before the present phase, in the future, or on a closed case (BR-DB8)', () => {
    expect(advancePhase(registered(), 'INTAKE', '2022-01-01', null, TODAY)).toBeInstanceOf(ValidationError);
    expect(advancePhase(registered(), 'INTAKE', '2023-01-01', null, TODAY)).toBeInstanceOf(ValidationError);
    const closed = registered({ outflowOn: '2022-02-01', outflowReason: 'NIET_VERSCHENEN' });
    expect(advancePhase(closed, 'INTAKE', '2022-02-02', null, TODAY)).toBeInstanceOf(DebtCaseClosedError);
  });
});

describe('assessment and aftercare (BR-DB7, BR-DB19)', () => {
  it('assesses after the intake only, consistently', () => {
    expect(assessCase(registered(), 'BEGINNEND', 'SIMPLE')).toBeInstanceOf(DebtIntakeRequiredError);
    expect(assessCase(stabilising(), 'PROBLEMATISCH', 'SIMPLE')).toBeInstanceOf(ValidationError);
    expect(assessCase(stabilising(), 'EENVOUDIG_NIET_PROBLEMATISCH', 'PROBLEMATIC')).toBeInstanceOf(
      ValidationError,
    );
    expect(assessCase(stabilising(), 'EENVOUDIG_NIET_PROBLEMATISCH', 'SIMPLE')).toEqual({
      severity: 'EENVOUDIG_NIET_PROBLEMATISCH',
      complexity: 'SIMPLE',
    });
  });

  it('records the aftercare outcome in aftercare only', () => {
    expect(recordAftercare(stabilising(), 'STABIEL')).toBeInstanceOf(ValidationError);
    expect(recordAftercare(stabilising({ aftercareOn: '2022-06-01' }), 'STABIEL')).toEqual({
      aftercareOutcome: 'STABIEL',
    });
  });
});

describe('outflow (BR-DB8, BR-DB11)', () => {
  it('refuses while a referral runs', () => {
    expect(
      closeDebtCase(stabilising(), { outflowOn: '2022-06-01', reason: 'ZELF' }, ['ref-1'], TODAY),
    ).toBeInstanceOf(DebtReferralOpenError);
  });

  it('flows out as AFGEROND only after a solution or in aftercare', () => {
    expect(
      closeDebtCase(stabilising(), { outflowOn: '2022-06-01', reason: 'AFGEROND' }, [], TODAY),
    ).toBeInstanceOf(ValidationError);
    expect(
      closeDebtCase(
        stabilising({ aftercareOn: '2022-05-01' }),
        { outflowOn: '2022-06-01', reason: 'AFGEROND' },
        [],
        TODAY,
      ),
    ).toEqual({ outflowOn: '2022-06-01', outflowReason: 'AFGEROND' });
    expect(
      closeDebtCase(registered(), { outflowOn: '2022-02-01', reason: 'NIET_VERSCHENEN' }, [], TODAY),
    ).toEqual({
      outflowOn: '2022-02-01',
      outflowReason: 'NIET_VERSCHENEN',
    });
  });

  it('flows out once, not before the present phase', () => {
    const closed = registered({ outflowOn: '2022-02-01', outflowReason: 'ZELF' });
    expect(closeDebtCase(closed, { outflowOn: '2022-03-01', reason: 'ZELF' }, [], TODAY)).toBeInstanceOf(
      DebtCaseClosedError,
    );
    expect(
      closeDebtCase(stabilising(), { outflowOn: '2022-01-25', reason: 'ZELF' }, [], TODAY),
    ).toBeInstanceOf(ValidationError);
  });
});
