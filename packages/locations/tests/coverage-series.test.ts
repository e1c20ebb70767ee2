import { type CallerOptions, startTestSubgraph, type TestSubgraph } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locations } from '../src/index.ts';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(locations);
});
afterAll(() => subgraph?.close());

const municipal = { scopes: ['locations:read', 'statistics', 'personal-data'] as const };
const council = { scopes: ['statistics'] as const, organisationKind: 'MUNICIPALITY' as const };
type Caller = CallerOptions;

type Summary = {
  room: { id: string };
  openHours: number;
  hoursWithoutReception: number;
  hoursWithoutBasis: number;
};
type Cell = { from: string; to: string; provenance: string; rooms: Summary[] };
const CELL = 'from to provenance rooms { room { id } openHours hoursWithoutReception hoursWithoutBasis }';

async function coverageSeries(areaId: string, args: string, caller: Caller = municipal) {
  const { body } = await subgraph.query<{ area: { coverageSeries: Cell[] } }>(
    `{ area(id: "${areaId}") { coverageSeries(${args}) { ${CELL} } } }`,
    { caller },
  );
  expect(body.errors).toBeUndefined();
  return body.data!.area.coverageSeries;
}

type Gap = { date: string; minutes: number };
type Week = { gapsWithoutReception: Gap[]; gapsWithoutBasis: Gap[] };

/** The same figures from Room.coverage(week) and the opening hours, summed over the days of a period. */
async function fromWeeks(areaId: string, mondays: string[], from: string, to: string) {
  const weeks = mondays
    .map(
      (monday, i) =>
        `w${i}: coverage(week: "${monday}") { gapsWithoutReception { date minutes } gapsWithoutBasis { date minutes } }`,
    )
    .join(' ');
  const { body } = await subgraph.query<{
    rooms: ({ id: string; openingHours: { weekday: string; from: string; to: string }[] } & Record<
      string,
      Week
    >)[];
  }>(`{ rooms(areaId: "${areaId}") { id openingHours { weekday from to } ${weeks} } }`, {
    caller: municipal,
  });
  expect(body.errors).toBeUndefined();
  const inPeriod = (gap: Gap) => gap.date >= from && gap.date <= to;
  const minutes = (gaps: Gap[]) => gaps.filter(inPeriod).reduce((sum, gap) => sum + gap.minutes, 0);
  const clock = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
  const WEEKDAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];
  return body.data!.rooms.map((room) => {
    const ws = mondays.map((_, i) => room[`w${i}`] as Week);
    let open = 0;
    for (
      let day = new Date(`${from}T00:00:00Z`);
      day.toISOString().slice(0, 10) <= to;
      day.setUTCDate(day.getUTCDate() + 1)
    ) {
      for (const period of room.openingHours.filter((p) => p.weekday === WEEKDAYS[day.getUTCDay()]))
        open += clock(period.to) - clock(period.from);
    }
    return {
      room: { id: room.id },
      openHours: open / 60,
      hoursWithoutReception: ws.reduce((sum, w) => sum + minutes(w.gapsWithoutReception), 0) / 60,
      hoursWithoutBasis: ws.reduce((sum, w) => sum + minutes(w.gapsWithoutBasis), 0) / 60,
    };
  });
}

describe('Area.coverageSeries (BR-LO8)', () => {
  it('sums Room.coverage over four whole weeks', async () => {
    const [cell] = await coverageSeries('area-stiens', 'from: "2021-01-04", to: "2021-01-31"');
    const expected = await fromWeeks(
      'area-stiens',
      ['2021-01-04', '2021-01-11', '2021-01-18', '2021-01-25'],
      '2021-01-04',
      '2021-01-31',
    );
    expect(cell!.rooms).toEqual(expected);
    expect(expected.some((room) => room.openHours > 0 && room.hoursWithoutReception > 0)).toBe(true);
  });

  it('cuts the weeks at the edges of each month of a series', async () => {
    const [january, february] = await coverageSeries(
      'area-stiens',
      'from: "2021-01-01", to: "2021-02-28", grain: MONTH',
      council,
    );
    expect([january!.from, january!.to, february!.from, february!.to]).toEqual([
      '2021-01-01',
      '2021-01-31',
      '2021-02-01',
      '2021-02-28',
    ]);
    const januaryWeeks = ['2020-12-28', '2021-01-04', '2021-01-11', '2021-01-18', '2021-01-25'];
    expect(january!.rooms).toEqual(await fromWeeks('area-stiens', januaryWeeks, '2021-01-01', '2021-01-31'));
    const februaryWeeks = ['2021-02-01', '2021-02-08', '2021-02-15', '2021-02-22'];
    expect(february!.rooms).toEqual(
      await fromWeeks('area-stiens', februaryWeeks, '2021-02-01', '2021-02-28'),
    );
  });

  it('counts open time in a week without planned shifts as a gap where no presence slot covers it', async () => {
    const [planned] = await coverageSeries('area-stiens', 'from: "2021-01-04", to: "2021-01-10"');
    const [unplanned] = await coverageSeries('area-stiens', 'from: "2021-01-11", to: "2021-01-17"');
    const skalm = (cell: Cell) => cell.rooms.find((room) => room.room.id === 'room-de-skalm')!;
    expect(skalm(planned!).openHours).toBe(skalm(unplanned!).openHours);
    // The seeded volunteer shift (Thursday 13:00–16:30) receives residents in the first week only.
    expect(skalm(unplanned!).hoursWithoutReception - skalm(planned!).hoursWithoutReception).toBe(3.5);
    expect(skalm(planned!).hoursWithoutBasis).toBeLessThan(skalm(unplanned!).hoursWithoutBasis);
    expect(planned!.provenance).toBe('SYNTHETIC');
  });

  it('answers every area of one _entities call from one load of the schedules', async () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Area { id
      coverageSeries(from: "2021-01-01", to: "2021-12-31", grain: MONTH) { from rooms { openHours } } } } }`;
    const statements = async (areaIds: string[]) => {
      const before = subgraph.database.statementCount;
      const { body } = await subgraph.query<{ _entities: { coverageSeries: Cell[] }[] }>(query, {
        caller: council,
        variables: { r: areaIds.map((id) => ({ __typename: 'Area', id })) },
      });
      expect(body.errors).toBeUndefined();
      expect(body.data!._entities.map((area) => area.coverageSeries.length)).toEqual(areaIds.map(() => 12));
      return subgraph.database.statementCount - before;
    };
    // The areas, then the rooms, their opening hours, presence slots and shifts.
    expect(await statements(['area-stiens'])).toBe(5);
    expect(await statements(['area-stiens', 'area-west', 'area-noord', 'area-dorpen-zuid'])).toBe(5);
  });

  it('refuses a bad period as BAD_USER_INPUT and needs locations:read or statistics', async () => {
    const ask = (args: string, caller: Caller = council) =>
      subgraph.query(`{ area(id: "area-west") { coverageSeries(${args}) { from } } }`, { caller });
    for (const args of [
      'from: "2021-01-04", to: "2021-01-31"',
      'from: "2021-02-01", to: "2021-01-31"',
      'from: "2001-01-01", to: "2021-12-31", grain: YEAR',
    ]) {
      expect(
        (await ask(args)).body.errors?.map((e) => e.extensions?.code),
        args,
      ).toEqual(['BAD_USER_INPUT']);
    }
    const reader = await ask('from: "2021-01-01", to: "2021-01-31"', { scopes: ['locations:read'] });
    expect(reader.body.errors).toBeUndefined();
    const neither = await ask('from: "2021-01-01", to: "2021-01-31"', { scopes: ['budget:read'] });
    expect(neither.body.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
  });
});
