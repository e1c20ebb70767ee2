/* eslint-disable */
import * as types from './graphql.ts';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment RoomPlannerGap on CoverageGap {\n  date\n  weekday\n  from\n  to\n  minutes\n}\n\nfragment RoomPlannerPresence on PresenceSlot {\n  id\n  weekday\n  from\n  to\n  role\n  receivesVisitors\n  isBasisPresence\n  provenance\n  organisation {\n    id\n    name\n  }\n}": typeof types.RoomPlannerGapFragmentDoc,
    "query RoomPlannerWeek($week: Date!) {\n  rooms {\n    id\n    name\n    address\n    status\n    provenance\n    area {\n      id\n      name\n    }\n    coverage(week: $week) {\n      weekStart\n      fullyReceived\n      gapsWithoutReception {\n        ...RoomPlannerGap\n      }\n      gapsWithoutBasis {\n        ...RoomPlannerGap\n      }\n    }\n    presence {\n      ...RoomPlannerPresence\n    }\n  }\n}": typeof types.RoomPlannerWeekDocument,
};
const documents: Documents = {
    "fragment RoomPlannerGap on CoverageGap {\n  date\n  weekday\n  from\n  to\n  minutes\n}\n\nfragment RoomPlannerPresence on PresenceSlot {\n  id\n  weekday\n  from\n  to\n  role\n  receivesVisitors\n  isBasisPresence\n  provenance\n  organisation {\n    id\n    name\n  }\n}": types.RoomPlannerGapFragmentDoc,
    "query RoomPlannerWeek($week: Date!) {\n  rooms {\n    id\n    name\n    address\n    status\n    provenance\n    area {\n      id\n      name\n    }\n    coverage(week: $week) {\n      weekStart\n      fullyReceived\n      gapsWithoutReception {\n        ...RoomPlannerGap\n      }\n      gapsWithoutBasis {\n        ...RoomPlannerGap\n      }\n    }\n    presence {\n      ...RoomPlannerPresence\n    }\n  }\n}": types.RoomPlannerWeekDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RoomPlannerGap on CoverageGap {\n  date\n  weekday\n  from\n  to\n  minutes\n}\n\nfragment RoomPlannerPresence on PresenceSlot {\n  id\n  weekday\n  from\n  to\n  role\n  receivesVisitors\n  isBasisPresence\n  provenance\n  organisation {\n    id\n    name\n  }\n}"): (typeof documents)["fragment RoomPlannerGap on CoverageGap {\n  date\n  weekday\n  from\n  to\n  minutes\n}\n\nfragment RoomPlannerPresence on PresenceSlot {\n  id\n  weekday\n  from\n  to\n  role\n  receivesVisitors\n  isBasisPresence\n  provenance\n  organisation {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoomPlannerWeek($week: Date!) {\n  rooms {\n    id\n    name\n    address\n    status\n    provenance\n    area {\n      id\n      name\n    }\n    coverage(week: $week) {\n      weekStart\n      fullyReceived\n      gapsWithoutReception {\n        ...RoomPlannerGap\n      }\n      gapsWithoutBasis {\n        ...RoomPlannerGap\n      }\n    }\n    presence {\n      ...RoomPlannerPresence\n    }\n  }\n}"): (typeof documents)["query RoomPlannerWeek($week: Date!) {\n  rooms {\n    id\n    name\n    address\n    status\n    provenance\n    area {\n      id\n      name\n    }\n    coverage(week: $week) {\n      weekStart\n      fullyReceived\n      gapsWithoutReception {\n        ...RoomPlannerGap\n      }\n      gapsWithoutBasis {\n        ...RoomPlannerGap\n      }\n    }\n    presence {\n      ...RoomPlannerPresence\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;