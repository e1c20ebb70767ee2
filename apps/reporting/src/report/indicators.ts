import { DEBT_INDICATORS } from './indicators-debt.ts';
import { FINANCE_INDICATORS } from './indicators-finance.ts';
import { ROOM_INDICATORS } from './indicators-rooms.ts';
import { WMO_INDICATORS } from './indicators-wmo.ts';
import { YOUTH_INDICATORS } from './indicators-youth.ts';
import type { Domain, Indicator } from './model.ts';

/** Every indicator of the council report, in the report's order. */
export const INDICATORS: readonly Indicator[] = [
  ...WMO_INDICATORS,
  ...FINANCE_INDICATORS,
  ...ROOM_INDICATORS,
  ...YOUTH_INDICATORS,
  ...DEBT_INDICATORS,
];

/** The domains as chapters: the Dutch title of each sheet and section. */
export const DOMAIN_TITLES: Record<Domain, string> = {
  wmo: 'Wmo',
  financien: 'Financiën',
  kamers: 'Buurt- en dorpskamers',
  jeugd: 'Jeugd',
  schulden: 'Schuldhulpverlening',
};

const BY_ID = new Map(INDICATORS.map((indicator) => [indicator.id, indicator]));

export function indicatorOf(id: string): Indicator {
  const indicator = BY_ID.get(id);
  if (!indicator) throw new Error(`No indicator ${id} in the catalogue`);
  return indicator;
}
