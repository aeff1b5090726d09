import { startStack, type Stack } from './stack';
import { TEST_START } from './test-clock';

/**
 * One stack for a group of suites that only read the demo data (or re-seed it, which
 * adds nothing): they cannot disturb each other, so they share one start-up and one
 * module load instead of one each. The group's test file imports the suites and stops
 * the stack after them (see test/e2e/demo-readers.test.ts). Each suite gets the clock
 * back at TEST_START and no stopped subgraph; a suite that writes, stops a subgraph or
 * needs other gateway limits starts its own stack instead.
 */
let shared: Promise<Stack> | undefined;

export async function sharedDemoStack(): Promise<Stack> {
  shared ??= startStack({ seedDemo: true });
  const stack = await shared;
  stack.clock.set(TEST_START);
  return stack;
}

export async function stopSharedDemoStack(): Promise<void> {
  const stack = await shared;
  shared = undefined;
  await stack?.stop();
}
