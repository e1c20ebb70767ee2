import { byIds } from '@mienskip/kit/schema';
import { and, inArray } from 'drizzle-orm';
import { type YouthCaseRow, youthCases } from '../../db/tables.ts';
import { visibleCases } from '../../store/visibility.ts';
import { builder } from '../builder.ts';

/**
 * The youth case (jeugdcasus, E34): declared here, implemented in `youth-case.ts`; the child-safety
 * part adds its fields to it (`builder.objectField(YouthCase, …)`). Its loader applies row scoping
 * (BR-Y10), so that a case the key may not see resolves to null like a missing one, on every path.
 */
export const YouthCase = builder.loadableObjectRef<YouthCaseRow, string>('YouthCase', {
  load: async (ids, { db, caller }) => {
    const rows = await db
      .select()
      .from(youthCases)
      .where(and(inArray(youthCases.id, [...ids]), visibleCases(caller)));
    return byIds('YouthCase', ids, rows, (row) => row.id);
  },
});
