import type { Logger, QueryRunner } from 'typeorm';

/**
 * Counts every SQL statement a DataSource sends. The N+1 tests read it to prove a
 * nested query's statement count does not grow with the number of rows; in production
 * it is a cheap counter that could feed a metric.
 */
export class CountingLogger implements Logger {
  count = 0;
  /** When a test sets it to an array, every statement's text is appended to it (what was selected, not only how often). */
  statements: string[] | undefined;

  constructor(private readonly printErrors = false) {}

  logQuery(query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    this.count++;
    this.statements?.push(query);
  }
  logQueryError(error: string | Error, query: string): void {
    if (this.printErrors) console.error('SQL error', error, query);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
