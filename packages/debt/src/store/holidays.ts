import Holidays from 'date-holidays';

/**
 * The algemeen erkende feestdagen of the Algemene termijnenwet (art. 3 lid 1: "de Nieuwjaarsdag, de
 * Christelijke tweede Paas- en Pinksterdag, de beide Kerstdagen, de Hemelvaartsdag, de dag waarop de
 * verjaardag van de Koning wordt gevierd en de vijfde mei"), from date-holidays' calendar of the
 * Netherlands, for the working-day rules (BR-DB20). Goede Vrijdag is in date-holidays' calendar but not
 * in the Atw: it is left out (a working day). Easter and Whit Sunday are Sundays anyway. Koningsdag is
 * the day it is celebrated (26 April when 27 April is a Sunday); before 2014 Koninginnedag. Days a besluit
 * under art. 3 lid 3 equates with these for one year are not in date-holidays and not here: the rules take
 * any set of days, so such a day can be added as data when it matters.
 */
const ATW_HOLIDAYS = [
  'Nieuwjaar',
  'Tweede paasdag',
  'Hemelvaartsdag',
  'Tweede pinksterdag',
  'Kerstmis',
  'Tweede kerstdag',
  'Koningsdag',
  'Bevrijdingsdag',
] as const;
const ALIASES: Record<string, (typeof ATW_HOLIDAYS)[number]> = { Koninginnedag: 'Koningsdag' };

const calendar = new Holidays('NL', { languages: ['nl'] });
const cache = new Map<number, readonly string[]>();

function holidaysOf(year: number): readonly string[] {
  const known = cache.get(year);
  if (known) return known;
  const found = new Map<string, string>();
  for (const holiday of calendar.getHolidays(year, 'nl')) {
    const name = ALIASES[holiday.name] ?? holiday.name;
    if ((ATW_HOLIDAYS as readonly string[]).includes(name)) found.set(name, holiday.date.slice(0, 10));
  }
  // A renamed or dropped holiday in the package must fail loudly, never shorten a legal term silently.
  const missing = ATW_HOLIDAYS.filter((name) => !found.has(name));
  if (missing.length) throw new Error(`date-holidays gives no ${missing.join(', ')} for ${year}`);
  const days = [...found.values()].sort();
  cache.set(year, days);
  return days;
}

/** The Atw's general holidays of the years `fromYear` to `toYear` (inclusive), as ISO dates. */
export function dutchGeneralHolidays(fromYear: number, toYear: number): ReadonlySet<string> {
  const days = new Set<string>();
  for (let year = fromYear; year <= toYear; year += 1) for (const day of holidaysOf(year)) days.add(day);
  return days;
}

/**
 * The holidays a term starting on `from` may run over: its year and the next (a term of a few working
 * days reported late in December ends in January).
 */
export function holidaysAround(...days: readonly string[]): ReadonlySet<string> {
  const years = days.map((day) => Number(day.slice(0, 4)));
  return dutchGeneralHolidays(Math.min(...years), Math.max(...years) + 1);
}
