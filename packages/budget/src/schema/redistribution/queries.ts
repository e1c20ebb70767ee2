import { isMunicipal } from '@mienskip/kit/rules';
import { asc, sql } from 'drizzle-orm';
import { redistributionRequests } from '../../db/tables.ts';
import { builder, READ_BUDGET } from '../builder.ts';
import { RedistributionRequest } from './types.ts';

builder.queryField('redistributionRequests', (t) =>
  t.field({
    type: [RedistributionRequest],
    nullable: true,
    description:
      "Redistribution requests, oldest first (a provider's key sees those it is part of). Null when budget is unavailable; see errors.",
    authScopes: READ_BUDGET,
    resolve: (_root, _args, { db, caller }) =>
      db
        .select()
        .from(redistributionRequests)
        // A provider sees the requests it is part of; the municipality sees all (BR-KT2).
        .where(
          isMunicipal(caller)
            ? undefined
            : sql`${caller.organisationId} = any(${redistributionRequests.requestedBy})`,
        )
        .orderBy(asc(redistributionRequests.createdAt)),
  }),
);
