/**
 * Synthetic BSNs for seed and bench data: nine digits that pass the 11-proef, unique per index.
 *
 * Layout: `9` · six digits from the index · a correction digit · the check digit. The six digits are
 * the index passed through a bijection of 0..999,999 (multiply by a number coprime to 10⁶, add an
 * offset), so neighbouring clients do not get neighbouring numbers, and distinct indexes give distinct
 * prefixes and therefore distinct BSNs. The leading 9 makes generated numbers easy to spot.
 */
export const BSN_CAPACITY = 1_000_000;

/** Coprime to 10⁶ (odd, not a multiple of 5): multiplying by it permutes 0..999,999. */
const MULTIPLIER = 738_457;
const OFFSET = 271_828;

export function generateBsn(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= BSN_CAPACITY)
    throw new RangeError(`A synthetic BSN index is an integer from 0 to ${BSN_CAPACITY - 1}`);
  // Both factors are below 2^20, so the product is exact in a double (below 2^53).
  const scrambled = (index * MULTIPLIER + OFFSET) % BSN_CAPACITY;
  const prefix = `9${String(scrambled).padStart(6, '0')}`;
  // 9·d1 + 8·d2 + … + 3·d7 + 2·d8 − d9 ≡ 0 (mod 11), so d9 ≡ the weighted sum of d1..d8 (mod 11).
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(prefix[i]) * (9 - i);
  // A remainder of 10 has no check digit; d8 = 1 adds 2 to the sum, which turns 10 into 1.
  const correction = sum % 11 === 10 ? 1 : 0;
  const check = (sum + 2 * correction) % 11;
  return `${prefix}${correction}${check}`;
}
