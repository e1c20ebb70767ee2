import type { AccessLogAction } from '@mienskip/kit/access-log';
import type { Db } from '@mienskip/kit/db';
import { type SQL, sql } from 'drizzle-orm';

export interface LogEntry {
  id: string;
  at: Date;
  requestId: string;
  keyId: string;
  organisationId: string;
  organisationKind: string;
  purpose: string | null;
  source: string;
  action: AccessLogAction;
  fields: string[];
}

export interface LogPage {
  /** Entries the caller may see, in all. */
  total: number;
  /** Newest first, at most `limit + 1` (the extra one says a next page exists). */
  entries: LogEntry[];
}

export interface PageRequest {
  subjectType: string;
  subjectIds: readonly string[];
  limit: number;
  /** Entries older than this one (the cursor of the previous page). */
  afterId?: string | undefined;
  /** Only entries made by keys of this organisation; unset for municipal readers. */
  organisationId?: string | undefined;
}

/**
 * One page per subject, for every subject of a batch, in ONE statement: counts and pages come
 * from lateral joins over the (subject_type, subject_id, at desc) index.
 */
export async function readPages(db: Db, request: PageRequest): Promise<Map<string, LogPage>> {
  const { subjectType, subjectIds, limit, afterId, organisationId } = request;
  const scope = (alias: SQL) => sql`${alias}.subject_type = ${subjectType}
      and ${alias}.subject_id = s.subject_id
      ${organisationId === undefined ? sql`` : sql`and ${alias}.organisation_id = ${organisationId}`}`;
  const after =
    afterId === undefined
      ? sql``
      : sql`and (p.at, p.id) < (select c.at, c.id from audit.access_log c where c.id = ${afterId}::bigint)`;
  const result = await db.execute(sql`
    select s.subject_id, n.total, e.id::text as id, e.at, e.request_id, e.key_id, e.organisation_id,
           e.organisation_kind, e.purpose, e.source, e.action::text as action, e.fields
    from unnest(array[${sql.join(
      subjectIds.map((id) => sql`${id}`),
      sql`, `,
    )}]::text[]) as s(subject_id)
    cross join lateral (
      select count(*)::int as total from audit.access_log t where ${scope(sql`t`)}
    ) n
    left join lateral (
      select * from audit.access_log p where ${scope(sql`p`)} ${after}
      order by p.at desc, p.id desc
      limit ${limit + 1}
    ) e on true
    order by s.subject_id, e.at desc, e.id desc`);
  const pages = new Map<string, LogPage>(subjectIds.map((id) => [id, { total: 0, entries: [] }]));
  for (const row of (result as unknown as { rows: RawRow[] }).rows) {
    const page = pages.get(row.subject_id)!;
    page.total = row.total;
    if (row.id !== null) page.entries.push(toEntry(row));
  }
  return pages;
}

interface RawRow {
  subject_id: string;
  total: number;
  id: string | null;
  at: Date | string;
  request_id: string;
  key_id: string;
  organisation_id: string;
  organisation_kind: string;
  purpose: string | null;
  source: string;
  action: AccessLogAction;
  fields: string[];
}

function toEntry(row: RawRow): LogEntry {
  return {
    id: row.id!,
    at: new Date(row.at),
    requestId: row.request_id,
    keyId: row.key_id,
    organisationId: row.organisation_id,
    organisationKind: row.organisation_kind,
    purpose: row.purpose,
    source: row.source,
    action: row.action,
    fields: row.fields,
  };
}
