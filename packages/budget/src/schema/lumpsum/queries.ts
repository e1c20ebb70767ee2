import { findLumpsum } from '../../store/lumpsums.ts';
import { builder, READ_BUDGET } from '../builder.ts';
import { readRealisationOfYear } from '../realisation-of-year.ts';
import { Lumpsum, lumpsumsOfYear } from './types.ts';

builder.queryFields((t) => ({
  lumpsums: t.field({
    type: [Lumpsum],
    nullable: true,
    description:
      'The current version of every lumpsum of a year. Null when budget is unavailable; see errors.',
    authScopes: READ_BUDGET,
    args: { year: t.arg.int({ required: true, description: 'The year.' }) },
    // The realisation the operation asks for is read beside the lumpsums, not after them (issue 19).
    resolve: (_root, { year }, context, info) => {
      readRealisationOfYear(context, year, info);
      return lumpsumsOfYear(context, year);
    },
  }),
  lumpsum: t.field({
    type: Lumpsum,
    nullable: true,
    description: 'One lumpsum version by id (a superseded one included); null when it does not exist.',
    authScopes: READ_BUDGET,
    args: { id: t.arg.id({ required: true, description: 'The lumpsum version.' }) },
    resolve: (_root, args, { db }) => findLumpsum(db, String(args.id)),
  }),
}));
