import type { Db } from '@mienskip/kit/db';
import { NotFoundError, ValidationError } from '@mienskip/kit/rules';
import { eq } from 'drizzle-orm';
import { organisations } from '../db/tables.ts';

/** Years the budget plans for; anything else is a typing error. */
export function checkYear(year: number, field = 'year'): void {
  if (year < 2015 || year > 2100) throw new ValidationError(field, 'The year lies between 2015 and 2100');
}

/** Throws a `NotFoundError` unless the organisation exists. */
export async function requireOrganisation(db: Db, organisationId: string): Promise<void> {
  const [found] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  if (!found) throw new NotFoundError('Organisation', organisationId);
}
