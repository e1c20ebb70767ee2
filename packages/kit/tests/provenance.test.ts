import { describe, expect, it } from 'vitest';
import { combinedProvenance, isProvenance, PROVENANCES, provenanceAfterChange } from '../src/rules.ts';

describe('provenance', () => {
  it('knows its three values', () => {
    expect(PROVENANCES).toEqual(['SOURCE', 'SYNTHETIC', 'RECORDED']);
    expect(isProvenance('SYNTHETIC')).toBe(true);
    expect(isProvenance('GUESSED')).toBe(false);
  });

  it('turns a source row changed through the API RECORDED and leaves a synthetic one SYNTHETIC', () => {
    expect(provenanceAfterChange('SOURCE')).toBe('RECORDED');
    expect(provenanceAfterChange('SYNTHETIC')).toBe('SYNTHETIC');
    expect(provenanceAfterChange('RECORDED')).toBe('RECORDED');
  });

  it('calls a figure made of several rows by its least certain part', () => {
    expect(combinedProvenance(['SOURCE', 'RECORDED', 'SYNTHETIC'])).toBe('SYNTHETIC');
    expect(combinedProvenance(['SOURCE', 'RECORDED'])).toBe('RECORDED');
    expect(combinedProvenance(['RECORDED', 'SOURCE'])).toBe('RECORDED');
    expect(combinedProvenance(['SOURCE', 'SOURCE'])).toBe('SOURCE');
    expect(combinedProvenance([])).toBe('RECORDED');
  });
});
