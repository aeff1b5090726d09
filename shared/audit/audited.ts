import { Column } from 'typeorm';

/**
 * Who wrote a row and when, by the server's clock. Every table that takes writes from
 * the API extends this; the services set the four columns, clients never do.
 */
export abstract class Audited {
  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_by', type: 'text' })
  updatedBy: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Stamps a new row. */
export function stampCreated<T extends Audited>(row: T, actor: string, at: Date): T {
  row.createdBy = actor;
  row.createdAt = at;
  row.updatedBy = actor;
  row.updatedAt = at;
  return row;
}

/** Stamps a changed row. */
export function stampUpdated<T extends Audited>(row: T, actor: string, at: Date): T {
  row.updatedBy = actor;
  row.updatedAt = at;
  return row;
}

/** The SQL of the four audit columns, for migrations. */
export const AUDIT_COLUMNS_SQL = `
  created_by text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_by text NOT NULL,
  updated_at timestamptz NOT NULL`;
