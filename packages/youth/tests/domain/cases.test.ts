import { NotFoundError, ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import { closeCase, openCase, openerRefusal } from '../../src/domain/cases.ts';
import {
  ChildNotInHouseholdError,
  JetDecisionRequiredError,
  NotCaseOpenerError,
  YouthCaseClosedError,
} from '../../src/domain/errors.ts';
import { aCase, HOUSEHOLD, TODAY } from './fixtures.ts';

const open = (changes: Partial<Parameters<typeof openCase>[0]> = {}, household = HOUSEHOLD) =>
  openCase(
    {
      householdId: HOUSEHOLD.id,
      childIds: ['client-child-1'],
      route: 'BASIS',
      openedOn: '2022-03-01',
      ...changes,
    },
    household,
    'org-amaryllis',
    TODAY,
  );

describe('opening a youth case (BR-Y1, BR-Y2)', () => {
  it('opens for young persons of the household, keeping its area and the opener', () => {
    expect(open({ childIds: ['client-child-1', 'client-child-2'] })).toEqual({
      householdId: HOUSEHOLD.id,
      areaId: 'area-noord',
      childIds: ['client-child-1', 'client-child-2'],
      route: 'BASIS',
      openedOn: '2022-03-01',
      openedByOrganisationId: 'org-amaryllis',
    });
  });

  it('refuses a child who is no young person of the household (BR-Y1)', () => {
    const parent = open({ childIds: ['client-parent'] });
    expect(parent).toBeInstanceOf(ChildNotInHouseholdError);
    expect((parent as ChildNotInHouseholdError).childId).toBe('client-parent');
    expect(open({ childIds: ['client-elsewhere'] })).toBeInstanceOf(ChildNotInHouseholdError);
  });

  it('needs at least one child, each once', () => {
    expect(open({ childIds: [] })).toBeInstanceOf(ValidationError);
    expect(open({ childIds: ['client-child-1', 'client-child-1'] })).toBeInstanceOf(ValidationError);
  });

  it('never opens on the Jeugdwet route: that takes a JET decision (BR-Y2)', () => {
    expect(open({ route: 'JEUGDWET' })).toBeInstanceOf(JetDecisionRequiredError);
  });

  it('refuses a household clients does not know, and a day in the future', () => {
    expect(open({}, null as never)).toBeInstanceOf(NotFoundError);
    expect(open({ openedOn: '2022-07-01' })).toBeInstanceOf(ValidationError);
  });
});

describe('closing a youth case (BR-Y13)', () => {
  it('closes once, with its reason, on or after the start of whatever still runs', () => {
    const input = { closedOn: '2022-05-01', reason: 'VOLGENS_PLAN' } as const;
    expect(closeCase(aCase(), input, { startedOn: ['2022-02-01'] }, TODAY)).toEqual(input);
    expect(closeCase(aCase(), input, { startedOn: ['2022-05-02'] }, TODAY)).toBeInstanceOf(ValidationError);
    expect(closeCase(aCase(), { ...input, closedOn: '2022-01-09' }, { startedOn: [] }, TODAY)).toBeInstanceOf(
      ValidationError,
    );
    expect(closeCase(aCase({ closedOn: '2022-04-01' }), input, { startedOn: [] }, TODAY)).toBeInstanceOf(
      YouthCaseClosedError,
    );
  });
});

describe('who opens a youth case (BR-Y16)', () => {
  const basis = { id: 'org-amaryllis', kind: 'PROVIDER', mainLots: ['BASISONDERSTEUNING'] };
  const provider = {
    id: 'org-windkracht058',
    kind: 'PROVIDER',
    mainLots: ['THUISONDERSTEUNING_EN_DAGBESTEDING'],
  };

  it('lets the municipality, its teams (the JET) and the basis provider open cases', () => {
    expect(
      openerRefusal({ organisationId: 'org-gemeente-leeuwarden', organisationKind: 'MUNICIPALITY' }, null),
    ).toBeNull();
    expect(openerRefusal({ organisationId: 'org-jet', organisationKind: 'MUNICIPAL_TEAM' }, null)).toBeNull();
    expect(
      openerRefusal({ organisationId: 'org-amaryllis', organisationKind: 'PROVIDER' }, basis),
    ).toBeNull();
  });

  it('refuses any other organisation, which would make the household visible to itself', () => {
    expect(
      openerRefusal({ organisationId: provider.id, organisationKind: 'PROVIDER' }, provider),
    ).toBeInstanceOf(NotCaseOpenerError);
    expect(
      openerRefusal({ organisationId: 'org-vol', organisationKind: 'VOLUNTEER_ORGANISATION' }, null),
    ).toBeInstanceOf(NotCaseOpenerError);
  });
});
