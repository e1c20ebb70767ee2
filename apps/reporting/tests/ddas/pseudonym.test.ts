import { describe, expect, it } from 'vitest';
import { DdasUsageError } from '../../src/ddas/errors.ts';
import { bsnPseudonym, deliverySecret } from '../../src/ddas/pseudonym.ts';
import { SECRET } from './fixtures.ts';

describe('BSN pseudonyms (BR-DB43)', () => {
  it('are 64 hex digits that do not contain the BSN', () => {
    const pseudonym = bsnPseudonym('999900006', SECRET);
    expect(pseudonym).toMatch(/^[0-9a-f]{64}$/);
    expect(pseudonym).not.toContain('999900006');
  });

  it('are the same for the same BSN and secret, so that deliveries join', () => {
    expect(bsnPseudonym('999900006', SECRET)).toBe(bsnPseudonym('999900006', SECRET));
  });

  it('differ for another BSN, and for another secret', () => {
    expect(bsnPseudonym('999900018', SECRET)).not.toBe(bsnPseudonym('999900006', SECRET));
    expect(bsnPseudonym('999900006', `${SECRET}!`)).not.toBe(bsnPseudonym('999900006', SECRET));
  });

  it('are keyed: not the plain SHA-256 of the BSN, which anyone could compute for every BSN', async () => {
    const { createHash } = await import('node:crypto');
    expect(bsnPseudonym('999900006', SECRET)).not.toBe(
      createHash('sha256').update('999900006').digest('hex'),
    );
  });

  it('need a delivery secret of at least 32 characters', () => {
    expect(() => deliverySecret(undefined)).toThrow(DdasUsageError);
    expect(() => deliverySecret(undefined)).toThrow(/MIENSKIP_DDAS_SECRET is not set/);
    expect(() => deliverySecret('short')).toThrow('MIENSKIP_DDAS_SECRET is shorter than 32 characters');
    expect(deliverySecret(SECRET)).toBe(SECRET);
  });
});
