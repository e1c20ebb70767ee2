/** The fixed operation mix of `pnpm bench`: what room planners ask most, each answered by locations alone. */
export interface BenchOperation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const today = new Date().toISOString().slice(0, 10);

export const OPERATIONS: readonly BenchOperation[] = [
  { name: 'roomsWithArea', query: '{ rooms { id name status area { id name } } }' },
  { name: 'presenceSlots', query: '{ rooms { id presence { weekday from to role organisation { id } } } }' },
  { name: 'roomWorkers', query: '{ rooms { id workers { id role organisation { id } } } }' },
  {
    name: 'coverageThisWeek',
    query: `query Coverage($week: Date!) { rooms { id coverage(week: $week) {
      weekStart gapsWithoutReception { date from to } gapsWithoutBasis { date from to } } } }`,
    variables: { week: today },
  },
];
