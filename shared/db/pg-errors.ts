/**
 * PostgreSQL error codes the services turn into CONFLICT: the database is the last guard
 * of a race (two writers, one slot). TypeORM's QueryFailedError carries the driver's
 * code and constraint on itself and on `driverError`; either is read.
 */
interface PgErrorShape {
  code?: string;
  constraint?: string;
  driverError?: { code?: string; constraint?: string };
}

/** The SQLSTATE of a failed query, if the error is one. */
export function pgErrorCode(error: unknown): string | undefined {
  const e = error as PgErrorShape | null | undefined;
  return e?.code ?? e?.driverError?.code;
}

/** The constraint or index a failed query violated, if any. */
export function constraintOf(error: unknown): string | undefined {
  const e = error as PgErrorShape | null | undefined;
  return e?.constraint ?? e?.driverError?.constraint;
}

function violates(error: unknown, code: string, constraint?: string): boolean {
  return pgErrorCode(error) === code && (!constraint || constraintOf(error) === constraint);
}

/** unique_violation (23505), optionally of one named constraint or index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  return violates(error, '23505', constraint);
}

/** exclusion_violation (23P01): e.g. two overlapping periods for one zone. */
export function isExclusionViolation(error: unknown, constraint?: string): boolean {
  return violates(error, '23P01', constraint);
}

/** check_violation (23514): e.g. a balance below zero. */
export function isCheckViolation(error: unknown, constraint?: string): boolean {
  return violates(error, '23514', constraint);
}
