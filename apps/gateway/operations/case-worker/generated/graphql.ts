/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Rol in het huishouden. */
export type HouseholdRole =
  /** Another adult member of the household. */
  | 'OTHER_ADULT'
  /** Ouder (parent or carer). */
  | 'PARENT'
  /** Jeugdige (young person under the Jeugdwet age). */
  | 'YOUNG_PERSON';

/** Regiedomein: the domain a regievoerder coordinates. */
export type RegieDomain =
  /** Procesregie over Jeugdwet support (the JET): held by the youth subgraph now; refused here and never returned. */
  | 'JEUGDWET'
  /** Work and participation: Sociale Zaken. */
  | 'WERK_PARTICIPATIE'
  /** Wmo and schuldhulpverlening: the basis regievoerder (one per household), who also holds regie over the debt help of the household — the debt cases the debt subgraph records (BR-R1: "De medewerker van de basisondersteuning heeft de regie bij Wmo en schuldhulpverlening"). */
  | 'WMO';

export type CaseWorkerHouseholdQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseWorkerHouseholdQuery = { household: { id: string, version: number, members: Array<{ role: HouseholdRole, client: { id: string, name: string | null, dateOfBirth: string | null } }>, plan: { id: string, startedOn: string, goals: Array<string>, agreements: string | null } | null, coordinator: { id: string, domain: RegieDomain, startedOn: string, worker: { id: string, name: string | null } | null } | null } | null };


export const CaseWorkerHouseholdDocument = {"__meta__":{"hash":"sha256:d62721b22acde0c2509d0fa40dd61856ece26a83b690859fba79bc4a547b08d4"}} as unknown as DocumentNode<CaseWorkerHouseholdQuery, CaseWorkerHouseholdQueryVariables>;