/**
 * GraphQL operation names as metric labels, with a bounded number of label values:
 * every distinct value is a time series in each histogram, so a client that sends a new
 * name with each request must not be able to grow the service's memory or the scrape.
 *
 * - an operation without a name is `anonymous`; a request that never got to a valid
 *   operation (a parse or validation error, an unknown `operationName`) is `unresolved`;
 * - a name is cut at 64 characters;
 * - the first `max` distinct names get a label of their own, and every later one is
 *   counted as `other` (the service logs once when that starts);
 * - in a subgraph, the gateway's names for its fetches (`FirstLook__party__0`, the
 *   client's operation, the subgraph and the fetch's index) count under the client's
 *   operation (`FirstLook`), so a subgraph's figures line up with the gateway's.
 */
export const ANONYMOUS = 'anonymous';
export const UNRESOLVED = 'unresolved';
export const OTHER = 'other';
const MAX_LENGTH = 64;

export class OperationLabels {
  private readonly seen = new Set<string>();
  private readonly fetchSuffix?: RegExp;
  private full = false;

  constructor(
    private readonly max: number,
    /** The subgraph this service is; its fetch suffix is removed from names. */
    subgraph?: string,
    private readonly onFull: () => void = () => {},
  ) {
    if (subgraph) this.fetchSuffix = new RegExp(`__${subgraph}__\\d+$`);
  }

  /** `undefined` when no operation was resolved; `null` or '' for an anonymous one. */
  of(name: string | null | undefined): string {
    if (name === undefined) return UNRESOLVED;
    if (!name) return ANONYMOUS;
    const label = (this.fetchSuffix ? name.replace(this.fetchSuffix, '') : name).slice(0, MAX_LENGTH) || ANONYMOUS;
    if (this.seen.has(label)) return label;
    if (this.seen.size >= this.max) {
      if (!this.full) {
        this.full = true;
        this.onFull();
      }
      return OTHER;
    }
    this.seen.add(label);
    return label;
  }
}
