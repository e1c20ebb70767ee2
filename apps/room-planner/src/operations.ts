// The room planner's generated typed documents and types (`pnpm codegen` from
// apps/gateway/operations/room-planner/*.graphql).
export {
  type PresenceRole,
  type Provenance,
  type RoomPlannerGapFragment,
  RoomPlannerWeekDocument,
  type RoomPlannerWeekQuery,
  type RoomPlannerWeekQueryVariables,
  type RoomStatus,
  type Weekday,
} from '@mienskip/gateway/operations/room-planner';
