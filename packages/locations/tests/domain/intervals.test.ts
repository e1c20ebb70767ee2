import { describe, expect, it } from 'vitest';
import { overlaps, subtract, union, within } from '../../src/domain/intervals.ts';

const i = (from: number, to: number) => ({ from, to });

describe('overlaps (half-open)', () => {
  it('is true when intervals share a minute', () => {
    expect(overlaps(i(540, 720), i(700, 800))).toBe(true);
    expect(overlaps(i(700, 800), i(540, 720))).toBe(true);
  });

  it('is true when one contains the other', () => {
    expect(overlaps(i(540, 1020), i(600, 660))).toBe(true);
    expect(overlaps(i(600, 660), i(540, 1020))).toBe(true);
  });

  it('is true for identical intervals', () => {
    expect(overlaps(i(540, 600), i(540, 600))).toBe(true);
  });

  it('is false for touching intervals', () => {
    expect(overlaps(i(540, 720), i(720, 1020))).toBe(false);
    expect(overlaps(i(720, 1020), i(540, 720))).toBe(false);
  });

  it('is false for separate intervals', () => {
    expect(overlaps(i(540, 600), i(700, 800))).toBe(false);
  });
});

describe('union', () => {
  it('sorts and merges overlapping intervals', () => {
    expect(union([i(700, 800), i(540, 720)])).toEqual([i(540, 800)]);
  });

  it('merges touching intervals', () => {
    expect(union([i(540, 720), i(720, 1020)])).toEqual([i(540, 1020)]);
  });

  it('keeps separate intervals apart, sorted', () => {
    expect(union([i(780, 1020), i(540, 750)])).toEqual([i(540, 750), i(780, 1020)]);
  });

  it('absorbs contained intervals', () => {
    expect(union([i(540, 1020), i(600, 660), i(900, 960)])).toEqual([i(540, 1020)]);
  });

  it('drops empty and reversed intervals', () => {
    expect(union([i(600, 600), i(700, 650), i(540, 560)])).toEqual([i(540, 560)]);
    expect(union([i(600, 600)])).toEqual([]);
    expect(union([])).toEqual([]);
  });

  it('does not mutate its input', () => {
    const input = [i(540, 720), i(700, 800)];
    union(input);
    expect(input).toEqual([i(540, 720), i(700, 800)]);
  });
});

describe('subtract', () => {
  const day = [i(540, 1020)];

  it('returns the base when nothing is cut', () => {
    expect(subtract(day, [])).toEqual(day);
  });

  it('returns the base when cuts lie outside it', () => {
    expect(subtract(day, [i(0, 540), i(1020, 1440)])).toEqual(day);
  });

  it('cuts a hole at the start', () => {
    expect(subtract(day, [i(540, 600)])).toEqual([i(600, 1020)]);
  });

  it('cuts a hole at the start that begins before the base', () => {
    expect(subtract(day, [i(480, 600)])).toEqual([i(600, 1020)]);
  });

  it('cuts a hole in the middle', () => {
    expect(subtract(day, [i(720, 780)])).toEqual([i(540, 720), i(780, 1020)]);
  });

  it('cuts a hole at the end', () => {
    expect(subtract(day, [i(960, 1020)])).toEqual([i(540, 960)]);
    expect(subtract(day, [i(960, 1100)])).toEqual([i(540, 960)]);
  });

  it('leaves nothing when the cuts cover everything', () => {
    expect(subtract(day, [i(540, 1020)])).toEqual([]);
    expect(subtract(day, [i(0, 1440)])).toEqual([]);
    expect(subtract(day, [i(540, 780), i(780, 1020)])).toEqual([]);
  });

  it('handles unsorted and overlapping cuts', () => {
    expect(subtract(day, [i(900, 960), i(600, 700), i(650, 720), i(940, 980)])).toEqual([
      i(540, 600),
      i(720, 900),
      i(980, 1020),
    ]);
  });

  it('cuts across several base intervals', () => {
    expect(subtract([i(780, 1020), i(540, 750)], [i(720, 800)])).toEqual([i(540, 720), i(800, 1020)]);
  });

  it('ignores empty cuts', () => {
    expect(subtract(day, [i(600, 600), i(700, 650)])).toEqual(day);
  });
});

describe('within', () => {
  it('is true when the inner interval lies in one outer interval', () => {
    expect(within(i(600, 660), [i(540, 1020)])).toBe(true);
    expect(within(i(540, 1020), [i(540, 1020)])).toBe(true);
  });

  it('is true when the inner interval spans touching outer intervals', () => {
    expect(within(i(600, 900), [i(540, 720), i(720, 1020)])).toBe(true);
  });

  it('is false when the inner interval sticks out', () => {
    expect(within(i(500, 600), [i(540, 1020)])).toBe(false);
    expect(within(i(1000, 1030), [i(540, 1020)])).toBe(false);
  });

  it('is false across a gap between outer intervals', () => {
    expect(within(i(700, 800), [i(540, 750), i(780, 1020)])).toBe(false);
  });

  it('is false against no outer intervals', () => {
    expect(within(i(600, 660), [])).toBe(false);
  });
});
