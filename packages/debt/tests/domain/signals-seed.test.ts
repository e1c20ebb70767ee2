import { prng } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import { generateDebtSignals, SIGNAL_PROPORTIONS, signalsForCases } from '../../src/db/synthetic-signals.ts';
import { closeSignal, recordAttempt, type SignalState } from '../../src/domain/signals.ts';

const clients = Array.from({ length: 5000 }, (_, i) => ({
  id: `client-${i}`,
  householdId: `household-${Math.floor(i / 2)}`,
  areaId: i % 3 ? 'area-noord' : 'area-zuid',
}));
const options = {
  organisationId: 'org-amaryllis',
  workerIds: ['worker-1', 'worker-2'],
  from: '2021-01-01',
  to: '2021-12-31',
};
const rows = generateDebtSignals(prng(46), clients, options);

describe('the synthetic signals', () => {
  it('are deterministic', () => {
    expect(generateDebtSignals(prng(46), clients, options)).toEqual(rows);
  });

  it('come in the proportions they state', () => {
    const signals = rows.debtSignals;
    expect(signals.length / clients.length).toBeCloseTo(SIGNAL_PROPORTIONS.share, 1);
    const vroeg = signals.filter((s) => s.kind === 'VROEG');
    expect(vroeg.length / signals.length).toBeGreaterThan(0.7);
    const early = vroeg.filter((s) => ['HUUR', 'ENERGIE', 'WATER', 'ZORG'].includes(s.partner));
    expect(early.length / vroeg.length).toBeGreaterThan(0.8);
    expect(signals.some((s) => s.crisis)).toBe(true);
    expect(signals.some((s) => s.outcome == null)).toBe(true);
    const perSignal = new Map<string, number>();
    for (const a of rows.outreachAttempts) perSignal.set(a.signalId, (perSignal.get(a.signalId) ?? 0) + 1);
    expect(Math.max(...perSignal.values())).toBeLessThanOrEqual(4);
    const reached = [...perSignal.keys()].filter((id) =>
      rows.outreachAttempts.some((a) => a.signalId === id && a.reached),
    );
    expect(reached.length / perSignal.size).toBeGreaterThan(0.45);
    expect(reached.length / perSignal.size).toBeLessThan(0.75);
    expect(signalsForCases(rows).length).toBeGreaterThan(0);
  });

  it('keep the rules: replayed through them, every attempt and every closing is allowed', () => {
    const attempts = new Map<string, typeof rows.outreachAttempts>();
    for (const a of rows.outreachAttempts) attempts.set(a.signalId, [...(attempts.get(a.signalId) ?? []), a]);
    for (const signal of rows.debtSignals) {
      expect(signal.receivedOn >= signal.signalledOn).toBe(true);
      let state: SignalState = {
        id: signal.id,
        clientId: signal.clientId,
        receivedOn: signal.receivedOn,
        status: 'NOG_NIET_OPGEPAKT',
        pickedUpOn: null,
        outcome: null,
        closedOn: null,
      };
      const own = attempts.get(signal.id) ?? [];
      for (const a of own) {
        const change = recordAttempt(
          state,
          {
            kind: a.kind,
            attemptedOn: a.attemptedOn,
            dayPart: a.dayPart,
            reached: a.reached,
            workerId: a.workerId ?? null,
          },
          a.workerId ? { id: a.workerId } : null,
          options.to,
        );
        if (change instanceof Error) throw change;
        if (change.signal) state = { ...state, ...change.signal };
      }
      expect(state.status === 'OPGEPAKT' ? state.pickedUpOn : null).toBe(signal.pickedUpOn ?? null);
      if (signal.outcome) {
        const closing = closeSignal(
          state,
          {
            attempts: own.length,
            reached: own.some((a) => a.reached),
            lastAttemptOn: own.at(-1)?.attemptedOn ?? null,
          },
          {
            outcome: signal.outcome,
            closedOn: signal.closedOn!,
            notPickedUpStatus: own.length ? null : (signal.status ?? null),
          },
          options.to,
        );
        if (closing instanceof Error) throw closing;
        expect(closing.status).toBe(signal.status);
      } else expect(signal.status).toBe(own.length ? 'OPGEPAKT' : 'NOG_NIET_OPGEPAKT');
    }
  });
});
