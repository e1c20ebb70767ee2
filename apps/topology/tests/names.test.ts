import { describe, expect, it } from 'vitest';
import { isLeftover, runOf, runPrefix } from '../src/names.ts';

describe('run names', () => {
  it('name a run by its pid, within the 15 characters of an interface name', () => {
    expect(runPrefix(4_194_304)).toBe('msk_2hwcg_');
    expect(runOf(`${runPrefix(4_194_304)}v26`)).toBe(4_194_304);
    expect(`${runPrefix(4_194_304)}v26`.length).toBeLessThanOrEqual(15);
  });

  it('take only names of the family whose run is gone for leftovers', () => {
    const alive = (pid: number) => pid === 42;
    expect(isLeftover(`${runPrefix(43)}gw1`, alive)).toBe(true);
    expect(isLeftover(`${runPrefix(42)}gw1`, alive)).toBe(false);
    expect(isLeftover(`${runPrefix()}gw1`, () => false)).toBe(false);
    expect(isLeftover('docker0', alive)).toBe(false);
    expect(isLeftover('msk-something', alive)).toBe(false);
  });
});
