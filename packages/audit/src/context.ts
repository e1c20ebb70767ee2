import type { Db, RequestContext } from '@mienskip/kit';

export interface AuditContext extends RequestContext {
  db: Db;
}
