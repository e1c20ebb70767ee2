import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's utime and stime (100 on every Linux we run on; asked once). */
const TICKS_PER_SECOND = (() => {
  const asked = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim());
  return Number.isFinite(asked) && asked > 0 ? asked : 100;
})();

/** The process's own user + system CPU time so far, ms (fields 14 and 15 of /proc/<pid>/stat). */
function ownCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces and parentheses: count fields after its closing ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / TICKS_PER_SECOND;
}

function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    const listed = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
    if (listed) children.push(...listed.split(' ').map(Number));
  }
  return children;
}

/**
 * CPU milliseconds a process and its living descendants have used so far (a gateway that forks
 * workers counts with them). Linux only: the bench reads /proc.
 */
export function processTreeCpuMs(pid: number): number {
  let total = 0;
  const queue = [pid];
  while (queue.length > 0) {
    const next = queue.shift()!;
    try {
      total += ownCpuMs(next);
      queue.push(...childrenOf(next));
    } catch (error) {
      // A descendant that ended between listing and reading has nothing left to count.
      if (next === pid) throw error;
    }
  }
  return total;
}
