import { NotFoundError } from '@mienskip/kit/rules';
import type { SubgraphContext } from '@mienskip/kit/server';
import { eq } from 'drizzle-orm';
import { type ClientRow, caseworkers } from '../db/tables.ts';
import { Client } from './entities.ts';
import { RuleViolationError } from './errors.ts';
import type { Tx } from './locking.ts';

/** The client, if this key may see it; otherwise the same `NotFoundError` as for a missing one. */
export async function requireClient(context: SubgraphContext, clientId: string): Promise<ClientRow> {
  const client = await Client.getDataloader(context).load(clientId);
  if (client instanceof Error) throw client;
  return client;
}

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
