/** Half-open intervals of minutes, [from, to): 09:00–12:00 and 12:00–17:00 touch but do not overlap. */
export interface Interval {
  from: number;
  to: number;
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.from < b.to && b.from < a.to;
}

/** Sorted, merged intervals covering the same minutes. */
export function union(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].filter((i) => i.from < i.to).sort((a, b) => a.from - b.from);
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged.at(-1);
    if (last && interval.from <= last.to) last.to = Math.max(last.to, interval.to);
    else merged.push({ ...interval });
  }
  return merged;
}

/** The minutes of `base` that none of `cuts` covers. */
export function subtract(base: readonly Interval[], cuts: readonly Interval[]): Interval[] {
  const holes = union(cuts);
  const result: Interval[] = [];
  for (const interval of union(base)) {
    let start = interval.from;
    for (const hole of holes) {
      if (hole.to <= start || hole.from >= interval.to) continue;
      if (hole.from > start) result.push({ from: start, to: hole.from });
      start = Math.max(start, hole.to);
    }
    if (start < interval.to) result.push({ from: start, to: interval.to });
  }
  return result;
}

/** True when every minute of `inner` lies in `outer`. */
export function within(inner: Interval, outer: readonly Interval[]): boolean {
  return subtract([inner], outer).length === 0;
}
