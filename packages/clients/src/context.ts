import type { Db, RequestContext } from '@mienskip/kit';

export interface ClientsContext extends RequestContext {
  db: Db;
}
