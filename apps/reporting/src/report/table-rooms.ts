import type { RoomsAnswer } from './answers.ts';
import { countFigure, exactFigure, present } from './figures.ts';
import type { Figure } from './model.ts';
import { locatedCells, type Places } from './places.ts';

const percentOf = (part: number, whole: number) => Math.round((part / whole) * 1000) / 10;

/**
 * The rooms table's figures: one answer of CouncilRooms, per area only (the graph keeps visits and
 * coverage per room and area). Hours are summed over an area's rooms: hours are not persons.
 */
export function roomFigures(answer: RoomsAnswer, places: Places): Figure[] {
  const areas = answer.areas ?? [];
  const visits = locatedCells(
    places,
    [],
    areas.map((area) => ({ id: area.id, series: area.visitStatisticsSeries })),
  ).flatMap(({ cell, at }) => [
    countFigure('kamers.bezoekers', null, at, cell.visitors),
    countFigure('kamers.hulpvragen', null, at, cell.supportRequests),
  ]);
  const coverage = locatedCells(
    places,
    [],
    areas.map((area) => ({ id: area.id, series: area.coverageSeries })),
  ).flatMap(({ cell, at }) => {
    const total = (pick: (room: (typeof cell.rooms)[number]) => number) =>
      cell.rooms.reduce((sum, room) => sum + pick(room), 0);
    const open = total((room) => room.openHours);
    const withoutReception = total((room) => room.hoursWithoutReception);
    const withoutBasis = total((room) => room.hoursWithoutBasis);
    return present([
      exactFigure('kamers.openingsuren', null, at, open),
      exactFigure('kamers.uren-zonder-bezetting', 'Ontvangst', at, withoutReception),
      exactFigure('kamers.uren-zonder-bezetting', 'Basis', at, withoutBasis),
      open > 0
        ? exactFigure('kamers.dekking', 'Ontvangst', at, percentOf(open - withoutReception, open))
        : null,
      open > 0 ? exactFigure('kamers.dekking', 'Basis', at, percentOf(open - withoutBasis, open)) : null,
    ]);
  });
  return [...visits, ...coverage];
}

/** Whether any visit figure rests on synthetic data. */
export function roomsSynthetic(answer: RoomsAnswer): boolean {
  return (answer.areas ?? []).some((area) =>
    (area.visitStatisticsSeries ?? []).some((cell) => cell.provenance === 'SYNTHETIC'),
  );
}
