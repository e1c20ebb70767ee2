import type { Caller, Logger } from '@mienskip/kit';

export interface GatewayContext {
  caller: Caller;
  logger: Logger;
}
