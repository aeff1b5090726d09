import { spawn } from 'node:child_process';
import { cpuMsOfTrees, parseStat, treeTicks } from './cpu';

describe('CPU time of a process tree', () => {
  it('reads pid, parent and the four time fields, whatever the command name holds', () => {
    const line = '4242 (node (worker) 1) S 4200 4242 4242 0 -1 4194560 100 0 0 0 150 30 7 3 20 0 11 0 123 456 789';
    expect(parseStat(line)).toEqual({ pid: 4242, ppid: 4200, ticks: 150 + 30 + 7 + 3 });
    expect(() => parseStat('garbage')).toThrow('not a /proc stat line');
  });

  it('adds up a process and all its descendants, nothing else', () => {
    const table = [
      { pid: 1, ppid: 0, ticks: 1000 },
      { pid: 10, ppid: 1, ticks: 5 },
      { pid: 11, ppid: 10, ticks: 7 },
      { pid: 12, ppid: 11, ticks: 11 },
      { pid: 13, ppid: 10, ticks: 13 },
      { pid: 20, ppid: 1, ticks: 17 },
    ];
    expect(treeTicks(table, 10)).toBe(5 + 7 + 11 + 13);
    expect(treeTicks(table, 12)).toBe(11);
    expect(treeTicks(table, 99)).toBe(0);
  });

  it('agrees with what a process measures of itself', async () => {
    // A child that burns 200 ms of CPU, reports its own total, then waits: a process with
    // no children of its own, so nothing but its own time can count (this jest worker's
    // reaped children would, in its own /proc line).
    const child = spawn(
      process.execPath,
      [
        '-e',
        `let spent = 0; while (spent < 200) { for (let i = 0; i < 1e5; i++) Math.sqrt(i); const u = process.cpuUsage(); spent = (u.user + u.system) / 1000; }
         const u = process.cpuUsage(); console.log((u.user + u.system) / 1000); process.stdin.resume();`,
      ],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    try {
      const reported = await new Promise<number>((resolve) =>
        child.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString()))),
      );
      const measured = cpuMsOfTrees({ child: child.pid! }).child;
      // /proc counts in clock ticks (10 ms); the child's last steps after its report add a little.
      expect(measured).toBeGreaterThanOrEqual(reported - 20);
      expect(measured).toBeLessThan(reported + 60);
    } finally {
      child.kill();
    }
  });
});
