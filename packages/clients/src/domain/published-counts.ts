import { type Caller, publishCountFor } from '@mienskip/kit/rules';
import { PILLARS, type Pillar } from './codes.ts';

/**
 * Counts of residents outside the statistics: a connection's `totalCount` and an organisation's
 * caseload. Each one counts a group the caller chooses (an area, a pillar, a coordinator, a transition
 * status, an organisation) and so falls under the CBS rule for small numbers (BR-KT1), like a
 * statistic: exact for a key with the personal-data scope, otherwise 0–7 secret and larger counts
 * rounded to the nearest five.
 *
 * Decision: the rule holds for every such count, filtered or not. An unfiltered total is a small
 * group too for a key that sees few rows (a provider, a municipal team), and an exact total beside a
 * rounded filtered count gives away the rest by subtraction; one rule without exceptions is also the
 * one a caller can predict. A secret count is `null`, never 0.
 */
export function publishedCount(caller: Caller, exact: number | bigint | string): number | null {
  return publishCountFor(caller, exact).value;
}

export interface PillarCount {
  pillar: Pillar;
  clients: number;
}

export interface PublishedPillarCount {
  pillar: Pillar;
  clients: number | null;
}

/**
 * An organisation's caseload as published: every pillar of the catalogue in its order, a pillar
 * without running engagements included as 0 before the rule (so that an absent pillar does not
 * reveal an exact zero), each count under BR-KT1.
 */
export function publishedCaseload(caller: Caller, counts: readonly PillarCount[]): PublishedPillarCount[] {
  const byPillar = new Map(counts.map((c) => [c.pillar, c.clients]));
  return PILLARS.map((pillar) => ({ pillar, clients: publishedCount(caller, byPillar.get(pillar) ?? 0) }));
}
