import type { AccessLogEntry } from '@mienskip/kit/access-log';
import type { Db } from '@mienskip/kit/db';
import type { AccessLogBatch, Caller } from '@mienskip/kit/rules';
import { Param, sql } from 'drizzle-orm';

/**
 * Appends a batch in one INSERT; who asked comes from the verified token, never from the body. Each
 * entry is stored once for each request the batch names (`requestIds`, checked in `parseEntries`:
 * the gateway's, for the requests that shared one answer), else once for the append's request.
 *
 * The statement's text is the same for every batch: the rows travel as one array per column, which
 * PostgreSQL unnests. (drizzle's multi-row insert built its SQL value by value for every batch:
 * about 60% of the audit service's CPU while the gateway appended the entries of shared answers,
 * issue 19.) A field name holds no comma (`parseEntries`), so each entry's fields travel joined.
 */
export async function appendEntries(
  db: Db,
  who: { caller: Caller; source: string },
  { entries, requestIds }: AccessLogBatch,
): Promise<void> {
  const { caller, source } = who;
  const column = (value: (entry: AccessLogEntry) => string) => new Param(entries.map(value));
  const requests = new Param(requestIds ?? [caller.requestId]);
  await db.execute(sql`
    INSERT INTO audit.access_log
      (request_id, key_id, organisation_id, organisation_kind, purpose, source,
       subject_type, subject_id, action, fields)
    SELECT request.id, ${caller.keyId}, ${caller.organisationId}, ${caller.organisationKind},
           ${caller.purpose ?? null}::text, ${source},
           entry.subject_type, entry.subject_id, entry.action::audit.access_action,
           string_to_array(entry.fields, ',')
    FROM unnest(${requests}::text[]) WITH ORDINALITY AS request(id, n)
    CROSS JOIN unnest(
      ${column((entry) => entry.subjectType)}::text[],
      ${column((entry) => entry.subjectId)}::text[],
      ${column((entry) => entry.action)}::text[],
      ${column((entry) => entry.fields.join(','))}::text[]
    ) WITH ORDINALITY AS entry(subject_type, subject_id, action, fields, n)
    ORDER BY request.n, entry.n`);
}
