import { byIds } from '@mienskip/kit/schema';
import { and, inArray } from 'drizzle-orm';
import { type DebtCaseRow, debtCases } from '../../db/tables.ts';
import { visibleCases } from '../../store/visibility.ts';
import { builder } from '../builder.ts';

/**
 * The debt case (schuldhulptraject, E45): declared here, implemented in `debt-case.ts`; the signals part
 * adds its fields to it (`builder.objectField(DebtCase, …)`: its signal, its crises). Its loader applies
 * row scoping (BR-DB9), so that a case the key may not see resolves to null like a missing one, on every path.
 */
export const DebtCase = builder.loadableObjectRef<DebtCaseRow, string>('DebtCase', {
  load: async (ids, { db, caller }) => {
    const rows = await db
      .select()
      .from(debtCases)
      .where(and(inArray(debtCases.id, [...ids]), visibleCases(caller)));
    return byIds('DebtCase', ids, rows, (row) => row.id);
  },
});
