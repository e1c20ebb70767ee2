import type { Db } from '@mienskip/kit/db';
import { and, eq, gte, inArray, isNull, lte, or, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { clients, engagements, households } from '../db/tables.ts';
import type { ClientVisibility } from '../domain/visibility.ts';
import { visibleClients } from './scoping.ts';

/** A reporting period, first and last day included. */
export interface Period {
  from: string;
  to: string;
}

/** A date column within the period. */
export function between(column: AnyPgColumn, period: Period): SQL {
  return and(gte(column, period.from), lte(column, period.to))!;
}

/** An engagement runs in the period when it started before its end and did not end before its start. */
export function runningIn(period: Period): SQL {
  return and(
    lte(engagements.startedOn, period.to),
    or(isNull(engagements.endedOn), gte(engagements.endedOn, period.from)),
  )!;
}

/** The residents counted: those the key may see, of households in the area when one is asked. */
export function countedClients(db: Db, visibility: ClientVisibility, areaId: string | null) {
  return (clientId: AnyPgColumn): SQL | undefined =>
    and(
      visibleClients(visibility, clientId),
      areaId
        ? inArray(
            clientId,
            db
              .select({ id: clients.id })
              .from(clients)
              .innerJoin(households, eq(households.id, clients.householdId))
              .where(eq(households.areaId, areaId)),
          )
        : undefined,
    );
}
