/**
 * AGB code (Algemeen GegevensBeheer zorgverleners): the Vektis registry code of a care provider,
 * eight digits. Only the shape is checked; the registry itself is not reachable from here.
 */
export function isAgbCode(value: string): boolean {
  return /^\d{8}$/.test(value);
}
