import type { Db, RequestContext } from '@mienskip/kit';

export interface BudgetContext extends RequestContext {
  db: Db;
}
