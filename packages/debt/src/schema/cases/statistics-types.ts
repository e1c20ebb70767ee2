import type { PublishedCount as Count } from '@mienskip/kit/rules';
import { builder, PublishedCount } from '../builder.ts';
import { DebtSignalKind } from '../signals/enums.ts';
import { DebtOutflowReason, DebtPhase, DebtReferralKind } from './enums.ts';

/** The groups of `DebtStatistics`' lists (BR-DB16): a group and its published counts. */

export const PhaseCount = builder.objectRef<{ phase: string; cases: Count }>('DebtPhaseCount').implement({
  description: 'Debt cases running at some time in the period, by the phase they were in at its end.',
  fields: (t) => ({
    phase: t.field({ type: DebtPhase, description: 'The phase.', resolve: (r) => r.phase as never }),
    cases: t.field({ type: PublishedCount, description: 'Cases.', resolve: (r) => r.cases }),
  }),
});

export const OutflowCount = builder
  .objectRef<{ reason: string; cases: Count }>('DebtOutflowReasonCount')
  .implement({
    description: 'Debt cases that flowed out in the period, by uitstroomreden (DDAS).',
    fields: (t) => ({
      reason: t.field({
        type: DebtOutflowReason,
        description: 'The reason.',
        resolve: (r) => r.reason as never,
      }),
      cases: t.field({ type: PublishedCount, description: 'Cases.', resolve: (r) => r.cases }),
    }),
  });

export const ReferralCount = builder
  .objectRef<{ kind: string; referrals: Count; averageDays: number | null }>('DebtReferralKindCount')
  .implement({
    description: 'Referrals to third parties started in the period, by kind.',
    fields: (t) => ({
      kind: t.field({ type: DebtReferralKind, description: 'The kind.', resolve: (r) => r.kind as never }),
      referrals: t.field({
        type: PublishedCount,
        description: 'Referrals started.',
        resolve: (r) => r.referrals,
      }),
      averageDays: t.int({
        nullable: true,
        description:
          'How long those of them that have ended ran, on average, in whole days ("voor zolang dit nodig is"). Null ' +
          'when none ended, or when the number that ended is secret under the CBS rule (0–7) for this key.',
        resolve: (r) => r.averageDays,
      }),
    }),
  });

export const SignalCount = builder
  .objectRef<{ kind: string; signals: Count; reached: Count }>('DebtSignalKindCount')
  .implement({
    description: 'Signals received in the period, by kind: vroegsignalering (VROEG) or a late signal (LAAT).',
    fields: (t) => ({
      kind: t.field({
        type: DebtSignalKind,
        description:
          'VROEG (vroegsignaal, beginnende schulden) or LAAT (laatsignaal, problematische schulden).',
        resolve: (r) => r.kind as never,
      }),
      signals: t.field({ type: PublishedCount, description: 'Signals received.', resolve: (r) => r.signals }),
      reached: t.field({
        type: PublishedCount,
        description: 'Of them, those whose resident was reached by an outreach attempt (bereikt).',
        resolve: (r) => r.reached,
      }),
    }),
  });
