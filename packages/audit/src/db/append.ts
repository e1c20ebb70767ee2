import type { AccessLogEntry } from '@mienskip/kit/access-log';
import type { Db } from '@mienskip/kit/db';
import type { Caller } from '@mienskip/kit/rules';
import { accessLog } from './tables.ts';

/**
 * Appends a batch in one INSERT; who asked comes from the verified token, never from the body. The
 * request id is the entry's own when it names one (checked in `parseEntries`), else the append's.
 */
export async function appendEntries(
  db: Db,
  who: { caller: Caller; source: string },
  entries: readonly AccessLogEntry[],
): Promise<void> {
  const { caller, source } = who;
  await db.insert(accessLog).values(
    entries.map((entry) => ({
      requestId: entry.requestId ?? caller.requestId,
      keyId: caller.keyId,
      organisationId: caller.organisationId,
      organisationKind: caller.organisationKind,
      purpose: caller.purpose ?? null,
      source,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      action: entry.action,
      fields: entry.fields,
    })),
  );
}
