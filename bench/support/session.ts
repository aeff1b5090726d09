import { spawn } from 'node:child_process';
import fs from 'node:fs';

/**
 * Where the kernel schedules by autogroup (this host), CPU is shared per session and a
 * nice value set through `/proc/self/autogroup` applies to the whole session. A bench that
 * yields CPU to the services it measures must therefore run in a session of its own:
 * otherwise it lowers the priority of the terminal that started it, and of everything run
 * from that terminal afterwards.
 */

const RERUN_MARK = 'DOORSTEP_OWN_SESSION';

/** Whether this process leads its session (or there is no /proc to tell, and no autogroups either). */
export function isSessionLeader(): boolean {
  let stat: string;
  try {
    stat = fs.readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return true;
  }
  // After "pid (comm) ": state, ppid, pgrp, session.
  const session = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[3]);
  return session === process.pid;
}

/**
 * This script again, with the same arguments, as the leader of a new session (`setsid`);
 * resolves with its exit code. Ctrl-C and SIGTERM are passed on: the new session no
 * longer hears the terminal.
 */
export function runInOwnSession(): Promise<number> {
  // Never a chain of re-runs: a re-run that is still not a session leader stops here.
  if (process.env[RERUN_MARK]) return Promise.reject(new Error('runInOwnSession: the re-run did not get a session of its own'));
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    detached: true,
    stdio: 'inherit',
    env: { ...process.env, [RERUN_MARK]: '1' },
  });
  const forward = (signal: NodeJS.Signals) => () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, signal);
  };
  const onInt = forward('SIGINT');
  const onTerm = forward('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

/**
 * Lowers this session's share of the CPU (autogroup nice 10) so that the services' own
 * sessions come first. Only in a session of its own: see above.
 */
export function yieldToOtherSessions(): void {
  if (!isSessionLeader()) throw new Error('yieldToOtherSessions: not a session leader; start with runInOwnSession()');
  try {
    fs.writeFileSync('/proc/self/autogroup', '10');
  } catch {
    /* no autogroup scheduling here: this process takes its fair share */
  }
}
