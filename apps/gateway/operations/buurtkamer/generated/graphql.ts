/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type BuurtkamerRoomsQueryVariables = Exact<{
  areaId?: string | number | null | undefined;
}>;


export type BuurtkamerRoomsQuery = { rooms: Array<{ id: string, name: string, address: string | null }> | null };


export const BuurtkamerRoomsDocument = {"__meta__":{"hash":"sha256:a3d2c7b46b4c487e8b88a9987a85fd1ab89786bf1a405b9170df60af13960bcb"}} as unknown as DocumentNode<BuurtkamerRoomsQuery, BuurtkamerRoomsQueryVariables>;