/** Money is exact: integer euro cents inside (bigint, beyond the 32-bit range), a decimal string on the wire. */
const MONEY_PATTERN = /^(-?)(\d+)\.(\d{2})$/;

export function isMoneyString(value: string): boolean {
  return MONEY_PATTERN.test(value);
}

/** "1234.50" → 123450n. Throws on anything that is not a decimal string with exactly two decimals. */
export function parseMoney(value: string): bigint {
  const match = MONEY_PATTERN.exec(value);
  if (!match) throw new TypeError(`Money must be a decimal string with two decimals, like "1234.50"`);
  const [, sign, euros, cents] = match;
  const amount = BigInt(euros!) * 100n + BigInt(cents!);
  return sign === '-' ? -amount : amount;
}

/** 123450n → "1234.50". Accepts what drivers return for integer cents: bigint, safe integers, digit strings. */
export function formatMoney(cents: bigint | number | string): string {
  const value = toCents(cents);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const euros = abs / 100n;
  const rest = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${euros}.${rest}`;
}

export function toCents(value: bigint | number | string): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new TypeError('Money in cents must be a safe integer');
    return BigInt(value);
  }
  if (!/^-?\d+$/.test(value)) throw new TypeError('Money in cents must be an integer');
  return BigInt(value);
}
