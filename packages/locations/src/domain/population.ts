import type { Provenance } from '@mienskip/kit/rules';

/**
 * Where an area's population comes from. The sources give no inhabitants per area, and no API path
 * sets one: a population present was written by the seed (or its migration) and is SYNTHETIC.
 */
export function populationProvenance(population: number | null): Provenance | null {
  return population === null ? null : 'SYNTHETIC';
}
