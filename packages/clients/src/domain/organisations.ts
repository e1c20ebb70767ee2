import type { RegieDomain } from './codes.ts';

/**
 * Organisations the rules name, by the readable ids of the budget subgraph's reference data.
 * The municipality issues every beschikking (§2.1); there is one basis provider (BR-A14).
 */
export const MUNICIPALITY = 'org-gemeente-leeuwarden';
export const BASIS_PROVIDER = 'org-amaryllis';

/** Who may hold regie in each domain (BR-R1–R3): the basis for Wmo, the JET for Jeugdwet, Sociale Zaken for work. */
export const REGIE_ORGANISATION: Record<RegieDomain, string> = {
  WMO: BASIS_PROVIDER,
  JEUGDWET: 'org-jet',
  WERK_PARTICIPATIE: 'org-sociale-zaken',
};
