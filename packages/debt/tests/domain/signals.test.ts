import { NotFoundError, ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import { SIGNAL_OUTCOMES } from '../../src/domain/codes.ts';
import {
  CONTACT_OUTCOMES,
  closeSignal,
  NO_CONTACT_OUTCOMES,
  NOT_PICKED_UP_OUTCOMES,
  PICKED_UP_OUTCOMES,
  recordAttempt,
  registerSignal,
  type SignalState,
  severityOfSignal,
  signalCaseRefusal,
  signalHandlerRefusal,
} from '../../src/domain/signals.ts';
import {
  DebtSignalClosedError,
  NotSignalHandlerError,
  SignalAlreadyLinkedError,
  SignalDateError,
  SignalOfOtherClientError,
  SignalOutcomeMismatchError,
} from '../../src/domain/signals-errors.ts';

const TODAY = '2021-06-30';
const client = { id: 'client-1', householdId: 'household-1', areaId: 'area-noord' };
const input = {
  clientId: 'client-1',
  kind: 'VROEG' as const,
  partner: 'HUUR' as const,
  signalledOn: '2021-06-01',
  receivedOn: '2021-06-02',
  arrearsCents: 85000n,
  crisis: false,
};
const open: SignalState = {
  id: 'signal-1',
  clientId: 'client-1',
  receivedOn: '2021-06-02',
  status: 'NOG_NIET_OPGEPAKT',
  pickedUpOn: null,
  outcome: null,
  closedOn: null,
};
const attempt = {
  kind: 'TELEFOON' as const,
  attemptedOn: '2021-06-03',
  dayPart: 'OCHTEND' as const,
  reached: false,
  workerId: null,
};

describe('who handles signals (BR-DB25)', () => {
  it('the municipality, or the main provider of the basisondersteuning', () => {
    expect(
      signalHandlerRefusal({ organisationId: 'org-gemeente', organisationKind: 'MUNICIPALITY' }, null),
    ).toBeNull();
    const basis = { id: 'org-amaryllis', kind: 'PROVIDER', mainLots: ['BASISONDERSTEUNING'] };
    expect(
      signalHandlerRefusal({ organisationId: 'org-amaryllis', organisationKind: 'PROVIDER' }, basis),
    ).toBeNull();
  });

  it('not another provider, a team or a partner', () => {
    const other = {
      id: 'org-windkracht058',
      kind: 'PROVIDER',
      mainLots: ['THUISONDERSTEUNING_EN_DAGBESTEDING'],
    };
    expect(
      signalHandlerRefusal({ organisationId: 'org-windkracht058', organisationKind: 'PROVIDER' }, other),
    ).toBeInstanceOf(NotSignalHandlerError);
    expect(
      signalHandlerRefusal({ organisationId: 'org-jet', organisationKind: 'MUNICIPAL_TEAM' }, null),
    ).toBeInstanceOf(NotSignalHandlerError);
  });
});

describe('registering a signal (BR-DB24, BR-DB36)', () => {
  it('takes the household and area clients gives, the caller’s organisation, and starts not picked up', () => {
    const { arrearsCents: _, ...rest } = input;
    expect(registerSignal(input, client, 'org-amaryllis', TODAY)).toEqual({
      ...rest,
      arrearsEuros: 850,
      householdId: 'household-1',
      areaId: 'area-noord',
      organisationId: 'org-amaryllis',
      status: 'NOG_NIET_OPGEPAKT',
    });
  });

  it('refuses a client clients does not know', () => {
    expect(registerSignal(input, null, 'org-amaryllis', TODAY)).toBeInstanceOf(NotFoundError);
  });

  it('refuses a signal received before it was sent, or dated in the future', () => {
    const early = registerSignal({ ...input, receivedOn: '2021-05-31' }, client, 'o', TODAY);
    expect(early).toBeInstanceOf(SignalDateError);
    expect((early as SignalDateError).field).toBe('receivedOn');
    expect(registerSignal({ ...input, receivedOn: '2021-07-01' }, client, 'o', TODAY)).toBeInstanceOf(
      SignalDateError,
    );
    expect(registerSignal({ ...input, signalledOn: '2021-07-01' }, client, 'o', TODAY)).toBeInstanceOf(
      SignalDateError,
    );
  });

  it('refuses negative or broken arrears; unknown arrears are allowed', () => {
    expect(registerSignal({ ...input, arrearsCents: -100n }, client, 'o', TODAY)).toBeInstanceOf(
      ValidationError,
    );
    expect(registerSignal({ ...input, arrearsCents: 150n }, client, 'o', TODAY)).toBeInstanceOf(
      ValidationError,
    );
    expect(registerSignal({ ...input, arrearsCents: null }, client, 'o', TODAY)).toMatchObject({
      arrearsEuros: null,
    });
  });

  it('VROEG stands for beginning debts, LAAT for problematic ones (BR-DB23)', () => {
    expect(severityOfSignal('VROEG')).toBe('BEGINNEND');
    expect(severityOfSignal('LAAT')).toBe('PROBLEMATISCH');
  });
});

describe('contact attempts (BR-DB27, BR-DB37)', () => {
  it('the first picks the signal up (NOG_NIET_OPGEPAKT → OPGEPAKT)', () => {
    expect(recordAttempt(open, attempt, null, TODAY)).toEqual({
      attempt,
      signal: { status: 'OPGEPAKT', pickedUpOn: '2021-06-03' },
    });
  });

  it('a later one changes nothing on the signal; an earlier one moves the day picked up back', () => {
    const picked = { ...open, status: 'OPGEPAKT' as const, pickedUpOn: '2021-06-03' };
    expect(recordAttempt(picked, { ...attempt, attemptedOn: '2021-06-10' }, null, TODAY)).toMatchObject({
      signal: null,
    });
    expect(recordAttempt(picked, { ...attempt, attemptedOn: '2021-06-02' }, null, TODAY)).toMatchObject({
      signal: { pickedUpOn: '2021-06-02' },
    });
  });

  it('not before the signal came in, nor in the future', () => {
    const early = recordAttempt(open, { ...attempt, attemptedOn: '2021-06-01' }, null, TODAY);
    expect(early).toBeInstanceOf(SignalDateError);
    expect((early as SignalDateError).notBefore).toBe('2021-06-02');
    expect(recordAttempt(open, { ...attempt, attemptedOn: '2021-07-01' }, null, TODAY)).toBeInstanceOf(
      SignalDateError,
    );
  });

  it('a worker named must be known to locations', () => {
    expect(recordAttempt(open, { ...attempt, workerId: 'worker-1' }, null, TODAY)).toBeInstanceOf(
      NotFoundError,
    );
    expect(
      recordAttempt(open, { ...attempt, workerId: 'worker-1' }, { id: 'worker-1' }, TODAY),
    ).not.toBeInstanceOf(Error);
  });

  it('not on a closed signal (BR-DB28)', () => {
    const closed = {
      ...open,
      outcome: 'NIET_OPGEPAKT' as const,
      closedOn: '2021-06-05',
      status: 'NIET_OPGEPAKT' as const,
    };
    expect(recordAttempt(closed, attempt, null, TODAY)).toBeInstanceOf(DebtSignalClosedError);
  });
});

describe('closing a signal (BR-DB28, BR-DB29, BR-DB32, BR-DB38)', () => {
  const none = { attempts: 0, reached: false, lastAttemptOn: null };
  const unreached = { attempts: 2, reached: false, lastAttemptOn: '2021-06-10' };
  const reached = { attempts: 2, reached: true, lastAttemptOn: '2021-06-10' };
  const picked = { ...open, status: 'OPGEPAKT' as const, pickedUpOn: '2021-06-03' };
  const close = (outcome: (typeof SIGNAL_OUTCOMES)[number], notPickedUpStatus = null as never) => ({
    outcome,
    closedOn: '2021-06-20',
    notPickedUpStatus,
  });

  it('every DDAS outcome belongs to exactly one group', () => {
    const groups = [NOT_PICKED_UP_OUTCOMES, PICKED_UP_OUTCOMES, NO_CONTACT_OUTCOMES, CONTACT_OUTCOMES].flat();
    expect([...groups].sort()).toEqual([...SIGNAL_OUTCOMES].sort());
  });

  it('a signal not picked up: its status becomes the reason, NIET_OPGEPAKT by default', () => {
    expect(closeSignal(open, none, close('NIET_OPGEPAKT_GEEN_CAPACITEIT'), TODAY)).toEqual({
      outcome: 'NIET_OPGEPAKT_GEEN_CAPACITEIT',
      closedOn: '2021-06-20',
      status: 'NIET_OPGEPAKT',
    });
    expect(closeSignal(open, none, close('NIET_OPGEPAKT', 'OVERLEDEN' as never), TODAY)).toMatchObject({
      status: 'OVERLEDEN',
    });
    expect(closeSignal(picked, unreached, close('NIET_OPGEPAKT'), TODAY)).toBeInstanceOf(
      SignalOutcomeMismatchError,
    );
  });

  it('a reason for not picking up is a status of a signal not picked up', () => {
    expect(closeSignal(open, none, close('NIET_OPGEPAKT', 'OPGEPAKT' as never), TODAY)).toBeInstanceOf(
      ValidationError,
    );
  });

  it('a reason for not picking up only with such an outcome', () => {
    expect(closeSignal(picked, reached, close('WIL_GEEN_HULP', 'OVERLEDEN' as never), TODAY)).toBeInstanceOf(
      ValidationError,
    );
  });

  it('GEEN_CONTACT after attempts that reached nobody; a conversation outcome only when one reached', () => {
    expect(closeSignal(picked, unreached, close('GEEN_CONTACT'), TODAY)).toMatchObject({
      status: 'OPGEPAKT',
    });
    expect(closeSignal(picked, reached, close('GEEN_CONTACT'), TODAY)).toBeInstanceOf(
      SignalOutcomeMismatchError,
    );
    expect(closeSignal(open, none, close('GEEN_CONTACT'), TODAY)).toBeInstanceOf(SignalOutcomeMismatchError);
    expect(closeSignal(picked, reached, close('VERWIJZING_FINANCIEEL'), TODAY)).toMatchObject({
      status: 'OPGEPAKT',
    });
    expect(closeSignal(picked, unreached, close('VERWIJZING_FINANCIEEL'), TODAY)).toBeInstanceOf(
      SignalOutcomeMismatchError,
    );
    expect(closeSignal(picked, unreached, close('BETAALD_NA_OPPAKKEN'), TODAY)).toMatchObject({
      status: 'OPGEPAKT',
    });
  });

  it('once: a closed signal refuses a second outcome', () => {
    const closed = { ...picked, outcome: 'GEEN_CONTACT' as const, closedOn: '2021-06-20' };
    expect(closeSignal(closed, unreached, close('GEEN_CONTACT'), TODAY)).toBeInstanceOf(
      DebtSignalClosedError,
    );
  });

  it('not before the signal came in or its last attempt, nor in the future', () => {
    expect(
      closeSignal(picked, unreached, { ...close('GEEN_CONTACT'), closedOn: '2021-06-09' }, TODAY),
    ).toBeInstanceOf(SignalDateError);
    expect(
      closeSignal(open, none, { ...close('NIET_OPGEPAKT'), closedOn: '2021-06-01' }, TODAY),
    ).toBeInstanceOf(SignalDateError);
    expect(
      closeSignal(open, none, { ...close('NIET_OPGEPAKT'), closedOn: '2021-07-01' }, TODAY),
    ).toBeInstanceOf(SignalDateError);
  });
});

describe('a signal leads to at most one case, of its own client (BR-DB30)', () => {
  it('refuses a second case and a case of other clients', () => {
    expect(signalCaseRefusal(open, ['client-1', 'client-2'], null)).toBeNull();
    expect(signalCaseRefusal(open, ['client-1'], 'case-9')).toBeInstanceOf(SignalAlreadyLinkedError);
    expect(signalCaseRefusal(open, ['client-2'], null)).toBeInstanceOf(SignalOfOtherClientError);
  });
});
