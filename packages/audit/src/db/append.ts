import type { AccessLogEntry } from '@mienskip/kit/access-log';
import type { Db } from '@mienskip/kit/db';
import type { Caller } from '@mienskip/kit/rules';
import { Param, sql } from 'drizzle-orm';

/**
 * Appends a batch in one INSERT; who asked comes from the verified token, never from the body. The
 * request id is the entry's own when it names one (checked in `parseEntries`), else the append's.
 *
 * The statement's text is the same for every batch: the rows travel as one array per column, which
 * PostgreSQL unnests. (drizzle's multi-row insert built its SQL value by value for every batch:
 * about 60% of the audit service's CPU while the gateway appended the entries of shared answers,
 * issue 19.) A field name holds no comma (`parseEntries`), so each entry's fields travel joined.
 */
export async function appendEntries(
  db: Db,
  who: { caller: Caller; source: string },
  entries: readonly AccessLogEntry[],
): Promise<void> {
  const { caller, source } = who;
  const column = (value: (entry: AccessLogEntry) => string) => new Param(entries.map(value));
  await db.execute(sql`
    INSERT INTO audit.access_log
      (request_id, key_id, organisation_id, organisation_kind, purpose, source,
       subject_type, subject_id, action, fields)
    SELECT entry.request_id, ${caller.keyId}, ${caller.organisationId}, ${caller.organisationKind},
           ${caller.purpose ?? null}::text, ${source},
           entry.subject_type, entry.subject_id, entry.action::audit.access_action,
           string_to_array(entry.fields, ',')
    FROM unnest(
      ${column((entry) => entry.requestId ?? caller.requestId)}::text[],
      ${column((entry) => entry.subjectType)}::text[],
      ${column((entry) => entry.subjectId)}::text[],
      ${column((entry) => entry.action)}::text[],
      ${column((entry) => entry.fields.join(','))}::text[]
    ) AS entry(request_id, subject_type, subject_id, action, fields)`);
}
