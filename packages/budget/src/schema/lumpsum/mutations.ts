import { lockVersioned, updateVersioned } from '@mienskip/kit/db';
import {
  NotFoundError,
  provenanceAfterChange,
  ValidationError,
  VersionConflictError,
} from '@mienskip/kit/rules';
import { lumpsums } from '../../db/tables.ts';
import { LumpsumDefinitiveError } from '../../domain/errors.ts';
import type { LumpsumLine, LumpsumShare } from '../../domain/lumpsum.ts';
import { correctionRefusal, decideCorrection } from '../../domain/lumpsum-correction.ts';
import { decideNewLumpsum, newLumpsumRefusal } from '../../domain/lumpsum-creation.ts';
import { decideLumpsumUpdate } from '../../domain/lumpsum-update.ts';
import { throwIfRefused } from '../../domain/refusal.ts';
import {
  insertLumpsumVersion,
  runningMainProviders,
  storedLines,
  storedShares,
} from '../../store/lumpsums.ts';
import { knownOrganisations } from '../../store/organisations.ts';
import { builder, WRITE } from '../builder.ts';
import { Lot } from '../contract.ts';
import { Lumpsum, LumpsumStatus, MutationKind } from './types.ts';

const UpdateLumpsumInput = builder.inputType('UpdateLumpsumInput', {
  description: 'Changes to a lumpsum that is not yet definitive.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The lumpsum version.' }),
    version: t.int({ required: true, description: 'The version you read.' }),
    decidedAmount: t.field({ type: 'Money', description: 'New decided amount (zero or more).' }),
    status: t.field({ type: LumpsumStatus, description: 'The next status (statuses only move forward).' }),
  }),
});

const LumpsumLineInput = builder.inputType('LumpsumLineInput', {
  description: 'A line of a lumpsum.',
  fields: (t) => ({
    kind: t.field({ type: MutationKind, required: true, description: 'What the line is for.' }),
    amount: t.field({ type: 'Money', required: true, description: 'The amount, negative for a reduction.' }),
    explanation: t.string({ required: true, description: 'The explanation as decided.' }),
  }),
});

const LumpsumShareInput = builder.inputType('LumpsumShareInput', {
  description: "An organisation's share of a lumpsum.",
  fields: (t) => ({
    organisationId: t.id({ required: true, description: 'The organisation.' }),
    amount: t.field({ type: 'Money', required: true, description: 'The share, zero or more.' }),
  }),
});

const CorrectLumpsumInput = builder.inputType('CorrectLumpsumInput', {
  description: 'A correction of a definitive lumpsum. What is left out is copied from the version corrected.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The definitive version to correct.' }),
    version: t.int({ required: true, description: 'Its version, as you read it.' }),
    decidedAmount: t.field({ type: 'Money', description: 'The corrected decided amount (zero or more).' }),
    lines: t.field({ type: [LumpsumLineInput], description: 'The corrected lines, replacing all of them.' }),
    shares: t.field({
      type: [LumpsumShareInput],
      description: 'The corrected shares, replacing all of them.',
    }),
    source: t.string({ required: true, description: 'The decision that corrects it.' }),
  }),
});

const CreateLumpsumInput = builder.inputType('CreateLumpsumInput', {
  description:
    'A new (estimated) lumpsum. Without shares, lots that are split in equal parts divide the decided amount ' +
    'equally over their running main providers; otherwise give the shares, which must add up to the decided amount.',
  fields: (t) => ({
    year: t.int({ required: true, description: 'The year, 2015–2100.' }),
    title: t.string({ required: true, description: 'Title as decided.' }),
    lots: t.field({ type: [Lot], required: true, description: 'The lots it covers (one or more).' }),
    baseAmount: t.field({ type: 'Money', required: true, description: 'The base amount (zero or more).' }),
    decidedAmount: t.field({
      type: 'Money',
      required: true,
      description: 'The decided amount (zero or more).',
    }),
    lines: t.field({
      type: [LumpsumLineInput],
      required: true,
      description: 'The lines explaining the difference.',
    }),
    shares: t.field({ type: [LumpsumShareInput], description: 'The shares; left out for equal parts.' }),
  }),
});

type LineInput = (typeof LumpsumLineInput)['$inferInput'];
type ShareInput = (typeof LumpsumShareInput)['$inferInput'];

const toLines = (lines: readonly LineInput[]): LumpsumLine[] =>
  lines.map((line) => ({ kind: line.kind, amountCents: line.amount, explanation: line.explanation }));
const toShares = (shares: readonly ShareInput[]): LumpsumShare[] =>
  shares.map((share) => ({ organisationId: String(share.organisationId), amountCents: share.amount }));

builder.mutationFields((t) => ({
  updateLumpsum: t.field({
    type: Lumpsum,
    description: 'Change the decided amount or move the status forward. Refused for a definitive lumpsum.',
    authScopes: WRITE,
    errors: { types: [ValidationError, NotFoundError, VersionConflictError, LumpsumDefinitiveError] },
    args: { input: t.arg({ type: UpdateLumpsumInput, required: true, description: 'What to do.' }) },
    resolve: (_root, { input }, { db }) =>
      db.transaction(async (tx) => {
        const current = await lockVersioned(tx, lumpsums, 'Lumpsum', String(input.id), input.version);
        const changes = throwIfRefused(
          decideLumpsumUpdate(current, { decidedCents: input.decidedAmount, status: input.status }),
        );
        return updateVersioned(tx, lumpsums, current.id, {
          ...changes,
          provenance: provenanceAfterChange(current.provenance),
        });
      }),
  }),
  correctLumpsum: t.field({
    type: Lumpsum,
    description:
      'Correct a definitive lumpsum: a new definitive version, while the corrected one stays readable as it was decided.',
    authScopes: WRITE,
    errors: { types: [ValidationError, NotFoundError, VersionConflictError] },
    args: { input: t.arg({ type: CorrectLumpsumInput, required: true, description: 'What to do.' }) },
    resolve: async (_root, { input }, { db }) => {
      const correction = {
        decidedCents: input.decidedAmount,
        lines: input.lines && toLines(input.lines),
        shares: input.shares && toShares(input.shares),
        source: input.source,
      };
      throwIfRefused(correctionRefusal(correction));
      return db.transaction(async (tx) => {
        const current = await lockVersioned(tx, lumpsums, 'Lumpsum', String(input.id), input.version);
        const stored = {
          ...current,
          lines: await storedLines(tx, current.id),
          shares: await storedShares(tx, current.id),
        };
        const known = await knownOrganisations(tx, correction.shares?.map((s) => s.organisationId) ?? []);
        const next = throwIfRefused(decideCorrection(stored, correction, known));
        await updateVersioned(tx, lumpsums, current.id, { supersededAt: new Date() });
        return insertLumpsumVersion(tx, next);
      });
    },
  }),
  createLumpsum: t.field({
    type: Lumpsum,
    description: 'Record a new lumpsum as ESTIMATED, with its lines and shares.',
    authScopes: { $all: { scope: 'budget:write', municipal: true } },
    errors: { types: [ValidationError, NotFoundError] },
    args: { input: t.arg({ type: CreateLumpsumInput, required: true, description: 'What to do.' }) },
    resolve: async (_root, { input }, { db }) => {
      const draft = {
        ...input,
        baseCents: input.baseAmount,
        decidedCents: input.decidedAmount,
        lines: toLines(input.lines),
        shares: input.shares ? toShares(input.shares) : null,
      };
      throwIfRefused(newLumpsumRefusal(draft));
      const facts = {
        knownOrganisations: await knownOrganisations(db, draft.shares?.map((s) => s.organisationId) ?? []),
        mainProviders: draft.shares ? [] : await runningMainProviders(db, draft.lots),
      };
      const lumpsum = throwIfRefused(decideNewLumpsum(draft, facts, Date.now().toString(36)));
      return db.transaction((tx) => insertLumpsumVersion(tx, lumpsum));
    },
  }),
}));
