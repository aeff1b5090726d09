import fs from 'node:fs';

/**
 * Self time of a `.cpuprofile` (node --cpu-prof) by package: node_modules/<package>,
 * Doorstep's own code (dist/…: shared, subgraphs), Node's internals, GC, idle. Usage:
 * `node dist/bench/support/profile-summary.js <file.cpuprofile> [last seconds] [top=15]`: with
 * a number of seconds, only the samples of the profile's last seconds (the load, not the
 * start-up: module loading and demo seeding).
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (url.startsWith('node:')) return 'node internals';
  const dist = /\/dist\/([^/]+)\//.exec(url);
  return dist ? `doorstep ${dist[1]}` : url;
}

export function selfTimeByPackage(profile: Profile, lastSeconds = Infinity): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  const from = profile.endTime - lastSeconds * 1e6;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at < from) return;
    const node = byId.get(id)!;
    const key = packageOf(node.callFrame.url, node.callFrame.functionName);
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return totals;
}

if (require.main === module) {
  const [file, last = 'Infinity', top = '15'] = process.argv.slice(2);
  const totals = selfTimeByPackage(JSON.parse(fs.readFileSync(file, 'utf8')) as Profile, Number(last));
  const busy = [...totals].filter(([key]) => key !== '(idle)' && key !== '(program)').reduce((sum, [, ms]) => sum + ms, 0);
  console.log(`busy ${busy.toFixed(0)} ms (idle and (program) left out)\n\n| package | self ms | share of busy |\n| --- | --- | --- |`);
  for (const [key, ms] of [...totals]
    .filter(([key]) => key !== '(idle)' && key !== '(program)')
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(top)))
    console.log(`| ${key} | ${ms.toFixed(0)} | ${((100 * ms) / busy).toFixed(1)} % |`);
}
