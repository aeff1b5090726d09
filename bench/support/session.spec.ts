import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../shared/repo-root';

/** The compiled module (jest runs what the build emitted; a child process needs the file). */
const compiled = path.join(repoRoot(), 'dist', 'bench', 'support', 'session.js');
const autogroup = () => fs.readFileSync('/proc/self/autogroup', 'utf8').trim();
const hasAutogroups = fs.existsSync('/proc/self/autogroup');

describe('a bench that yields CPU does so in a session of its own', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doorstep-session-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("tells a session leader from a process in its parent's session", () => {
    const ask = `console.log(require(${JSON.stringify(compiled)}).isSessionLeader())`;
    const spawnedAs = (detached: boolean) =>
      new Promise<string>((resolve) => {
        const child = spawn(process.execPath, ['-e', ask], { detached, stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
        // 'close', not 'exit': the output may still be arriving when the process has exited.
        child.on('close', () => resolve(out.trim()));
      });
    return Promise.all([spawnedAs(true), spawnedAs(false)]).then(([detached, attached]) => {
      expect(detached).toBe('true');
      expect(attached).toBe('false');
    });
  });

  it('runs the script again in a new session, which yields, and leaves the starting session as it was', () => {
    // The script reports where it ran each time, and exits 3 from the new session.
    const script = path.join(dir, 'yielding.js');
    fs.writeFileSync(
      script,
      `const s = require(${JSON.stringify(compiled)});
       const fs = require('node:fs');
       const group = () => { try { return fs.readFileSync('/proc/self/autogroup', 'utf8').trim(); } catch { return 'none'; } };
       (async () => {
         if (!s.isSessionLeader()) {
           console.log(JSON.stringify({ leader: false, pid: process.pid, group: group() }));
           process.exitCode = await s.runInOwnSession();
           console.log(JSON.stringify({ after: true, group: group() }));
           return;
         }
         s.yieldToOtherSessions();
         console.log(JSON.stringify({ leader: true, pid: process.pid, args: process.argv.slice(2), group: group() }));
         process.exit(3);
       })();`,
    );
    const before = hasAutogroups ? autogroup() : 'none';
    const run = spawnSync(process.execPath, [script, '--flag', 'value'], { encoding: 'utf8', timeout: 60_000 });
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { leader?: boolean; pid?: number; args?: string[]; group: string; after?: boolean });
    expect(run.status).toBe(3);
    expect(lines).toHaveLength(3);
    const [outer, inner, after] = lines;
    expect(outer.leader).toBe(false);
    expect(inner.leader).toBe(true);
    expect(inner.pid).not.toBe(outer.pid);
    expect(inner.args).toEqual(['--flag', 'value']);
    expect(after.after).toBe(true);
    if (hasAutogroups) {
      // The new session yields; the session that started it, and this test's, do not.
      expect(inner.group).toMatch(/ nice 10$/);
      expect(inner.group).not.toBe(outer.group);
      expect(after.group).toBe(outer.group);
      expect(outer.group).toBe(before);
      expect(autogroup()).toBe(before);
    }
  });

  it("does not re-run a re-run that is still in its parent's session", () => {
    const run = spawnSync(
      process.execPath,
      ['-e', `require(${JSON.stringify(compiled)}).runInOwnSession().catch((e) => { console.error(e.message); process.exit(4); })`],
      {
        encoding: 'utf8',
        env: { ...process.env, DOORSTEP_OWN_SESSION: '1' },
        timeout: 60_000,
      },
    );
    expect(run.status).toBe(4);
    expect(run.stderr).toContain('runInOwnSession: the re-run did not get a session of its own');
  });

  it('refuses to yield outside a session of its own', () => {
    const run = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(compiled)}).yieldToOtherSessions()`], { encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('yieldToOtherSessions: not a session leader; start with runInOwnSession()');
  });
});
