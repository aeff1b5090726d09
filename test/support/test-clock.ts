/** Where every test stack's clock starts, and when the demo templates were seeded. */
export const TEST_START = '2026-11-22T02:00:00Z';
