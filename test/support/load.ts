/**
 * A bounded load for the fault tests: `clients` loops, each sending one request after
 * another through `send` until stopped, every answer kept under the phase it was sent
 * in. A test marks phases around a fault (`mark`) and asks for a window of an exact
 * number of requests (`window`), so what it asserts are counts of answers, not times.
 */
export interface LoadAnswer<T> {
  phase: string;
  answer?: T;
  /** `send` threw (e.g. the connection to the gateway failed). */
  failure?: string;
}

export interface Load<T> {
  /**
   * Requests sent from now on belong to `phase`, until the next mark or window; resolves
   * once every request sent before has come back, so a fault made then reaches none of them.
   */
  mark(phase: string): Promise<void>;
  /**
   * The next `requests` requests belong to `phase`; resolves with their answers once all
   * have come back. Requests sent after those belong to `<phase>, then` until the next mark.
   */
  window(phase: string, requests: number): Promise<LoadAnswer<T>[]>;
  /** The answers so far of these phases (of all, without any), in the order they came back. */
  answers(...phases: string[]): LoadAnswer<T>[];
  /** Stops sending and waits for the requests in flight. */
  stop(): Promise<void>;
}

export function startLoad<T>(clients: number, send: () => Promise<T>, options: { pauseMs?: number } = {}): Load<T> {
  const answers: LoadAnswer<T>[] = [];
  let phase = 'start';
  /** Requests still to send under `phase` (a window's), then it becomes `<phase>, then`. */
  let tickets = Infinity;
  const windows = new Map<string, { requests: number; done: (answers: LoadAnswer<T>[]) => void }>();
  /** Requests in flight by their number, and marks waiting for all before theirs. */
  let sent = 0;
  const inFlight = new Set<number>();
  let marks: { before: number; settled: () => void }[] = [];
  let running = true;

  const settle = () => {
    const oldest = inFlight.size === 0 ? Infinity : Math.min(...inFlight);
    marks = marks.filter((m) => (oldest >= m.before ? (m.settled(), false) : true));
  };

  const client = async () => {
    while (running) {
      if (tickets === 0) [phase, tickets] = [`${phase}, then`, Infinity];
      tickets--;
      const record: LoadAnswer<T> = { phase };
      const number = sent++;
      inFlight.add(number);
      try {
        record.answer = await send();
      } catch (error) {
        record.failure = String(error);
      }
      answers.push(record);
      inFlight.delete(number);
      const window = windows.get(record.phase);
      const inWindow = window && answers.filter((a) => a.phase === record.phase);
      if (window && inWindow!.length === window.requests) window.done(inWindow!);
      settle();
      // A pause leaves the machine room to restart what the test stopped.
      if (options.pauseMs) await new Promise((r) => setTimeout(r, options.pauseMs));
    }
  };
  const loops = Array.from({ length: clients }, client);

  return {
    mark(next) {
      [phase, tickets] = [next, Infinity];
      return new Promise((settled) => {
        marks.push({ before: sent, settled });
        settle();
      });
    },
    window(next, requests) {
      [phase, tickets] = [next, requests];
      return new Promise((done) => windows.set(next, { requests, done }));
    },
    answers: (...phases) => answers.filter((a) => phases.length === 0 || phases.includes(a.phase)),
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}
