import { describe, expect, it } from 'vitest';
import { BASIS_WORKER_IDS } from '../../src/db/references.ts';
import { engagementBreach } from '../../src/domain/engagement.ts';
import { objectionDue } from '../../src/domain/objection.ts';
import { transitionBreach, transitionStatus } from '../../src/domain/transition.ts';
import { seededData } from './fixture.ts';

/**
 * The seed must pass the same rules the mutations apply: what it writes (the generated data without
 * what youth owns) is data the API could have made.
 */
const data = seededData();
const { rows } = data;
const basisWorkers = new Set(BASIS_WORKER_IDS);

describe('generated data against the domain rules', () => {
  it('breaks no engagement rule', () => {
    // The first engagement on a referral is the one it started (BR-CL13).
    const firstOnReferral = new Map<string, string>();
    for (const e of rows.engagements)
      if (e.referralId && !firstOnReferral.has(e.referralId)) firstOnReferral.set(e.referralId, e.id!);
    const breaches = rows.engagements.flatMap((e) => {
      const referral = e.referralId ? data.referrals.get(e.referralId)! : null;
      const decision = e.decisionId ? data.decisions.get(e.decisionId)! : null;
      const breach = engagementBreach({
        pillar: e.pillar,
        kind: e.kind,
        provisionType: e.provisionType,
        deliveryForm: e.deliveryForm ?? 'ZIN',
        accessRoute: e.accessRoute,
        startedOn: e.startedOn,
        clientPgbCompetent: data.clients.get(e.clientId)!.pgbCompetent === true,
        // The seed stands for what each provider entered itself.
        starter: 'PROVIDER',
        referral: referral && {
          issuedByBasisWorker: basisWorkers.has(referral.issuedByWorkerId),
          clientMatches: referral.clientId === e.clientId,
          kind: referral.kind,
          alreadyStarted: firstOnReferral.get(referral.id!) !== e.id,
        },
        decision: decision && {
          granted: decision.outcome === 'GRANTED',
          validFrom: decision.validFrom,
          validTo: decision.validTo ?? null,
          clientMatches: decision.clientId === e.clientId,
        },
      });
      return breach ? [{ id: e.id, ...breach }] : [];
    });
    expect(breaches).toEqual([]);
  });

  it('breaks no transition rule, and shows every status a held interview can have', () => {
    const statuses = new Map<string, number>();
    for (const interview of rows.transitionInterviews) {
      const state = {
        plannedOn: interview.plannedOn ?? null,
        heldOn: interview.heldOn ?? null,
        outcome: interview.outcome ?? null,
        handover: interview.handover ?? 'NOT_STARTED',
      };
      expect(
        transitionBreach({ ...state, earlyTransfer: interview.earlyTransfer ?? false, consent: true }),
      ).toBeNull();
      const status = transitionStatus(state);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
    // Every conversation was held (seed-001): nothing is planned only or not planned.
    expect([...statuses.keys()].sort()).toEqual(['FOLLOW_UP_PENDING', 'HANDED_OVER', 'HANDOVER_IN_PROGRESS']);
  });

  it('gives every objection the due date of the Awb term', () => {
    const issuedOn = new Map(rows.decisions.map((d) => [d.id, d.issuedOn]));
    for (const objection of rows.objections)
      expect(objection.decisionDue).toBe(
        objectionDue({
          madeKnownOn: issuedOn.get(objection.decisionId)!,
          filedOn: objection.filedOn,
          advisoryCommittee: objection.advisoryCommittee ?? false,
        }),
      );
  });
});
