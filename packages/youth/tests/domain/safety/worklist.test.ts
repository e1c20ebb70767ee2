import { describe, expect, it } from 'vitest';
import {
  OUTCOMES_NEEDING_A_PLAN_DECISION,
  WORKLIST_PAGE,
  worklistSize,
} from '../../../src/domain/safety/worklist.ts';

describe('the JET’s worklist (BR-YS14)', () => {
  it('waits for a plan decision on assessments with concerns or unsafety, not on those without concerns', () => {
    expect(OUTCOMES_NEEDING_A_PLAN_DECISION).toEqual(['ZORGEN', 'ONVEILIG']);
  });

  it('reads a bounded page', () => {
    expect(worklistSize(undefined)).toBe(WORKLIST_PAGE.default);
    expect(worklistSize(0)).toBe(1);
    expect(worklistSize(10_000)).toBe(WORKLIST_PAGE.max);
    expect(worklistSize(25)).toBe(25);
  });
});
