import { NotFoundError, ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import { DoubleMainRoleError, LotFullError } from '../../src/domain/errors.ts';
import {
  type ContractDraft,
  checkMainContract,
  decideContract,
  equalParts,
  type MainContract,
  mainLotsOn,
} from '../../src/domain/lots.ts';

describe('main contracts', () => {
  const running: MainContract[] = [
    { lot: 'BASISONDERSTEUNING', organisationId: 'a' },
    { lot: 'HULP_BIJ_HUISHOUDEN', organisationId: 'm' },
    { lot: 'HULP_BIJ_HUISHOUDEN', organisationId: 't' },
  ];

  it('allows up to five TO/DB main providers and refuses the sixth', () => {
    const todb = ['1', '2', '3', '4', '5'].map((id) => ({
      lot: 'THUISONDERSTEUNING_EN_DAGBESTEDING' as const,
      organisationId: id,
    }));
    expect(
      checkMainContract('THUISONDERSTEUNING_EN_DAGBESTEDING', '5', [...running, ...todb.slice(0, 4)]),
    ).toBeNull();
    expect(checkMainContract('THUISONDERSTEUNING_EN_DAGBESTEDING', '6', [...running, ...todb])).toEqual({
      kind: 'LOT_FULL',
      lot: 'THUISONDERSTEUNING_EN_DAGBESTEDING',
      max: 5,
    });
  });

  it('refuses a third household-help and a second basis provider; short stay has no maximum', () => {
    expect(checkMainContract('HULP_BIJ_HUISHOUDEN', 'x', running)?.kind).toBe('LOT_FULL');
    expect(checkMainContract('BASISONDERSTEUNING', 'x', running)?.kind).toBe('LOT_FULL');
    const many = Array.from({ length: 20 }, (_, i) => ({
      lot: 'KORTDUREND_VERBLIJF' as const,
      organisationId: `k${i}`,
    }));
    expect(checkMainContract('KORTDUREND_VERBLIJF', 'x', many)).toBeNull();
  });

  it('refuses main provider in both basis and aanvullend, either way round, and a second contract in one lot', () => {
    expect(checkMainContract('THUISONDERSTEUNING_EN_DAGBESTEDING', 'a', running)).toEqual({
      kind: 'DOUBLE_MAIN_ROLE',
      organisationId: 'a',
      otherLot: 'BASISONDERSTEUNING',
    });
    const todb = [{ lot: 'THUISONDERSTEUNING_EN_DAGBESTEDING' as const, organisationId: 'w' }];
    expect(checkMainContract('BASISONDERSTEUNING', 'w', todb)?.kind).toBe('DOUBLE_MAIN_ROLE');
    expect(checkMainContract('HULP_BIJ_HUISHOUDEN', 'm', running)?.kind).toBe('ALREADY_CONTRACTED');
    // The double role is named even when the lot is full as well.
    const full = [
      ...running,
      ...['1', '2', '3', '4', '5'].map((id) => ({
        lot: 'THUISONDERSTEUNING_EN_DAGBESTEDING' as const,
        organisationId: id,
      })),
    ];
    expect(checkMainContract('THUISONDERSTEUNING_EN_DAGBESTEDING', 'a', full)?.kind).toBe('DOUBLE_MAIN_ROLE');
    // Household help and TO/DB together is allowed.
    expect(checkMainContract('HULP_BIJ_HUISHOUDEN', 'w', todb)).toBeNull();
  });

  it('splits in equal parts that add up to the cent', () => {
    expect(equalParts(1_023_052_500n, 2)).toEqual([511_526_250n, 511_526_250n]);
    const parts = equalParts(1_000n, 3);
    expect(parts).toEqual([334n, 333n, 333n]);
    expect(parts.reduce((a, b) => a + b, 0n)).toBe(1_000n);
  });
});

describe('adding a contract', () => {
  const running: MainContract[] = [
    { lot: 'BASISONDERSTEUNING', organisationId: 'org-amaryllis' },
    { lot: 'HULP_BIJ_HUISHOUDEN', organisationId: 'org-miep' },
    { lot: 'HULP_BIJ_HUISHOUDEN', organisationId: 'org-thfl' },
  ];
  const known = new Set(['org-amaryllis', 'org-miep', 'org-thfl', 'org-new']);
  const draft = (
    lot: ContractDraft['lot'],
    organisationId: string,
    role: ContractDraft['role'] = 'MAIN_PROVIDER',
  ) => ({
    lot,
    organisationId,
    role,
    startsOn: '2021-01-01',
  });

  it('adds a known organisation as main provider where the lot has room', () => {
    const contract = draft('THUISONDERSTEUNING_EN_DAGBESTEDING', 'org-new');
    expect(decideContract(contract, { knownOrganisations: known, runningMainContracts: running })).toEqual(
      contract,
    );
  });

  it('refuses an unknown organisation before anything else', () => {
    const refusal = decideContract(draft('HULP_BIJ_HUISHOUDEN', 'org-nobody'), {
      knownOrganisations: known,
      runningMainContracts: running,
    });
    expect(refusal).toBeInstanceOf(NotFoundError);
    expect(refusal).toMatchObject({ entity: 'Organisation', id: 'org-nobody' });
  });

  it('answers a full lot, a double main role and a second contract with their typed errors', () => {
    const facts = { knownOrganisations: known, runningMainContracts: running };
    const full = decideContract(draft('HULP_BIJ_HUISHOUDEN', 'org-new'), facts);
    expect(full).toBeInstanceOf(LotFullError);
    expect(full).toMatchObject({ lot: 'HULP_BIJ_HUISHOUDEN', maxMainProviders: 2 });
    const double = decideContract(draft('THUISONDERSTEUNING_EN_DAGBESTEDING', 'org-amaryllis'), facts);
    expect(double).toBeInstanceOf(DoubleMainRoleError);
    expect(double).toMatchObject({ otherLot: 'BASISONDERSTEUNING' });
    const again = decideContract(draft('HULP_BIJ_HUISHOUDEN', 'org-miep'), facts);
    expect(again).toBeInstanceOf(ValidationError);
    expect(again).toMatchObject({ field: 'organisationId' });
  });

  it('puts no maximum on subcontractors', () => {
    const contract = draft('HULP_BIJ_HUISHOUDEN', 'org-amaryllis', 'SUBCONTRACTOR');
    expect(decideContract(contract, { knownOrganisations: known, runningMainContracts: running })).toEqual(
      contract,
    );
  });
});

describe('the lots an organisation is main provider of (BR-A14)', () => {
  it('counts main contracts begun and not ended on the day, each lot once, never a subcontract', () => {
    const contracts = [
      { lot: 'BASISONDERSTEUNING', role: 'MAIN_PROVIDER', startsOn: '2021-01-01', endsOn: null },
      { lot: 'BASISONDERSTEUNING', role: 'MAIN_PROVIDER', startsOn: '2022-01-01', endsOn: null },
      { lot: 'HULP_BIJ_HUISHOUDEN', role: 'SUBCONTRACTOR', startsOn: '2021-01-01', endsOn: null },
      { lot: 'KORTDUREND_VERBLIJF', role: 'MAIN_PROVIDER', startsOn: '2021-01-01', endsOn: '2021-06-30' },
    ] as const;
    expect(mainLotsOn(contracts, '2021-06-30')).toEqual(['BASISONDERSTEUNING', 'KORTDUREND_VERBLIJF']);
    expect(mainLotsOn(contracts, '2021-07-01')).toEqual(['BASISONDERSTEUNING']);
    expect(mainLotsOn(contracts, '2020-12-31')).toEqual([]);
  });
});
