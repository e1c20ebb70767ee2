import { mayReadCaseload } from '../../domain/caseload.ts';
import { involvedOpenCaseHouseholds } from '../../store/visibility.ts';
import { builder, READ } from '../builder.ts';

interface Caseload {
  id: string;
  householdIds: string[];
}

/**
 * An organisation's debt caseload, for the clients subgraph (BR-DB18): internal, hidden from the public
 * API (`@inaccessible`), asked through clients' entity look-up with its service token.
 */
export const DebtCaseload = builder.objectRef<Caseload>('DebtCaseload').implement({
  description:
    'Internal (not in the public API): the households of the open debt cases an organisation registered or that ' +
    'were referred to it. The clients subgraph asks it with its service token to let a third party (a curative ' +
    'debt-help organisation, say) see the households and clients of its referred cases; resolvable only for a ' +
    'service or the organisation itself.',
  inaccessible: true,
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The organisation’s id (budget), e.g. `org-curatieve-schuldhulp`.' }),
    householdIds: t.exposeIDList('householdIds', {
      description:
        'Households (clients) of the open cases it registered or was referred, by id, each once, sorted.',
    }),
  }),
});

builder.asEntity(DebtCaseload, {
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
