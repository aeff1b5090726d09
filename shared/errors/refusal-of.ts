// For specs: rules throw coded GraphQL errors; this reads one back as plain values.
/** What a rule refused with: the error's code, the field it names and its message; null when `f` did not throw. */
export function refusalOf(f: () => unknown): { code: string; field: string; message: string } | null {
  try {
    f();
  } catch (e) {
    const { code, field } = (e as { extensions: { code: string; field: string } }).extensions;
    return { code, field, message: (e as Error).message };
  }
  return null;
}
