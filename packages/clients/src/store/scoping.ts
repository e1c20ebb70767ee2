import { type Caller, isMunicipal } from '@mienskip/kit/rules';
import { and, eq, exists, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { clients, engagements, transitionInterviews } from '../db/tables.ts';

/**
 * Row scoping. A municipal key sees every resident; a key of any other organisation sees only the
 * residents with an engagement at that organisation — on every path, entity references included.
 * Returns undefined (no condition) for municipal keys.
 */
export function visibleClients(caller: Caller, clientId: AnyPgColumn = clients.id): SQL | undefined {
  if (isMunicipal(caller)) return undefined;
  return exists(
    sql`(select 1 from ${engagements} where ${and(
      eq(engagements.clientId, clientId),
      eq(engagements.organisationId, caller.organisationId),
    )})`,
  );
}

/** Rows that belong to one organisation (engagements, complaints, housing links): its own only. */
export function ownRows(caller: Caller, organisationId: AnyPgColumn): SQL | undefined {
  return isMunicipal(caller) ? undefined : eq(organisationId, caller.organisationId);
}

/** A provider sees the interviews of its clients, and those where it is the old or new provider. */
export function visibleInterviews(caller: Caller): SQL | undefined {
  if (isMunicipal(caller)) return undefined;
  return or(
    visibleClients(caller, transitionInterviews.clientId),
    eq(transitionInterviews.legacyOrganisationId, caller.organisationId),
    eq(transitionInterviews.newOrganisationId, caller.organisationId),
  );
}
