import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../src/report/indicators.ts';
import { perAreaText } from '../../src/report/presentation.ts';
import { COUNT_UNIT_LABELS, UNITS } from '../../src/report/units.ts';

describe('the indicator catalogue', () => {
  it('describes every indicator in full: a unique id, Dutch name, definition, source, legal basis and unit', () => {
    expect(new Set(INDICATORS.map((i) => i.id)).size).toBe(INDICATORS.length);
    expect(new Set(INDICATORS.map((i) => i.name)).size).toBe(INDICATORS.length);
    for (const indicator of INDICATORS) {
      for (const field of ['name', 'definition', 'source', 'legalBasis'] as const)
        expect(indicator[field].length, `${indicator.id}.${field}`).toBeGreaterThan(5);
      expect(Object.values(UNITS), indicator.id).toContainEqual(indicator.unit);
    }
  });

  it('names the law behind each domain’s indicators', () => {
    const laws = (prefix: string) =>
      INDICATORS.filter((i) => i.id.startsWith(prefix)).map((i) => i.legalBasis);
    expect(laws('wmo.').some((law) => /Wmo 2015 art\. 2\.3\.6/.test(law))).toBe(true);
    expect(laws('jeugd.').every((law) => law.includes('Jeugdwet'))).toBe(true);
    expect(laws('schulden.aandeel-vierwekennorm')).toEqual(['Wgs art. 4a lid 1']);
    expect(laws('schulden.aandeel-drie-werkdagennorm')).toEqual(['Wgs art. 4a lid 2']);
  });

  it('says why an indicator is not per area or not per quarter', () => {
    for (const indicator of INDICATORS.filter((i) => i.domain === 'financien')) {
      expect(perAreaText(indicator)).toMatch(/^nee: /);
      expect(indicator.notes.join(' ')).toMatch(/per jaar|per perceel/i);
    }
    const lumpsum = INDICATORS.find((i) => i.id === 'fin.lumpsum-per-perceel')!;
    expect(lumpsum.notes.join(' ')).toMatch(/niet per wijk of dorp/);
    expect(lumpsum.notes.join(' ')).toMatch(/geen deel per kwartaal/);
    for (const indicator of INDICATORS.filter((i) => i.domain === 'kamers'))
      expect(perAreaText(indicator)).toMatch(/^alleen per gebied/);
  });

  it('puts every count of persons or cases under the small-number rule, and nothing else', () => {
    for (const indicator of INDICATORS) {
      const counted = COUNT_UNIT_LABELS.includes(indicator.unit.label);
      expect(counted, indicator.id).toBe(indicator.unit.kind === 'count');
      if (counted) expect(indicator.notes.join(' '), indicator.id).toMatch(/CBS-regel voor kleine aantallen/);
    }
  });
});
