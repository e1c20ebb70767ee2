import { ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import { DebtHelpMovedError, DebtSignalMovedError, RuleViolationError } from '../../src/domain/errors.ts';
import { assessRequest, issueReferral, type RequestInput, recordRequest } from '../../src/domain/request.ts';

const TODAY = '2021-06-01';

describe('recording a request (P1)', () => {
  const walkIn: RequestInput = {
    clientId: 'client-000001',
    roomId: 'room-de-klomp',
    channel: 'WALK_IN_ROOM',
    lifeDomains: ['FINANCIEN', 'WONEN', 'FINANCIEN'],
  };

  it('records the life domains once each, from the resident, today, not urgent unless told', () => {
    expect(recordRequest(walkIn, TODAY)).toEqual({
      clientId: 'client-000001',
      receivedOn: TODAY,
      roomId: 'room-de-klomp',
      channel: 'WALK_IN_ROOM',
      source: 'RESIDENT_SELF',
      lifeDomains: ['FINANCIEN', 'WONEN'],
      urgent: false,
    });
  });

  it('needs at least one life domain', () => {
    const refusal = recordRequest({ ...walkIn, lifeDomains: [] }, TODAY);
    expect(refusal).toBeInstanceOf(ValidationError);
    expect(refusal).toMatchObject({ field: 'lifeDomains' });
  });

  it('needs the room of a walk-in, and no room for outreach', () => {
    expect(recordRequest({ ...walkIn, roomId: null }, TODAY)).toMatchObject({ field: 'roomId' });
    expect(recordRequest({ ...walkIn, roomId: null, channel: 'OUTREACH' }, TODAY)).toMatchObject({
      roomId: null,
    });
  });
});

describe('a debt signal is the debt subgraph’s (BR-CL18)', () => {
  it('refuses a request on the channel DEBT_SIGNAL, naming where it is registered, and takes every other channel', () => {
    const signal: RequestInput = {
      clientId: 'client-000001',
      channel: 'DEBT_SIGNAL',
      source: 'THIRD_PARTY_CONCERN',
      lifeDomains: ['FINANCIEN'],
    };
    const refusal = recordRequest(signal, TODAY);
    expect(refusal).toBeInstanceOf(DebtSignalMovedError);
    expect(refusal).toMatchObject({ field: 'channel', message: expect.stringMatching(/registerDebtSignal/) });
    // Refused before any other check: a signal without a life domain is refused as a signal.
    expect(recordRequest({ ...signal, lifeDomains: [] }, TODAY)).toBeInstanceOf(DebtSignalMovedError);
    for (const channel of [
      'OUTREACH',
      'HOME_VISIT',
      'DIRECT_HH_PROVIDER',
      'VEILIG_THUIS_OVERDRACHT',
    ] as const)
      expect(recordRequest({ ...signal, channel }, TODAY)).toMatchObject({ channel });
  });
});

describe('assessing a request (P1, BR-A2, BR-A3)', () => {
  const received = { receivedOn: '2021-05-01', outcome: null };
  const input = { workerId: 'worker-00001', outcome: 'BASIS' as const };

  it('records the outcome, the professional and the day; any caseworker may send it to the basis', () => {
    expect(assessRequest(received, input, TODAY)).toEqual({
      assessment: { outcome: 'BASIS', assessedByWorkerId: 'worker-00001', assessedOn: TODAY },
    });
  });

  it('assesses once', () => {
    const refusal = assessRequest({ ...received, outcome: 'JET' }, input, TODAY);
    expect(refusal).toBeInstanceOf(RuleViolationError);
    expect(refusal).toMatchObject({ field: 'id' });
  });

  it('does not assess before the request came in', () => {
    expect(assessRequest(received, { ...input, assessedOn: '2021-04-30' }, TODAY)).toMatchObject({
      field: 'assessedOn',
    });
  });
});

describe('issuing a referral (BR-A3)', () => {
  const input = { clientId: 'client-000001', workerId: 'worker-00001', kind: 'DAGBESTEDING' as const };

  it('issues today, on no request or on one about the same client', () => {
    expect(issueReferral(input, null, TODAY)).toEqual({
      clientId: 'client-000001',
      issuedByWorkerId: 'worker-00001',
      issuedOn: TODAY,
      kind: 'DAGBESTEDING',
      supportRequestId: null,
      residentRequestedDecision: false,
    });
    expect(
      issueReferral({ ...input, supportRequestId: 'request-1' }, { clientId: 'client-000001' }, TODAY),
    ).toMatchObject({ supportRequestId: 'request-1' });
  });

  it('refuses a request about another client', () => {
    const refusal = issueReferral(
      { ...input, supportRequestId: 'request-1' },
      { clientId: 'client-2' },
      TODAY,
    );
    expect(refusal).toBeInstanceOf(RuleViolationError);
    expect(refusal).toMatchObject({ field: 'supportRequestId' });
  });

  it('refuses a referral to debt help: the debt subgraph records it as a debt case (BR-CL17)', () => {
    const refusal = issueReferral({ ...input, kind: 'SCHULDHULPVERLENING' }, null, TODAY);
    expect(refusal).toBeInstanceOf(DebtHelpMovedError);
    expect(refusal).toMatchObject({ field: 'kind', message: expect.stringMatching(/openDebtCase/) });
  });
});
