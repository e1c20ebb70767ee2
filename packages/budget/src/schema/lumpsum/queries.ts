import { currentLumpsums, findLumpsum } from '../../store/lumpsums.ts';
import { builder, READ_BUDGET } from '../builder.ts';
import { Lumpsum } from './types.ts';

builder.queryFields((t) => ({
  lumpsums: t.field({
    type: [Lumpsum],
    nullable: true,
    description:
      'The current version of every lumpsum of a year. Null when budget is unavailable; see errors.',
    authScopes: READ_BUDGET,
    args: { year: t.arg.int({ required: true, description: 'The year.' }) },
    resolve: (_root, args, { db }) => currentLumpsums(db, args.year),
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
