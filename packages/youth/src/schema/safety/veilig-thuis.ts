import { NotFoundError, ValidationError } from '@mienskip/kit/rules';
import type { VeiligThuisEventRow } from '../../db/tables.ts';
import {
  ReportWithoutMeldenWeighingError,
  StepOutOfOrderError,
  unlessRefused,
  YouthCaseClosedError,
} from '../../domain/safety/errors.ts';
import { reportToVeiligThuis } from '../../domain/safety/meldcode.ts';
import { receiveHandover } from '../../domain/safety/veilig-thuis.ts';
import { today } from '../../store/safety/clock.ts';
import { insertVeiligThuisEvent, weighingOnCase } from '../../store/safety/events.ts';
import { foundOrNull, weighingById } from '../../store/safety/loaders.ts';
import { addProvenanceField, builder, WRITE } from '../builder.ts';
import { VeiligThuisDirection } from './enums.ts';
import { MeldcodeWeighing } from './meldcode.ts';
import { onCase } from './shared.ts';

export const VeiligThuisEvent = builder.objectRef<VeiligThuisEventRow>('VeiligThuisEvent').implement({
  description:
    'Veilig Thuis-melding of -overdracht (E39): a report to Veilig Thuis after a meldcode weighing that decided ' +
    'MELDEN (BR-YS7), or a case of domestic violence or child abuse Veilig Thuis hands over (BR-YS8).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    direction: t.field({
      type: VeiligThuisDirection,
      description: 'Melding (to Veilig Thuis) or overdracht (from it).',
      resolve: (row) => row.direction,
    }),
    occurredOn: t.expose('occurredOn', { type: 'Date', description: 'When it was reported or received.' }),
    meldcodeWeighing: t.field({
      type: MeldcodeWeighing,
      nullable: true,
      description: 'The weighing a report follows; null for a handover.',
      resolve: async (row, _args, context) => {
        if (row.meldcodeWeighingId === null) return null;
        const weighing = await foundOrNull(weighingById(context).load(row.meldcodeWeighingId));
        return weighing;
      },
    }),
  }),
});
addProvenanceField(VeiligThuisEvent);

const ReportToVeiligThuisInput = builder.inputType('ReportToVeiligThuisInput', {
  description: 'A report (melding) to Veilig Thuis, after a weighing that decided MELDEN.',
  fields: (t) => ({
    caseId: t.id({ required: true, description: 'The youth case (jeugdcasus).' }),
    meldcodeWeighingId: t.id({
      required: true,
      description: 'The meldcode weighing of that case it follows.',
    }),
    reportedOn: t.field({ type: 'Date', description: 'When it was reported (default today).' }),
  }),
});

const ReceiveVeiligThuisHandoverInput = builder.inputType('ReceiveVeiligThuisHandoverInput', {
  description: 'A handover (overdracht) of a domestic-violence or child-abuse case from Veilig Thuis.',
  fields: (t) => ({
    caseId: t.id({ required: true, description: 'The youth case (jeugdcasus).' }),
    receivedOn: t.field({ type: 'Date', description: 'When it was received (default today).' }),
  }),
});

builder.mutationFields((t) => ({
  reportToVeiligThuis: t.field({
    type: VeiligThuisEvent,
    description:
      'Record a report to Veilig Thuis (BR-YS7): only after a meldcode weighing of the same case that decided ' +
      'MELDEN, not before it.',
    authScopes: WRITE,
    errors: {
      types: [
        ReportWithoutMeldenWeighingError,
        StepOutOfOrderError,
        YouthCaseClosedError,
        NotFoundError,
        ValidationError,
      ],
    },
    args: { input: t.arg({ type: ReportToVeiligThuisInput, required: true, description: 'The report.' }) },
    resolve: (_root, { input }, context) =>
      onCase(context, input.caseId, async (tx, safetyCase) => {
        const weighing = await weighingOnCase(tx, safetyCase.id, input.meldcodeWeighingId);
        return insertVeiligThuisEvent(
          tx,
          unlessRefused(reportToVeiligThuis(safetyCase, weighing, input, today())),
        );
      }),
  }),
  receiveVeiligThuisHandover: t.field({
    type: VeiligThuisEvent,
    description:
      'Record a handover from Veilig Thuis (overdracht, BR-YS8). Until its VEILIG_THUIS_OVERDRACHT task is ' +
      'allocated to BASIS or JET the handover waits on the JET’s worklist (`jetWorklist.pendingVeiligThuisHandovers`).',
    authScopes: WRITE,
    errors: { types: [YouthCaseClosedError, NotFoundError, ValidationError] },
    args: {
      input: t.arg({ type: ReceiveVeiligThuisHandoverInput, required: true, description: 'The handover.' }),
    },
    resolve: (_root, { input }, context) =>
      onCase(context, input.caseId, async (tx, safetyCase) =>
        insertVeiligThuisEvent(tx, unlessRefused(receiveHandover(safetyCase, input, today()))),
      ),
  }),
}));
