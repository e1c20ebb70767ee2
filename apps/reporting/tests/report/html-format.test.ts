import { describe, expect, it } from 'vitest';
import { jsonForScript, scriptForHtml } from '../../src/report/html/escape.ts';
import { formatDate, formatDateTime, formatValue, yearEarlier } from '../../src/report/html/format.ts';

describe('Dutch number formatting', () => {
  it('groups thousands with a dot and uses a decimal comma', () => {
    expect(formatValue(1234, 'count')).toBe('1.234');
    expect(formatValue(1_234_567, 'count')).toBe('1.234.567');
    expect(formatValue(38.25, 'per10000')).toBe('38,3');
    expect(formatValue(12, 'days')).toBe('12');
  });

  it('writes euros with the sign and cents, shares with a percent sign', () => {
    expect(formatValue(1_234_567.89, 'euro')).toBe('€\u00a01.234.567,89');
    expect(formatValue(5, 'euro')).toBe('€\u00a05,00');
    expect(formatValue(12.5, 'share')).toBe('12,5%');
    expect(formatValue(100, 'share')).toBe('100%');
  });
});

describe('Dutch dates', () => {
  it('writes an ISO date as read, without a time-zone shift', () => {
    expect(formatDate('2021-01-01')).toBe('1 januari 2021');
    expect(formatDate('2021-12-31')).toBe('31 december 2021');
  });

  it("writes the run's time on Leeuwarden's clock (summer and winter time)", () => {
    expect(formatDateTime('2026-11-29T12:30:00.000Z')).toBe('29 november 2026 om 13:30');
    expect(formatDateTime('2021-07-01T08:05:00.000Z')).toBe('1 juli 2021 om 10:05');
  });

  it('finds the same period a year earlier', () => {
    expect(yearEarlier('2021-K3')).toBe('2020-K3');
    expect(yearEarlier('2021-03')).toBe('2020-03');
    expect(yearEarlier('2021')).toBe('2020');
  });
});

describe('escaping for an inline script', () => {
  const hostile = 'Wijk </script><script>alert(1)</script> <!-- & \u2028';

  it('leaves no tag or comment opener in JSON, and reads back the same', () => {
    const json = jsonForScript({ label: hostile });
    expect(json).not.toMatch(/[<>]/);
    expect(json).not.toContain('\u2028');
    expect(JSON.parse(json)).toEqual({ label: hostile });
  });

  it("breaks `</script` and `<!--` in the bundled library's source", () => {
    const source = 'var a = "</script>", b = "</SCRIPT >", c = "<!--";';
    const escaped = scriptForHtml(source);
    expect(escaped).not.toMatch(/<\/script/i);
    expect(escaped).not.toContain('<!--');
    // Same strings once JavaScript reads them.
    expect(new Function(`${escaped}; return [a, b, c];`)()).toEqual(['</script>', '</SCRIPT >', '<!--']);
  });
});
