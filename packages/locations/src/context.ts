import type { Db, RequestContext } from '@mienskip/kit';

export interface LocationsContext extends RequestContext {
  db: Db;
}
