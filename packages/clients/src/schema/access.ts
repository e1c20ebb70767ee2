import type { Tx } from '@mienskip/kit/db';
import { NotFoundError } from '@mienskip/kit/rules';
import type { SubgraphContext } from '@mienskip/kit/server';
import { eq } from 'drizzle-orm';
import { caseworkers } from '../db/tables.ts';
import { RuleViolationError } from '../domain/errors.ts';

/** A worker with a case-system account at the given organisation (Mens Centraal, §5.3). */
export async function requireCaseworkerOf(
  tx: Tx | SubgraphContext['db'],
  workerId: string,
  organisationId: string,
  field: string,
): Promise<void> {
  const [worker] = await tx.select().from(caseworkers).where(eq(caseworkers.workerId, workerId));
  if (!worker) throw new NotFoundError('Caseworker', workerId);
  if (worker.organisationId !== organisationId) {
    throw new RuleViolationError(
      field,
      `This needs a worker of ${organisationId}; ${workerId} works for ${worker.organisationId}`,
    );
  }
}

/** A worker with a case-system account at any organisation: a professional, not a volunteer. */
export async function requireCaseworker(tx: Tx | SubgraphContext['db'], workerId: string): Promise<void> {
  const [worker] = await tx.select().from(caseworkers).where(eq(caseworkers.workerId, workerId));
  if (!worker) throw new NotFoundError('Caseworker', workerId);
}
