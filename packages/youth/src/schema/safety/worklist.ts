import type { VeiligThuisEventRow } from '../../db/tables.ts';
import { waitingDays } from '../../domain/safety/veilig-thuis.ts';
import { WORKLIST_PAGE, worklistSize } from '../../domain/safety/worklist.ts';
import { today } from '../../store/safety/clock.ts';
import {
  pendingVeiligThuisHandovers,
  riskAssessmentsWithoutSafetyPlan,
  safetyTasksByAssignee,
} from '../../store/safety/worklist.ts';
import { builder, READ } from '../builder.ts';
import { RiskAssessment } from './assessment.ts';
import { SafetyTaskAssignee } from './enums.ts';
import { SafetyTaskAllocation } from './tasks.ts';
import { VeiligThuisEvent } from './veilig-thuis.ts';

/** A handover waiting for its VEILIG_THUIS_OVERDRACHT allocation, as of today. */
export interface PendingHandover {
  handover: VeiligThuisEventRow;
  waitingDays: number;
}

export const PendingVeiligThuisHandover = builder
  .objectRef<PendingHandover>('PendingVeiligThuisHandover')
  .implement({
    description:
      'Een overdracht vanuit Veilig Thuis die nog niet is belegd: a handover whose case has no allocation of the ' +
      'VEILIG_THUIS_OVERDRACHT task to BASIS or JET yet (BR-YS8).',
    fields: (t) => ({
      handover: t.field({ type: VeiligThuisEvent, description: 'The handover.', resolve: (p) => p.handover }),
      receivedOn: t.field({
        type: 'Date',
        description: 'When it was received.',
        resolve: (p) => p.handover.occurredOn,
      }),
      waitingDays: t.exposeInt('waitingDays', {
        description: 'How many days it has waited, from receipt up to today.',
      }),
    }),
  });

const first = (description: string) => ({
  description: `${description}: at most this many, oldest first (default ${WORKLIST_PAGE.default}, at most ${WORKLIST_PAGE.max}).`,
});

/** The worklist has no fields of its own to hold: each list is read when asked. */
export const JetWorklist = builder.objectRef<Record<string, never>>('JetWorklist').implement({
  description:
    'De werkvoorraad van het JET: what waits for the JET on open youth cases the key may see (BR-YS14).',
  fields: (t) => ({
    riskAssessmentsWithoutSafetyPlan: t.field({
      type: [RiskAssessment],
      description:
        'Risk assessments with concerns (ZORGEN) or unsafety (ONVEILIG) on open cases without a safety plan yet: ' +
        'whether a veiligheids- en herstelplan is needed is decided on them.',
      args: { first: t.arg.int(first('How many assessments')) },
      resolve: (_w, args, context) =>
        riskAssessmentsWithoutSafetyPlan(context.db, context.caller, worklistSize(args.first)),
    }),
    pendingVeiligThuisHandovers: t.field({
      type: [PendingVeiligThuisHandover],
      description:
        'Handovers from Veilig Thuis on open cases whose VEILIG_THUIS_OVERDRACHT task is not allocated yet, with ' +
        'how long each has waited.',
      args: { first: t.arg.int(first('How many handovers')) },
      resolve: async (_w, args, context) => {
        const now = today();
        const rows = await pendingVeiligThuisHandovers(context.db, context.caller, worklistSize(args.first));
        return rows.map((handover) => ({ handover, waitingDays: waitingDays(handover.occurredOn, now) }));
      },
    }),
  }),
});

builder.queryFields((t) => ({
  jetWorklist: t.field({
    type: JetWorklist,
    nullable: true,
    description:
      'The JET’s worklist of child safety: risk assessments without a safety plan and Veilig Thuis handovers not ' +
      'yet allocated, on open cases the key may see. Null when youth is unavailable; see errors.',
    authScopes: READ,
    resolve: () => ({}),
  }),
  safetyTasksByAssignee: t.field({
    type: [SafetyTaskAllocation],
    nullable: true,
    description:
      'The specific safety tasks allocated to one party (BASIS or JET) on open cases the key may see, oldest ' +
      'agreement first. Null when youth is unavailable; see errors.',
    authScopes: READ,
    args: {
      assignee: t.arg({ type: SafetyTaskAssignee, required: true, description: 'The party.' }),
      first: t.arg.int(first('How many allocations')),
    },
    resolve: (_root, args, context) =>
      safetyTasksByAssignee(context.db, context.caller, args.assignee, worklistSize(args.first)),
  }),
}));
