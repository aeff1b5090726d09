/**
 * Waits until `probe` holds, polling every `everyMs`; fails after `boundMs` with `what`
 * and, if given, `detail()` (a process's output). The bound is for a stuck test on a
 * loaded machine, not a speed target: the wait ends as soon as the probe holds.
 */
export async function eventually(
  what: string,
  probe: () => boolean | Promise<boolean>,
  options: { boundMs?: number; everyMs?: number; detail?: () => string } = {},
): Promise<void> {
  const deadline = Date.now() + (options.boundMs ?? 120_000);
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`${what}${options.detail ? `:\n${options.detail()}` : ''}`);
    await new Promise((r) => setTimeout(r, options.everyMs ?? 50));
  }
}
