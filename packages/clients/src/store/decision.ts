import type { Db } from '@mienskip/kit/db';
import { NotFoundError } from '@mienskip/kit/rules';
import { eq } from 'drizzle-orm';
import { type DecisionRow, decisions, type ObjectionRow, objections } from '../db/tables.ts';
import type { NewDecision } from '../domain/decision.ts';
import type { NewObjection } from '../domain/objection.ts';

export async function requireDecision(db: Db, id: string): Promise<DecisionRow> {
  const [row] = await db.select().from(decisions).where(eq(decisions.id, id));
  if (!row) throw new NotFoundError('Decision', id);
  return row;
}

export async function insertDecision(
  db: Db,
  decision: NewDecision & { issuedByOrganisationId: string },
): Promise<DecisionRow> {
  const [row] = await db
    .insert(decisions)
    .values({ id: `decision-${crypto.randomUUID()}`, ...decision })
    .returning();
  return row!;
}

export async function insertObjection(db: Db, objection: NewObjection): Promise<ObjectionRow> {
  const [row] = await db
    .insert(objections)
    .values({ id: `objection-${crypto.randomUUID()}`, ...objection })
    .returning();
  return row!;
}
