// The room planner's generated typed documents and types (`pnpm codegen` from
// apps/gateway/operations/room-planner/*.graphql). The package export
// `@mienskip/gateway/operations/room-planner` is the client preset's index, which re-exports only
// `graphql()` and not the documents, hence the path into the generated folder, in this one place.
export type {
  PresenceRole,
  Provenance,
  RoomPlannerGapFragment,
  RoomPlannerWeekQuery,
  RoomPlannerWeekQueryVariables,
  RoomStatus,
  Weekday,
} from '../../gateway/operations/room-planner/generated/graphql.ts';
export { RoomPlannerWeekDocument } from '../../gateway/operations/room-planner/generated/graphql.ts';
