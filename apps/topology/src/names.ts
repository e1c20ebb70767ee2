import { existsSync } from 'node:fs';

/**
 * Every namespace, interface and temp dir of a run is named `msk_<run>_...`, where `<run>` is the
 * driver's pid in base 36: unique while the run lives, and a leftover of a run whose process is gone
 * (a crash, a kill -9) is recognisable and removed by the next run. Interface names stay within
 * Linux's 15 characters (`msk_` + at most 5 + `_v` + 3).
 */
export const FAMILY = 'msk_';

export function runPrefix(pid = process.pid): string {
  return `${FAMILY}${pid.toString(36)}_`;
}

/** The pid of the run that made a name of the family; undefined for any other name. */
export function runOf(name: string): number | undefined {
  const match = /^msk_([0-9a-z]{1,5})_/.exec(name);
  return match ? Number.parseInt(match[1]!, 36) : undefined;
}

/** A leftover: a name of the family whose run's process no longer exists. */
export function isLeftover(name: string, alive = (pid: number) => existsSync(`/proc/${pid}`)): boolean {
  const pid = runOf(name);
  return pid !== undefined && pid !== process.pid && !alive(pid);
}
