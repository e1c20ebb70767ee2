import { preparedPerDatabase, UNNAMED } from '@mienskip/kit/db';
import { byIds } from '@mienskip/kit/schema';
import { and, inArray, sql } from 'drizzle-orm';
import { type ClientRow, clients, type HouseholdRow, households } from '../db/tables.ts';
import { readVisibility } from '../lookups/caseloads.ts';
import { visibleClients } from '../store/scoping.ts';
import { builder } from './builder.ts';

/** The municipality's batches (no row scoping): their SQL built once per database. */
const everyClientWithIds = preparedPerDatabase((db) =>
  db
    .select()
    .from(clients)
    .where(sql`${clients.id} = any(${sql.placeholder('ids')})`)
    .prepare(UNNAMED),
);
const everyHouseholdWithIds = preparedPerDatabase((db) =>
  db
    .select()
    .from(households)
    .where(sql`${households.id} = any(${sql.placeholder('ids')})`)
    .prepare(UNNAMED),
);

/**
 * The two entities this subgraph owns, declared here and implemented in `client.ts` and
 * `household.ts` (they point at each other). Both loaders apply row scoping, so an entity
 * reference to a resident the key may not see resolves to null like a missing one.
 */
export const Client = builder.loadableObjectRef<ClientRow, string>('Client', {
  load: async (ids, context) => {
    const visible = visibleClients(await readVisibility(context));
    const rows = visible
      ? await context.db
          .select()
          .from(clients)
          .where(and(inArray(clients.id, [...ids]), visible))
      : await everyClientWithIds(context.db).execute({ ids: [...ids] });
    return byIds('Client', ids, rows, (row) => row.id);
  },
});

export const Household = builder.loadableObjectRef<HouseholdRow, string>('Household', {
  load: async (ids, context) => {
    const { db } = context;
    const visibleMember = visibleClients(await readVisibility(context));
    const rows = visibleMember
      ? await db
          .select()
          .from(households)
          .where(
            and(
              inArray(households.id, [...ids]),
              inArray(
                households.id,
                db.select({ id: clients.householdId }).from(clients).where(visibleMember),
              ),
            ),
          )
      : await everyHouseholdWithIds(db).execute({ ids: [...ids] });
    return byIds('Household', ids, rows, (row) => row.id);
  },
});
