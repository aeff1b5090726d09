import { Column, PrimaryColumn, type ColumnOptions } from 'typeorm';
import { bigintColumn } from './bigint-column';

/**
 * Column decorators that own the options every table repeats, so an entity names only
 * what differs (the column name, whether it may be null). Types are explicit because
 * decorator metadata is not trusted (tsx/esbuild drop it).
 */

type Extra = Pick<ColumnOptions, 'nullable' | 'insert' | 'update' | 'default' | 'select'>;

/** The uuid primary key `id`. */
export function IdColumn(name?: string): PropertyDecorator {
  return PrimaryColumn({ type: 'uuid', ...(name ? { name } : {}) });
}

/** A uuid column pointing at a row, here or in another stakeholder's database. */
export function UuidColumn(name: string, extra: Extra = {}): PropertyDecorator {
  return Column({ name, type: 'uuid', ...extra });
}

/** Money in integer fen: PostgreSQL `bigint` ↔ JavaScript `bigint`. */
export function FenColumn(name: string, extra: Extra = {}): PropertyDecorator {
  return Column({ name, type: 'bigint', transformer: bigintColumn, ...extra });
}

/** A whole-number quantity too large for `int` (floor area in hundredths of m²): `bigint` ↔ `bigint`. */
export function BigIntColumn(name: string, extra: Extra = {}): PropertyDecorator {
  return Column({ name, type: 'bigint', transformer: bigintColumn, ...extra });
}

/**
 * The table's `seq` identity column: insertion order, the keyset of lists whose rows share
 * an instant. The database fills it; read as a number (identities stay far below 2^53).
 */
export function SeqColumn(): PropertyDecorator {
  return Column({ type: 'bigint', insert: false, update: false, transformer: { from: (v: string) => Number(v), to: (v: unknown) => v } });
}
