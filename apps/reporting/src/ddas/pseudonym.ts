import { createHmac } from 'node:crypto';
import { DdasUsageError } from './errors.ts';

/** The environment variable that holds the delivery secret of the BSN pseudonyms. */
export const DDAS_SECRET_ENV = 'MIENSKIP_DDAS_SECRET';
/** At least 32 characters: a secret short enough to guess makes the pseudonym a BSN lookup. */
export const MIN_SECRET_LENGTH = 32;

/** The delivery secret, refused when absent or too short (BR-DB43). */
export function deliverySecret(value: string | undefined): string {
  if (!value)
    throw new DdasUsageError(
      `${DDAS_SECRET_ENV} is not set: the BSNs of the schuldhulpverlening delivery are pseudonymised with it (HMAC-SHA-256); set it to the delivery secret agreed for DDAS, at least ${MIN_SECRET_LENGTH} characters`,
    );
  if (value.length < MIN_SECRET_LENGTH)
    throw new DdasUsageError(`${DDAS_SECRET_ENV} is shorter than ${MIN_SECRET_LENGTH} characters`);
  return value;
}

/**
 * The pseudonym of a BSN (BR-DB43): HMAC-SHA-256 under the delivery secret, 64 lowercase hex digits.
 * The same BSN and secret always give the same pseudonym, so that the receiver can join a client's
 * trajectories across deliveries; without the secret it cannot be turned back into the BSN by trying
 * the (small) space of BSNs.
 */
export function bsnPseudonym(bsn: string, secret: string): string {
  return createHmac('sha256', secret).update(bsn, 'utf8').digest('hex');
}
