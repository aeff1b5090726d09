import { isDeepStrictEqual } from 'node:util';
import type { LoadAnswer } from './load';
import type { GraphQLResult } from './post-graphql';

/**
 * Objects of this realm without undefined keys: fetch parses a body in another realm,
 * whose prototypes isDeepStrictEqual would tell apart from the expected answer's.
 */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/**
 * The answers a test allows around a fault, by name ('all four', 'without committee', …).
 * Each answer a load got is named by the one it equals exactly — HTTP status, data and
 * errors — and counted, so the test asserts counts of whole answers. An answer that is
 * none of them is named by its content, so a failure shows what came back.
 */
export class Outcomes {
  private readonly known = new Map<string, unknown>();

  /** `name`: HTTP 200 with exactly this data and these errors. */
  allow(name: string, body: { data: unknown; errors?: GraphQLResult['errors'] }): this {
    this.known.set(name, plain({ status: 200, ...body }));
    return this;
  }

  nameOf(record: LoadAnswer<GraphQLResult>): string {
    if (record.failure) return `no answer: ${record.failure}`;
    const answer = plain(record.answer);
    for (const [name, expected] of this.known) if (isDeepStrictEqual(answer, expected)) return name;
    return `unexpected: ${JSON.stringify(answer)}`;
  }

  /** How many answers, how many of each outcome, and their errors by code. */
  tally(records: LoadAnswer<GraphQLResult>[]): Record<string, unknown> {
    const outcomes: Record<string, number> = {};
    const errorsByCode: Record<string, number> = {};
    for (const record of records) {
      const name = this.nameOf(record);
      outcomes[name] = (outcomes[name] ?? 0) + 1;
      for (const error of record.answer?.errors ?? []) {
        const code = String(error.extensions?.code);
        errorsByCode[code] = (errorsByCode[code] ?? 0) + 1;
      }
    }
    return { answers: records.length, ...outcomes, errorsByCode };
  }

  /** The names of the answers that are none of `allowed` (empty when all are). */
  outside(records: LoadAnswer<GraphQLResult>[], allowed: string[]): string[] {
    return records.map((record) => this.nameOf(record)).filter((name) => !allowed.includes(name));
  }
}
