import { Admission, type Release } from './admission';

const slotNow = (entered: ReturnType<Admission['enter']>): Release => {
  if (typeof entered !== 'function') throw new Error(`expected a slot at once, got ${entered === undefined ? 'a refusal' : 'a wait'}`);
  return entered;
};

describe('Admission', () => {
  it('admits up to maxConcurrent at once, queues up to maxQueue, refuses the rest', () => {
    const admission = new Admission({ maxConcurrent: 2, maxQueue: 1, maxQueueWaitMs: 1_000 });
    slotNow(admission.enter());
    slotNow(admission.enter());
    expect(admission.enter()).toBeInstanceOf(Promise);
    expect(admission.enter()).toBeUndefined();
    expect(admission.stats()).toMatchObject({ inFlight: 2, queued: 1, refused: 1 });
  });

  it('hands a released slot straight to the first in line, and frees it when nobody waits', async () => {
    const admission = new Admission({ maxConcurrent: 1, maxQueue: 2, maxQueueWaitMs: 60_000 });
    const first = slotNow(admission.enter());
    const second = admission.enter() as Promise<Release>;
    const third = admission.enter() as Promise<Release>;
    const order: string[] = [];
    void second.then(() => order.push('second'));
    void third.then(() => order.push('third'));
    first();
    first(); // a second release of the same slot changes nothing
    (await second)();
    (await third)();
    expect(order).toEqual(['second', 'third']);
    expect(admission.stats()).toMatchObject({ inFlight: 0, queued: 0, refused: 0 });
  });

  it('refuses instead of queueing when the expected wait passes maxQueueWaitMs', () => {
    let now = 0;
    const admission = new Admission({ maxConcurrent: 1, maxQueue: 100, maxQueueWaitMs: 50 }, () => now);
    const slow = slotNow(admission.enter());
    now += 40;
    slow(); // requests now take 40 ms
    slotNow(admission.enter());
    expect(admission.enter()).toBeInstanceOf(Promise); // one ahead: 40 ms expected
    expect(admission.enter()).toBeUndefined(); // two ahead: 80 ms expected
    expect(admission.stats()).toMatchObject({ inFlight: 1, queued: 1, refused: 1, averageMs: 40 });
  });
});
