import { contextLoader } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';
import { isServiceCaller } from '@mienskip/kit/token';
import { and, inArray, isNull } from 'drizzle-orm';
import { debtCases } from '../../db/tables.ts';
import { builder } from '../builder.ts';
import { HouseholdRef } from './refs.ts';

/**
 * Facts about a clients household another subgraph asks of debt through the kit's entity look-up
 * with its service token (youth's combined regie, BR-Y6): internal, hidden from the public API
 * (`@inaccessible`), answered only to a service. Which households have debts is nobody else's business.
 */

/** Per request, one statement: which of the households asked have an open debt case (no outflow yet). */
const openCaseHouseholds = contextLoader<SubgraphContext, string, boolean>(async (ids, { db }) => {
  const rows = await db
    .selectDistinct({ householdId: debtCases.householdId })
    .from(debtCases)
    .where(and(inArray(debtCases.householdId, [...ids]), isNull(debtCases.outflowOn)));
  const open = new Set(rows.map((row) => row.householdId));
  return ids.map((id) => open.has(id));
});

builder.objectField(HouseholdRef, 'hasOpenDebtCase', (t) =>
  t.boolean({
    nullable: true,
    inaccessible: true,
    // A service token is a municipal caller holding only debt:read (kit's serviceCaller); a key is refused.
    authScopes: (_household, _args, context) => isServiceCaller(context.caller),
    description:
      'Internal (not in the public API): whether this household has an open schuldhulptraject (not flowed out), ' +
      'counting every case whoever registered it. Youth asks it with its service token for combined regie (BR-Y6); ' +
      'resolvable only for a service, anyone else gets null with FORBIDDEN.',
    resolve: (household, _a, context) => openCaseHouseholds(context).load(household.id),
  }),
);
