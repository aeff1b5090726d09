/**
 * How hand-over payloads and results become JSON. Amounts in fen are `bigint` in code,
 * which `JSON.stringify` refuses, so they travel as decimal strings (as the Fen scalar
 * sends them); Dates travel as ISO text.
 */
function replacer(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}

export function toJsonText(value: unknown): string {
  return JSON.stringify(value, replacer);
}

/** The value as it reads back after being stored as JSON. */
export function asStoredJson<T>(value: T): T {
  const text = toJsonText(value);
  // JSON has no `undefined`: it is stored (and read back) as null.
  return (text === undefined ? null : JSON.parse(text)) as T;
}

/**
 * JSON with sorted keys, so equal payloads hash equally whatever their key order. Values
 * are taken as `toJsonText` stores them (bigint → string, Date → ISO text), so
 * `{ amountFen: 100n }` and `{ amountFen: '100' }` are the same payload and two
 * different Dates are different payloads.
 */
export function canonicalJson(value: unknown): string {
  if (typeof value === 'bigint') return JSON.stringify(value.toString());
  if (value && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return canonicalJson((value as { toJSON(): unknown }).toJSON());
  }
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined || typeof v === 'function' ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && typeof v !== 'function')
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
