import { isDay } from '../graph/period.ts';
import { DdasInputError, DdasUsageError } from './errors.ts';
import type { Period } from './period.ts';

/** Leeuwarden's CBS municipality code (gemeentecode, AN4). */
export const LEEUWARDEN_MUNICIPALITY_CODE = '0080';
/** The code Mienskip delivers under unless told otherwise (codeGegevensleverancier). */
export const DEFAULT_SUPPLIER_CODE = 'MIENSKIP';

/** What every DDAS document of a delivery shares. */
export interface DeliveryHeader {
  period: Period;
  /** When the delivery is made: `aanleverdatumEnTijd`, UTC to the second. */
  deliveredAt: Date;
  supplierCode: string;
}

/** The header fields of a DDAS document, in DDAS's spelling. */
export function headerFields({ period, deliveredAt, supplierCode }: DeliveryHeader) {
  if (!supplierCode.trim()) throw new DdasUsageError('The supplier code (codeGegevensleverancier) is empty');
  return {
    startdatumLevering: period.from,
    einddatumLevering: period.to,
    aanleverdatumEnTijd: `${deliveredAt.toISOString().slice(0, 19)}Z`,
    codeGegevensleverancier: supplierCode,
  };
}

/** A day the graph gave, checked: `null`/absent stays absent, anything but `YYYY-MM-DD` is refused. */
export function dayOf(value: unknown, where: string): string | null {
  if (value === null || value === undefined) return null;
  if (!isDay(value)) throw new DdasInputError(`${where}: ${JSON.stringify(value)} is not a day (YYYY-MM-DD)`);
  return value;
}

/** A required day. */
export function requiredDayOf(value: unknown, where: string): string {
  const day = dayOf(value, where);
  if (day === null) throw new DdasInputError(`${where}: the graph gave no day`);
  return day;
}

/** Leaves out the properties whose value is `undefined`, so that the document holds no empty keys. */
export function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
