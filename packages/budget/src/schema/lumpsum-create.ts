import { NotFoundError, ValidationError } from '@mienskip/kit/rules';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { contracts, lumpsumMutations, lumpsumShares, lumpsums, organisations } from '../db/tables.ts';
import { EQUAL_SHARES, equalParts } from '../domain/lots.ts';
import { builder } from './builder.ts';
import { checkYear } from './checks.ts';
import { Lot } from './contract.ts';
import { Lumpsum } from './lumpsum.ts';
import { LumpsumLineInput, LumpsumShareInput } from './lumpsum-correction.ts';

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

builder.mutationField('createLumpsum', (t) =>
  t.field({
    type: Lumpsum,
    description: 'Record a new lumpsum as ESTIMATED, with its lines and shares.',
    authScopes: { $all: { scope: 'budget:write', municipal: true } },
    errors: { types: [ValidationError, NotFoundError] },
    args: { input: t.arg({ type: CreateLumpsumInput, required: true, description: 'What to do.' }) },
    resolve: async (_root, { input }, { db }) => {
      checkYear(input.year);
      if (!input.title.trim()) throw new ValidationError('title', 'Give the title as decided');
      if (input.lots.length === 0) throw new ValidationError('lots', 'A lumpsum covers at least one lot');
      if (input.baseAmount < 0n) throw new ValidationError('baseAmount', 'An amount cannot be negative');
      if (input.decidedAmount < 0n)
        throw new ValidationError('decidedAmount', 'An amount cannot be negative');
      input.lines.forEach((line, i) => {
        if (!line.explanation.trim())
          throw new ValidationError(`lines.${i}.explanation`, 'Every line needs its explanation');
      });
      let shares: { organisationId: string; amountCents: bigint }[];
      if (input.shares) {
        shares = input.shares.map((s) => ({
          organisationId: String(s.organisationId),
          amountCents: s.amount,
        }));
        shares.forEach((s, i) => {
          if (s.amountCents < 0n)
            throw new ValidationError(`shares.${i}.amount`, 'A share cannot be negative');
        });
        const total = shares.reduce((sum, s) => sum + s.amountCents, 0n);
        if (total !== input.decidedAmount)
          throw new ValidationError('shares', 'The shares must add up to the decided amount');
        const ids = shares.map((s) => s.organisationId);
        const found = await db
          .select({ id: organisations.id })
          .from(organisations)
          .where(inArray(organisations.id, ids));
        const missing = ids.find((id) => !found.some((f) => f.id === id));
        if (missing) throw new NotFoundError('Organisation', missing);
      } else {
        if (!input.lots.every((lot) => EQUAL_SHARES[lot])) {
          throw new ValidationError('shares', 'These lots are not split in equal parts: give the shares');
        }
        const holders = await db
          .selectDistinct({ organisationId: contracts.organisationId })
          .from(contracts)
          .where(
            and(
              inArray(contracts.lot, input.lots),
              eq(contracts.role, 'MAIN_PROVIDER'),
              isNull(contracts.endsOn),
            ),
          )
          .orderBy(contracts.organisationId);
        if (holders.length === 0)
          throw new ValidationError('shares', 'These lots have no main provider to share in');
        const parts = equalParts(input.decidedAmount, holders.length);
        shares = holders.map((h, i) => ({ organisationId: h.organisationId, amountCents: parts[i]! }));
      }
      const id = `lumpsum-${input.year}-${input.lots.map((l) => l.toLowerCase().replace(/_/g, '-')).join('+')}-${Date.now().toString(36)}`;
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(lumpsums)
          .values({
            id,
            seriesId: id,
            year: input.year,
            title: input.title.trim(),
            lots: input.lots,
            status: 'ESTIMATED',
            decidedCents: input.decidedAmount,
            baseCents: input.baseAmount,
          })
          .returning();
        if (input.lines.length) {
          await tx.insert(lumpsumMutations).values(
            input.lines.map((line, i) => ({
              id: `${id}-line-${i + 1}`,
              lumpsumId: id,
              position: i + 1,
              kind: line.kind,
              amountCents: line.amount,
              explanation: line.explanation.trim(),
            })),
          );
        }
        await tx.insert(lumpsumShares).values(shares.map((s) => ({ lumpsumId: id, ...s })));
        return row!;
      });
    },
  }),
);
