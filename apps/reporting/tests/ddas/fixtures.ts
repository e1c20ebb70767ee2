import type { GraphDebtCase } from '../../src/ddas/build-schuldhulpverlening.ts';
import type { GraphDebtSignal } from '../../src/ddas/build-vroegsignalen.ts';

export const PERIOD = { from: '2021-01-01', to: '2021-12-31' };
export const SECRET = 'a-delivery-secret-of-at-least-32-characters';
export const DELIVERED_AT = new Date('2026-02-01T09:30:15.123Z');
export const HEADER = { period: PERIOD, deliveredAt: DELIVERED_AT, supplierCode: 'MIENSKIP' };
export const SHV_OPTIONS = { ...HEADER, municipalityCode: '0080', secret: SECRET };

/** Synthetic residents (BSNs from the test range, invented names). */
export const ANNE = {
  id: 'client-000001',
  bsn: '999900006',
  name: 'Anne de Vries',
  dateOfBirth: '1984-03-02',
  postcode: '8911 AB',
  address: 'Nieuwestad 12a',
};
export const SJOERD = {
  id: 'client-000002',
  bsn: '999900018',
  name: 'Sjoerd Hoekstra',
  dateOfBirth: '1982-11-20',
  postcode: '8912 CD',
  address: 'Oude Oosterstraat 9-2',
};

/** A case through every phase, with a crisis and two referrals. */
export function fullCase(overrides: Partial<GraphDebtCase> = {}): GraphDebtCase {
  return {
    id: 'debt-case-1',
    registeredOn: '2021-02-01',
    firstConversationOn: '2021-02-10',
    stabilisationOn: '2021-03-01',
    solutionOn: '2021-05-01',
    solutionKind: 'SCHULDBEMIDDELING',
    aftercareOn: '2021-09-01',
    outflowOn: '2021-11-30',
    outflowReason: 'AFGEROND',
    clients: [ANNE, SJOERD],
    crises: [{ reportedOn: '2021-02-02', handledOn: '2021-02-05' }],
    referrals: [
      { kind: 'BUDGETBEHEER', startedOn: '2021-03-01', endedOn: '2021-10-01' },
      { kind: 'INKOMENSBEHEER', startedOn: '2021-03-01', endedOn: null },
    ],
    ...overrides,
  };
}

/** An early signal, picked up, with two attempts. */
export function signal(overrides: Partial<GraphDebtSignal> = {}): GraphDebtSignal {
  return {
    id: 'debt-signal-1',
    kind: 'VROEG',
    partner: 'HUUR',
    signalledOn: '2021-04-01',
    receivedOn: '2021-04-02',
    arrears: 812,
    crisis: false,
    status: 'OPGEPAKT',
    outcome: 'BUDGETADVIES_OF_QUICK_FIX',
    pickedUpOn: '2021-04-06',
    closedOn: '2021-05-01',
    attempts: [
      { kind: 'TELEFOON', attemptedOn: '2021-04-05', dayPart: 'AVOND', reached: false },
      { kind: 'SMS_WHATSAPP', attemptedOn: '2021-04-03', dayPart: 'OCHTEND', reached: true },
    ],
    client: ANNE,
    ...overrides,
  };
}
