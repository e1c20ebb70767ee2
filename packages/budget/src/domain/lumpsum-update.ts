/** Changing a lumpsum that is not yet definitive: its decided amount, or its status one step on. */
import { ValidationError } from '@mienskip/kit/rules';
import type { LumpsumDefinitiveError } from './errors.ts';
import { canMoveTo, definitiveRefusal, type LumpsumStatus, type StoredLumpsum } from './lumpsum.ts';

/** What the caller asks; left out stays as it is. */
export interface LumpsumUpdate {
  decidedCents?: bigint | null | undefined;
  status?: LumpsumStatus | null | undefined;
}

export interface LumpsumChanges {
  decidedCents?: bigint;
  status?: LumpsumStatus;
}

/** The changes to write, or why not: never a definitive version, a negative amount or a skipped status (BR-BU1). */
export function decideLumpsumUpdate(
  current: StoredLumpsum,
  update: LumpsumUpdate,
): LumpsumDefinitiveError | ValidationError | LumpsumChanges {
  const definitive = definitiveRefusal(current);
  if (definitive) return definitive;
  if (update.decidedCents != null && update.decidedCents < 0n)
    return new ValidationError('decidedAmount', 'A lumpsum cannot be negative');
  if (update.status && !canMoveTo(current.status, update.status))
    return new ValidationError('status', `A lumpsum moves from ${current.status} only to the next status`);
  return {
    ...(update.decidedCents != null && { decidedCents: update.decidedCents }),
    ...(update.status && { status: update.status }),
  };
}
