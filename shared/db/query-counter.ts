import type { Logger, QueryRunner } from 'typeorm';

/**
 * Counts every SQL statement a DataSource sends. The N+1 tests read it to prove a
 * nested query's statement count does not grow with the number of rows; in production
 * it is a cheap counter that could feed a metric.
 */
export class CountingLogger implements Logger {
  count = 0;
  /** When a test or bench sets it to an array, every statement is appended to it (what was sent, not only how often). */
  statements: { sql: string; parameters: unknown[] }[] | undefined;

  constructor(private readonly printErrors = false) {}

  logQuery(query: string, parameters?: unknown[], _runner?: QueryRunner): void {
    this.count++;
    this.statements?.push({ sql: query, parameters: parameters ?? [] });
  }
  logQueryError(error: string | Error, query: string): void {
    if (this.printErrors) console.error('SQL error', error, query);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
