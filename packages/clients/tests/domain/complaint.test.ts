import { describe, expect, it } from 'vitest';
import {
  escalateComplaint,
  fileComplaint,
  nextComplaintLevel,
  resolveComplaint,
} from '../../src/domain/complaint.ts';
import { RuleViolationError } from '../../src/domain/errors.ts';

const TODAY = '2021-06-01';
const open = { level: 'MEDEWERKER' as const, status: 'OPEN' as const, raisedOn: '2021-05-01' };

describe('complaints (R-004-30, P10)', () => {
  it('climbs the ladder worker → manager → mediator → external committee, then stops', () => {
    expect(nextComplaintLevel('MEDEWERKER')).toBe('LEIDINGGEVENDE');
    expect(nextComplaintLevel('LEIDINGGEVENDE')).toBe('KLACHTENBEMIDDELAAR_AANBIEDER');
    expect(nextComplaintLevel('KLACHTENBEMIDDELAAR_AANBIEDER')).toBe('EXTERNE_KLACHTENCOMMISSIE');
    expect(nextComplaintLevel('EXTERNE_KLACHTENCOMMISSIE')).toBeNull();
  });

  it('is filed about a provider, today unless told', () => {
    const input = { clientId: 'client-000001', providerId: 'org-amaryllis', subject: 'SUPPORT' as const };
    expect(fileComplaint(input, TODAY)).toEqual({
      clientId: 'client-000001',
      organisationId: 'org-amaryllis',
      subject: 'SUPPORT',
      raisedOn: TODAY,
    });
  });

  it('escalates one rung at a time and refuses beyond the external committee', () => {
    expect(escalateComplaint(open)).toEqual({ level: 'LEIDINGGEVENDE' });
    const refusal = escalateComplaint({ ...open, level: 'EXTERNE_KLACHTENCOMMISSIE' });
    expect(refusal).toBeInstanceOf(RuleViolationError);
    expect(refusal).toMatchObject({ field: 'id', message: expect.stringMatching(/last rung/) });
  });

  it('resolves on or after the day it was raised', () => {
    expect(resolveComplaint(open, null, TODAY)).toEqual({ status: 'RESOLVED', closedOn: TODAY });
    expect(resolveComplaint(open, '2021-05-01', TODAY)).toMatchObject({ closedOn: '2021-05-01' });
    expect(resolveComplaint(open, '2021-04-30', TODAY)).toMatchObject({ field: 'on' });
  });

  it('takes no step on a resolved complaint', () => {
    const resolved = { ...open, status: 'RESOLVED' as const };
    for (const refusal of [escalateComplaint(resolved), resolveComplaint(resolved, null, TODAY)]) {
      expect(refusal).toBeInstanceOf(RuleViolationError);
      expect(refusal).toMatchObject({ field: 'id', message: expect.stringMatching(/already resolved/) });
    }
  });
});
