import type { ReferenceAnswer } from './answers.ts';
import type { At } from './figures.ts';
import { periodLabel } from './period.ts';

/** An area of the report, or the whole municipality: its name as the report shows it, its inhabitants. */
export interface Place {
  area: string;
  population: number | null;
}

export interface Places {
  municipality: Place;
  /** By the area's id. */
  areas: Map<string, Place>;
}

/** `Gemeente Leeuwarden`: the name figures of the whole municipality carry. */
export function municipalityName(name: string | undefined): string {
  if (!name) return 'Gemeente';
  return /^gemeente\b/i.test(name) ? name : `Gemeente ${name}`;
}

export function placesOf(reference: ReferenceAnswer): Places {
  return {
    municipality: {
      area: municipalityName(reference.municipality?.name),
      population: reference.municipality?.population ?? null,
    },
    areas: new Map(
      (reference.areas ?? []).map((area) => [area.id, { area: area.name, population: area.population }]),
    ),
  };
}

interface Span {
  from: string;
  to: string;
}

/**
 * The cells of a statistics table with where each sits: the municipality's series first, then each
 * area's in the reference's order. An area the reference does not know is named by its id.
 */
export function locatedCells<Cell extends Span>(
  places: Places,
  municipality: Cell[] | null | undefined,
  areas: { id: string; series: Cell[] | null | undefined }[],
): { cell: Cell; at: At }[] {
  const at = (place: Place, cell: Cell): At => ({ period: periodLabel(cell), ...place });
  return [
    ...(municipality ?? []).map((cell) => ({ cell, at: at(places.municipality, cell) })),
    ...areas.flatMap(({ id, series }) => {
      const place = places.areas.get(id) ?? { area: id, population: null };
      return (series ?? []).map((cell) => ({ cell, at: at(place, cell) }));
    }),
  ];
}
