import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * CPU time of a server's whole process tree, read from /proc (Linux): the process, the
 * workers it forks and their children. A tree, not a process group: PostgreSQL's
 * backends each call setsid, so only their parentage ties them to the postmaster.
 */
export interface ProcessCpu {
  pid: number;
  ppid: number;
  /** utime + stime + cutime + cstime in clock ticks: its own time and that of its children already reaped. */
  ticks: number;
}

/** One /proc/<pid>/stat line. The command name (field 2) may hold spaces and parentheses, so fields count from the last ')'. */
export function parseStat(line: string): ProcessCpu {
  const close = line.lastIndexOf(')');
  const pid = Number(line.slice(0, line.indexOf(' ')));
  // After the name: state (field 3), ppid (4), …, utime (14), stime (15), cutime (16), cstime (17).
  const fields = line
    .slice(close + 2)
    .trim()
    .split(/\s+/);
  if (close < 0 || !Number.isInteger(pid) || fields.length < 15) throw new Error(`not a /proc stat line: ${line.slice(0, 80)}`);
  const field = (n: number) => Number(fields[n - 3]);
  return { pid, ppid: field(4), ticks: field(14) + field(15) + field(16) + field(17) };
}

/** The ticks of `root` and of every live descendant. A child's time counts once: in its own line while it lives, in its parent's cutime once reaped. */
export function treeTicks(processes: readonly ProcessCpu[], root: number): number {
  const children = new Map<number, ProcessCpu[]>();
  for (const p of processes) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  let total = 0;
  const pending = processes.filter((p) => p.pid === root);
  for (let p = pending.pop(); p; p = pending.pop()) {
    total += p.ticks;
    pending.push(...(children.get(p.pid) ?? []));
  }
  return total;
}

/** Every live process with its parent and CPU ticks. */
export function processTable(): ProcessCpu[] {
  const processes: ProcessCpu[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      processes.push(parseStat(fs.readFileSync(`/proc/${entry}/stat`, 'utf8')));
    } catch {
      /* it exited while we read */
    }
  }
  return processes;
}

let msPerTick: number | undefined;
function tickMs(): number {
  if (msPerTick === undefined) {
    let hz = 100;
    try {
      hz = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      /* 100 on every Linux we run on */
    }
    msPerTick = 1000 / hz;
  }
  return msPerTick;
}

/** CPU milliseconds so far of each named process tree, all read in one pass over /proc. */
export function cpuMsOfTrees<K extends string>(roots: Readonly<Record<K, number>>): Record<K, number> {
  const processes = processTable();
  const result = {} as Record<K, number>;
  for (const key of Object.keys(roots) as K[]) result[key] = treeTicks(processes, roots[key]) * tickMs();
  return result;
}
