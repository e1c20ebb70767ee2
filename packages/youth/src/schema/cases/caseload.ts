import { mayReadCaseload } from '../../domain/caseload.ts';
import { involvedOpenCaseHouseholds } from '../../store/visibility.ts';
import { builder, READ } from '../builder.ts';

interface Caseload {
  id: string;
  householdIds: string[];
}

/**
 * An organisation's youth caseload, for the clients subgraph (BR-Y14): internal, hidden from the public
 * API (`@inaccessible`), asked through clients' entity look-up with its service token.
 */
export const YouthCaseload = builder.objectRef<Caseload>('YouthCaseload').implement({
  description:
    'Internal (not in the public API): the households of the open youth cases an organisation is involved in. The ' +
    'clients subgraph asks it with its service token to let the JET and youth-care providers see the households ' +
    'and children of their cases; resolvable only for a service or the organisation itself.',
  inaccessible: true,
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The organisation’s id (budget), e.g. `org-jet`.' }),
    householdIds: t.exposeIDList('householdIds', {
      description: 'Households (clients) of the open cases it is involved in, by id, each once, sorted.',
    }),
  }),
});

builder.asEntity(YouthCaseload, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: async ({ id }, context) => {
    if (!mayReadCaseload(context.caller, id)) return null;
    const rows = (await context.db.execute(involvedOpenCaseHouseholds(id))) as unknown;
    const list = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as Record<
      string,
      string
    >[];
    return { id, householdIds: list.map((row) => Object.values(row)[0]!).sort() };
  },
});
