/** The seed's randomness is the kit's (one generator for every synthetic seed); days are its own. */
export { createRandom, type Random } from '@mienskip/kit/rules';

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for an ISO date. */
export function dayOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

/** The ISO date of a day number. */
export function isoOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
