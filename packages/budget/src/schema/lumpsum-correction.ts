import { NotFoundError, ValidationError, VersionConflictError } from '@mienskip/kit/rules';
import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import { lumpsumMutations, lumpsumShares, lumpsums, organisations } from '../db/tables.ts';
import { builder, READ_BUDGET, WRITE } from './builder.ts';
import { Lumpsum, MutationKind } from './lumpsum.ts';

builder.objectField(Lumpsum, 'previousVersions', (t) =>
  t.field({
    type: [Lumpsum],
    description: 'Earlier versions this one corrects, newest first; they stay readable as decided.',
    resolve: (lumpsum, _args, { db }) =>
      db
        .select()
        .from(lumpsums)
        .where(and(eq(lumpsums.seriesId, lumpsum.seriesId), isNotNull(lumpsums.supersededAt)))
        .orderBy(desc(lumpsums.correction)),
  }),
);

builder.queryField('lumpsum', (t) =>
  t.field({
    type: Lumpsum,
    nullable: true,
    description: 'One lumpsum version by id (a superseded one included); null when it does not exist.',
    authScopes: READ_BUDGET,
    args: { id: t.arg.id({ required: true, description: 'The lumpsum version.' }) },
    resolve: async (_root, args, { db }) =>
      (
        await db
          .select()
          .from(lumpsums)
          .where(eq(lumpsums.id, String(args.id)))
      )[0] ?? null,
  }),
);

export const LumpsumLineInput = builder.inputType('LumpsumLineInput', {
  description: 'A line of a lumpsum.',
  fields: (t) => ({
    kind: t.field({ type: MutationKind, required: true, description: 'What the line is for.' }),
    amount: t.field({ type: 'Money', required: true, description: 'The amount, negative for a reduction.' }),
    explanation: t.string({ required: true, description: 'The explanation as decided.' }),
  }),
});

export const LumpsumShareInput = builder.inputType('LumpsumShareInput', {
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

builder.mutationField('correctLumpsum', (t) =>
  t.field({
    type: Lumpsum,
    description:
      'Correct a definitive lumpsum: a new definitive version, while the corrected one stays readable as it was decided.',
    authScopes: WRITE,
    errors: { types: [ValidationError, NotFoundError, VersionConflictError] },
    args: { input: t.arg({ type: CorrectLumpsumInput, required: true, description: 'What to do.' }) },
    resolve: async (_root, { input }, { db }) => {
      const id = String(input.id);
      if (!input.source.trim())
        throw new ValidationError('source', 'Name the decision that corrects the lumpsum');
      if (input.decidedAmount != null && input.decidedAmount < 0n)
        throw new ValidationError('decidedAmount', 'A lumpsum cannot be negative');
      input.shares?.forEach((share, i) => {
        if (share.amount < 0n) throw new ValidationError(`shares.${i}.amount`, 'A share cannot be negative');
      });
      input.lines?.forEach((line, i) => {
        if (!line.explanation.trim())
          throw new ValidationError(`lines.${i}.explanation`, 'Every line needs its explanation');
      });
      return db.transaction(async (tx) => {
        const [current] = await tx.select().from(lumpsums).where(eq(lumpsums.id, id)).for('update');
        if (!current) throw new NotFoundError('Lumpsum', id);
        if (current.status !== 'DEFINITIVE' || current.supersededAt) {
          throw new ValidationError(
            'id',
            'Only the current definitive version is corrected; change a provisional lumpsum instead',
          );
        }
        if (current.version !== input.version)
          throw new VersionConflictError('Lumpsum', id, input.version, current.version);
        for (const share of input.shares ?? []) {
          const organisationId = String(share.organisationId);
          const [found] = await tx
            .select({ id: organisations.id })
            .from(organisations)
            .where(eq(organisations.id, organisationId));
          if (!found) throw new NotFoundError('Organisation', organisationId);
        }
        const correction = current.correction + 1;
        const newId = `${current.seriesId}-c${correction}`;
        await tx
          .update(lumpsums)
          .set({ supersededAt: new Date(), version: sql`${lumpsums.version} + 1` })
          .where(eq(lumpsums.id, id));
        const { id: _, createdAt: __, supersededAt: ___, version: ____, ...copied } = current;
        const [created] = await tx
          .insert(lumpsums)
          .values({
            ...copied,
            id: newId,
            correction,
            decidedCents: input.decidedAmount ?? current.decidedCents,
            source: input.source.trim(),
          })
          .returning();
        const lines = input.lines
          ? input.lines.map((l) => ({
              kind: l.kind,
              amountCents: l.amount,
              explanation: l.explanation.trim(),
            }))
          : await tx.select().from(lumpsumMutations).where(eq(lumpsumMutations.lumpsumId, id));
        if (lines.length) {
          await tx.insert(lumpsumMutations).values(
            lines.map((l, i) => ({
              id: `${newId}-line-${i + 1}`,
              lumpsumId: newId,
              position: i + 1,
              kind: l.kind,
              amountCents: l.amountCents,
              explanation: l.explanation,
            })),
          );
        }
        const shares = input.shares
          ? input.shares.map((s) => ({ organisationId: String(s.organisationId), amountCents: s.amount }))
          : await tx.select().from(lumpsumShares).where(eq(lumpsumShares.lumpsumId, id));
        if (shares.length) {
          await tx.insert(lumpsumShares).values(
            shares.map((s) => ({
              lumpsumId: newId,
              organisationId: s.organisationId,
              amountCents: s.amountCents,
            })),
          );
        }
        return created!;
      });
    },
  }),
);
