import { badInput } from './errors';

/**
 * Input checks that read and answer the same in every subgraph (same BAD_USER_INPUT
 * message and `field`). Checks whose wording differs between subgraphs stay with them.
 */

/** A whole number from `min` to `max` inclusive. */
export function intInRange(value: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw badInput(`${field} must be a whole number from ${min} to ${max}`, { field });
  return value;
}

/** Required text, trimmed, 1 to `max` characters (UTF-16 units). */
export function boundedText(value: unknown, field: string, max: number): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text || text.length > max) throw badInput(`${field} must be 1 to ${max} characters`, { field });
  return text;
}
