import { ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import { type DecisionInput, issueDecision, needsDestination2021 } from '../../src/domain/decision.ts';
import { RuleViolationError } from '../../src/domain/errors.ts';
import {
  decideObjection,
  fileObjection,
  objectionDue,
  objectionTermEnds,
} from '../../src/domain/objection.ts';

const TODAY = '2021-06-01';
const input: DecisionInput = {
  clientId: 'client-000001',
  kind: 'AANVULLEND_MAATWERK',
  outcome: 'GRANTED',
  adviceByOrganisationId: 'org-amaryllis',
  adviceSummary: '  Dagbesteding twee dagdelen ',
  validFrom: '2021-06-01',
};

describe('issuing a beschikking', () => {
  it('trims the advice and is issued today unless told', () => {
    expect(issueDecision(input, TODAY)).toEqual({
      ...input,
      adviceSummary: 'Dagbesteding twee dagdelen',
      issuedOn: TODAY,
      validTo: null,
      destination2021: null,
    });
  });

  it('refuses an empty or overlong advice summary', () => {
    for (const adviceSummary of [' ', 'x'.repeat(2001)]) {
      const refusal = issueDecision({ ...input, adviceSummary }, TODAY);
      expect(refusal).toBeInstanceOf(ValidationError);
      expect(refusal).toMatchObject({ field: 'adviceSummary' });
    }
  });

  it('refuses a validity that ends before it starts', () => {
    const refusal = issueDecision({ ...input, validTo: '2021-05-31' }, TODAY);
    expect(refusal).toBeInstanceOf(RuleViolationError);
    expect(refusal).toMatchObject({ field: 'validTo' });
  });

  it('states the 2021 destination on every beschikking issued in 2020, and only then (BR-T3)', () => {
    expect(needsDestination2021('2019-12-31')).toBe(false);
    expect(needsDestination2021('2020-01-01')).toBe(true);
    expect(needsDestination2021('2020-12-31')).toBe(true);
    expect(needsDestination2021('2021-01-01')).toBe(false);
    const in2020 = { ...input, issuedOn: '2020-11-01', validFrom: '2020-11-01' };
    expect(issueDecision(in2020, TODAY)).toMatchObject({ field: 'destination2021' });
    expect(issueDecision({ ...in2020, destination2021: 'AANVULLEND' }, TODAY)).toMatchObject({
      destination2021: 'AANVULLEND',
    });
  });
});

describe('objections (P11)', () => {
  const decision = { id: 'decision-1', issuedOn: '2021-02-10' };

  it('ends the bezwaar term six weeks from the day after the decision was made known (Awb 6:7, 6:8)', () => {
    // Made known on Wednesday 10 February: the term runs from the 11th and ends on Wednesday 24 March.
    expect(objectionTermEnds('2021-02-10')).toBe('2021-03-24');
  });

  it('is due six weeks after the bezwaar term ended, not after filing (BR-CL7, Awb 7:10)', () => {
    const due = (filedOn: string, advisoryCommittee = false) =>
      objectionDue({ madeKnownOn: '2021-02-10', filedOn, advisoryCommittee });
    // Filed early or late in the term: the same due date, six weeks after 24 March.
    expect(due('2021-02-12')).toBe('2021-05-05');
    expect(due('2021-03-24')).toBe('2021-05-05');
    // Twelve weeks with an advisory committee (Awb 7:13).
    expect(due('2021-02-12', true)).toBe('2021-06-16');
    // Filed after the term: counted from the filing, never due before it was filed.
    expect(due('2021-04-01')).toBe('2021-05-13');
  });

  it('files a bezwaar on or after the decision, due per the Awb term', () => {
    expect(fileObjection(decision, { filedOn: '2021-02-10' }, TODAY)).toEqual({
      decisionId: 'decision-1',
      filedOn: '2021-02-10',
      advisoryCommittee: false,
      decisionDue: '2021-05-05',
    });
    expect(fileObjection(decision, { filedOn: '2021-02-12', advisoryCommittee: true }, TODAY)).toMatchObject({
      advisoryCommittee: true,
      decisionDue: '2021-06-16',
    });
    // Filed today, after the term: due six weeks from today.
    expect(fileObjection(decision, {}, TODAY)).toMatchObject({ filedOn: TODAY, decisionDue: '2021-07-13' });
    const refusal = fileObjection(decision, { filedOn: '2021-02-09' }, TODAY);
    expect(refusal).toBeInstanceOf(RuleViolationError);
    expect(refusal).toMatchObject({ field: 'filedOn' });
  });

  it('decides a bezwaar once, not before it was filed', () => {
    const pending = { filedOn: '2021-02-10', outcome: null };
    expect(decideObjection(pending, { outcome: 'ONGEGROND' }, TODAY)).toEqual({
      outcome: 'ONGEGROND',
      decidedOn: TODAY,
    });
    expect(decideObjection(pending, { outcome: 'GEGROND', decidedOn: '2021-02-09' }, TODAY)).toMatchObject({
      field: 'decidedOn',
    });
    const decided = { ...pending, outcome: 'GEGROND' as const };
    expect(decideObjection(decided, { outcome: 'ONGEGROND' }, TODAY)).toMatchObject({ field: 'id' });
  });
});
