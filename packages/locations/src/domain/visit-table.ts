import { type Caller, type PublishedCount, publishTableFor } from '@mienskip/kit/rules';
import { totalOf, type VisitCounts } from './visits.ts';

/** The counts of one room as published in its area's table. */
export interface PublishedVisits {
  visitors: PublishedCount;
  supportRequests: PublishedCount;
}

/** An area's visit table for one period: its rooms with their published counts, and its totals. */
export interface AreaVisitTable<Room extends VisitCounts> extends PublishedVisits {
  rooms: (Room & { published: PublishedVisits })[];
}

/**
 * BR-KT5 and BR-LO7: an area's total and its rooms form one table per count (visitors, support
 * requests), published with complementary suppression; `areaStatistics` and every cell of
 * `Area.visitStatisticsSeries` publish the same way.
 */
export function publishAreaVisits<Room extends VisitCounts>(
  caller: Caller,
  rooms: readonly Room[],
): AreaVisitTable<Room> {
  const table = (count: keyof VisitCounts) =>
    publishTableFor(
      caller,
      totalOf(rooms, count),
      rooms.map((room) => room[count]),
    );
  const visitors = table('visitors');
  const supportRequests = table('supportRequests');
  return {
    rooms: rooms.map((room, i) => ({
      ...room,
      published: { visitors: visitors.parts[i]!, supportRequests: supportRequests.parts[i]! },
    })),
    visitors: visitors.total,
    supportRequests: supportRequests.total,
  };
}
