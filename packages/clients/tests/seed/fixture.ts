import { type ClientsSeedRows, generateClients, splitForOwners } from '../../src/db/synthetic.ts';

/** The default-scale data, generated once per test file, with lookups by id. */
export function defaultData() {
  return indexed(generateClients({ transitionClients: 2000 }));
}

/**
 * The default-scale data the seed writes: generated, without what the youth subgraph owns
 * (BR-CL15, BR-CL16) and what the debt subgraph owns (BR-CL17, BR-CL18).
 */
export function seededData() {
  return indexed(splitForOwners(generateClients({ transitionClients: 2000 })).kept);
}

export function indexed(rows: ClientsSeedRows) {
  const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((row) => [row.id, row]));
  const groupBy = <T>(list: readonly T[], key: (row: T) => string) => {
    const groups = new Map<string, T[]>();
    for (const row of list) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
    return groups;
  };
  return {
    rows,
    clients: byId(rows.clients),
    referrals: byId(rows.referrals),
    decisions: byId(rows.decisions),
    households: byId(rows.households),
    groupBy,
  };
}

export const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
