/**
 * The BSN 11-proef (elfproef): 9·d1 + 8·d2 + … + 2·d8 − 1·d9 must be divisible by 11.
 * The `Bsn` scalar only checks the shape (nine digits); this is the domain rule that subgraphs
 * answer with a typed error, so a client gets a payload instead of a failed operation.
 */
export function passesElfproef(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn) || bsn === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(bsn[i]) * (9 - i);
  sum -= Number(bsn[8]);
  return sum % 11 === 0;
}
