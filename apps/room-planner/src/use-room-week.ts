import { useEffect, useState } from 'react';
import { type GraphQLErrorShape, runDocument } from './graphql-client.ts';
import { RoomPlannerWeekDocument, type RoomPlannerWeekQuery } from './operations.ts';

export type RoomWeek = NonNullable<RoomPlannerWeekQuery['rooms']>[number];

export type RoomWeekState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'done'; rooms: RoomWeek[] | null; errors: GraphQLErrorShape[] };

/** The rooms with their coverage in `week` and their presence; asked again when the week changes. */
export function useRoomWeek(week: string): RoomWeekState {
  const [state, setState] = useState<RoomWeekState>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    runDocument(RoomPlannerWeekDocument, { week }, { signal: controller.signal }).then(
      ({ data, errors }) => setState({ status: 'done', rooms: data?.rooms ?? null, errors }),
      (error: Error) => {
        if (!controller.signal.aborted) setState({ status: 'failed', message: error.message });
      },
    );
    return () => controller.abort();
  }, [week]);
  return state;
}
