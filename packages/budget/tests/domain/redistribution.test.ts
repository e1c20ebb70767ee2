import type { Caller } from '@mienskip/kit/rules';
import type { Scope } from '@mienskip/kit/scopes';
import { describe, expect, it } from 'vitest';
import {
  LumpsumDefinitiveError,
  OneSidedRedistributionError,
  RedistributionLotsError,
  RedistributionTotalError,
} from '../../src/domain/errors.ts';
import {
  askRefusal,
  checkRedistribution,
  decideRedistribution,
  decideRedistributionRequest,
  decisionRefusal,
  lotsRefusal,
  publishedEvidence,
  type RedistributionAsk,
  type StoredRedistribution,
} from '../../src/domain/redistribution.ts';

describe('redistribution', () => {
  const current = [
    { organisationId: 'a', amountCents: 700n },
    { organisationId: 'w', amountCents: 300n },
  ];
  const counts = new Map([
    ['a', 10],
    ['w', 5],
  ]);
  const moved = [
    { organisationId: 'a', amountCents: 650n },
    { organisationId: 'w', amountCents: 350n },
  ];

  it('accepts a joint request within the total', () => {
    expect(checkRedistribution(current, ['a', 'w'], moved, counts)).toBeNull();
  });

  it('refuses one-sided, a changed total, a stranger and missing evidence', () => {
    expect(checkRedistribution(current, ['w'], moved, counts)).toEqual({ kind: 'ONE_SIDED', missing: ['a'] });
    expect(
      checkRedistribution(current, ['a', 'w'], [{ organisationId: 'a', amountCents: 1_001n }], counts),
    ).toEqual({
      kind: 'TOTAL_CHANGED',
      totalCents: 1_000n,
      proposedCents: 1_001n,
    });
    expect(
      checkRedistribution(current, ['a', 'w'], [...moved, { organisationId: 'x', amountCents: 0n }], counts)
        ?.kind,
    ).toBe('UNKNOWN_SHARE');
    expect(checkRedistribution(current, ['a', 'w'], moved, new Map([['a', 1]]))?.kind).toBe('NO_EVIDENCE');
  });
});

describe('asking for a redistribution', () => {
  const current = [
    { organisationId: 'a', amountCents: 700n },
    { organisationId: 'w', amountCents: 300n },
  ];
  const lumpsum = {
    id: 'l',
    status: 'PROVISIONAL' as const,
    supersededAt: null,
    lots: ['BASISONDERSTEUNING', 'THUISONDERSTEUNING_EN_DAGBESTEDING'] as const,
  };
  const ask: RedistributionAsk = {
    lumpsumId: 'l',
    requestedBy: ['a', 'w'],
    shares: [
      { organisationId: 'a', amountCents: 650n },
      { organisationId: 'w', amountCents: 350n },
    ],
    clientCounts: [
      { organisationId: 'a', clients: 10 },
      { organisationId: 'w', clients: 5 },
    ],
    motivation: '  More clients stayed in basis. ',
  };

  it('records a joint request within the total, with its evidence', () => {
    expect(decideRedistributionRequest(lumpsum, current, ask)).toEqual({
      lumpsumId: 'l',
      requestedBy: ['a', 'w'],
      motivation: 'More clients stayed in basis.',
      clientCounts: { a: 10, w: 5 },
      proposedShares: ask.shares,
    });
  });

  it('refuses a request without a motivation, with a negative share or a negative client count', () => {
    expect(askRefusal(ask)).toBeNull();
    expect(askRefusal({ ...ask, motivation: ' ' })).toMatchObject({ field: 'motivation' });
    expect(
      askRefusal({ ...ask, shares: [ask.shares[0]!, { organisationId: 'w', amountCents: -1n }] }),
    ).toMatchObject({ field: 'shares.1.amount' });
    expect(
      decideRedistributionRequest(lumpsum, current, {
        ...ask,
        clientCounts: [{ organisationId: 'a', clients: -1 }],
      }),
    ).toMatchObject({ field: 'clientCounts.0.clients' });
  });

  it('refuses a lumpsum other than the joint basis + TO/DB one, such as the household-help halves (BR-F3)', () => {
    const householdHelp = decideRedistributionRequest(
      { ...lumpsum, lots: ['HULP_BIJ_HUISHOUDEN'] },
      current,
      ask,
    );
    expect(householdHelp).toBeInstanceOf(RedistributionLotsError);
    expect(householdHelp).toMatchObject({ lumpsumId: 'l', lots: ['HULP_BIJ_HUISHOUDEN'] });
    for (const lots of [
      ['BASISONDERSTEUNING'],
      ['THUISONDERSTEUNING_EN_DAGBESTEDING'],
      ['BASISONDERSTEUNING', 'THUISONDERSTEUNING_EN_DAGBESTEDING', 'HULP_BIJ_HUISHOUDEN'],
      ['KORTDUREND_VERBLIJF'],
    ] as const)
      expect(lotsRefusal({ ...lumpsum, lots })).toBeInstanceOf(RedistributionLotsError);
    expect(
      lotsRefusal({ ...lumpsum, lots: ['THUISONDERSTEUNING_EN_DAGBESTEDING', 'BASISONDERSTEUNING'] }),
    ).toBeNull();
  });

  it('refuses an unknown or definitive lumpsum', () => {
    expect(decideRedistributionRequest(null, [], ask)).toMatchObject({ entity: 'Lumpsum', id: 'l' });
    expect(decideRedistributionRequest({ ...lumpsum, status: 'DEFINITIVE' }, current, ask)).toBeInstanceOf(
      LumpsumDefinitiveError,
    );
  });

  it('answers one-sided, a changed total, a stranger and missing evidence with their typed errors', () => {
    const oneSided = decideRedistributionRequest(lumpsum, current, { ...ask, requestedBy: ['w'] });
    expect(oneSided).toBeInstanceOf(OneSidedRedistributionError);
    expect(oneSided).toMatchObject({ missing: ['a'] });
    const total = decideRedistributionRequest(lumpsum, current, {
      ...ask,
      shares: [{ organisationId: 'a', amountCents: 1_001n }],
    });
    expect(total).toBeInstanceOf(RedistributionTotalError);
    expect(total).toMatchObject({ totalCents: 1_000n, proposedCents: 1_001n });
    expect(
      decideRedistributionRequest(lumpsum, current, {
        ...ask,
        shares: [...ask.shares, { organisationId: 'x', amountCents: 0n }],
      }),
    ).toMatchObject({ field: 'shares' });
    expect(
      decideRedistributionRequest(lumpsum, current, { ...ask, clientCounts: [ask.clientCounts[0]!] }),
    ).toMatchObject({ field: 'clientCounts' });
  });
});

describe('deciding on a redistribution', () => {
  const current = [
    { organisationId: 'a', amountCents: 700n },
    { organisationId: 'w', amountCents: 300n },
  ];
  const proposed = [
    { organisationId: 'a', amountCents: 650n },
    { organisationId: 'w', amountCents: 350n },
  ];
  const request: StoredRedistribution = { status: 'SUBMITTED', proposedShares: proposed };
  const lumpsum = {
    id: 'l',
    status: 'PROVISIONAL' as const,
    supersededAt: null,
    lots: ['BASISONDERSTEUNING', 'THUISONDERSTEUNING_EN_DAGBESTEDING'] as const,
  };
  const decide = (decision: Parameters<typeof decideRedistribution>[3], on = request) =>
    decideRedistribution(on, lumpsum, current, decision);

  it('approves the shares asked, rejects with none, and modifies within the total', () => {
    expect(decide({ decision: 'APPROVED', note: ' Checked. ' })).toEqual({
      status: 'APPROVED',
      decidedShares: proposed,
      note: 'Checked.',
    });
    expect(decide({ decision: 'REJECTED', note: 'No.' })).toEqual({
      status: 'REJECTED',
      decidedShares: null,
      note: 'No.',
    });
    const modified = [
      { organisationId: 'a', amountCents: 690n },
      { organisationId: 'w', amountCents: 310n },
    ];
    expect(decide({ decision: 'MODIFIED', shares: modified, note: 'Less.' })).toMatchObject({
      status: 'MODIFIED',
      decidedShares: modified,
    });
  });

  it('refuses SUBMITTED as a decision and a decision without reasoning', () => {
    expect(decisionRefusal({ decision: 'SUBMITTED', note: 'x' })).toMatchObject({ field: 'decision' });
    expect(decisionRefusal({ decision: 'APPROVED', note: ' ' })).toMatchObject({ field: 'note' });
    expect(decide({ decision: 'APPROVED', note: '' })).toMatchObject({ field: 'note' });
  });

  it('decides a request once, and never on a definitive lumpsum', () => {
    expect(decide({ decision: 'APPROVED', note: 'x' }, { ...request, status: 'APPROVED' })).toMatchObject({
      field: 'id',
    });
    expect(
      decideRedistribution(request, { ...lumpsum, supersededAt: new Date() }, current, {
        decision: 'APPROVED',
        note: 'x',
      }),
    ).toBeInstanceOf(LumpsumDefinitiveError);
  });

  it('needs modified shares, not negative, only for the holders, adding up to the total', () => {
    expect(decide({ decision: 'MODIFIED', shares: [], note: 'x' })).toMatchObject({ field: 'shares' });
    const negative = [
      { organisationId: 'a', amountCents: 1_001n },
      { organisationId: 'w', amountCents: -1n },
    ];
    expect(decide({ decision: 'MODIFIED', shares: negative, note: 'x' })).toMatchObject({
      field: 'shares',
      message: 'A share cannot be negative',
    });
    const stranger = [...current, { organisationId: 'x', amountCents: 0n }];
    expect(decide({ decision: 'MODIFIED', shares: stranger, note: 'x' })).toMatchObject({
      field: 'shares',
      message: 'Only the providers holding a share can get one',
    });
    const short = [
      { organisationId: 'a', amountCents: 690n },
      { organisationId: 'w', amountCents: 309n },
    ];
    const refusal = decide({ decision: 'MODIFIED', shares: short, note: 'x' });
    expect(refusal).toBeInstanceOf(RedistributionTotalError);
    expect(refusal).toMatchObject({ totalCents: 1_000n, proposedCents: 999n });
  });

  it('only rejects a request recorded on a lumpsum other than basis + TO/DB (BR-F3)', () => {
    const householdHelp = { ...lumpsum, lots: ['HULP_BIJ_HUISHOUDEN'] as const };
    expect(
      decideRedistribution(request, householdHelp, current, { decision: 'APPROVED', note: 'x' }),
    ).toBeInstanceOf(RedistributionLotsError);
    expect(
      decideRedistribution(request, householdHelp, current, {
        decision: 'MODIFIED',
        shares: proposed,
        note: 'x',
      }),
    ).toBeInstanceOf(RedistributionLotsError);
    expect(
      decideRedistribution(request, householdHelp, current, { decision: 'REJECTED', note: 'x' }),
    ).toMatchObject({
      status: 'REJECTED',
      decidedShares: null,
    });
  });

  it('checks the total of approved shares too', () => {
    const stale = { ...request, proposedShares: [{ organisationId: 'a', amountCents: 1_100n }] };
    expect(decide({ decision: 'APPROVED', note: 'x' }, stale)).toBeInstanceOf(RedistributionTotalError);
  });
});

describe('the evidence as published (BR-KT1)', () => {
  const reader = (...scopes: Scope[]): Caller => ({
    keyId: 'key-1',
    organisationId: 'org-gemeente-leeuwarden',
    organisationKind: 'MUNICIPALITY',
    scopes: new Set(scopes),
    requestId: 'request-1',
  });
  const counts = { 'org-amaryllis': 1452, 'org-windkracht058': 6, 'org-thfl': 0 };

  it('gives a key with personal-data the client counts exactly', () => {
    expect(publishedEvidence(reader('budget:read', 'personal-data'), counts)).toEqual([
      { organisationId: 'org-amaryllis', clients: 1452 },
      { organisationId: 'org-windkracht058', clients: 6 },
      { organisationId: 'org-thfl', clients: 0 },
    ]);
  });

  it('keeps 0–7 secret (null, never 0) and rounds to fives for any other key, the municipality too', () => {
    expect(publishedEvidence(reader('budget:read', 'budget:write'), counts)).toEqual([
      { organisationId: 'org-amaryllis', clients: 1450 },
      { organisationId: 'org-windkracht058', clients: null },
      { organisationId: 'org-thfl', clients: null },
    ]);
  });
});
