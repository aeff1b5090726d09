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

/** Required text, trimmed, 1 to `max` characters (code points, so 张三 is 2 and an emoji 1). */
export function boundedText(value: unknown, field: string, max: number): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text || [...text].length > max) throw badInput(`${field} must be 1 to ${max} characters`, { field });
  return text;
}

/** Optional text: absent or blank is null, otherwise as `boundedText`. */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return boundedText(value, field, max);
}

const MOBILE = /^1[3-9]\d{9}$/;
// Landline with area code: 0 + 2–3 digit area code, optional hyphen, 7–8 digit number.
const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;

/** A Chinese phone number: mobile 1[3-9]xxxxxxxxx or a landline with area code. Spaces are ignored; blank is null. */
export function chinesePhone(value: string | null | undefined, field = 'phone'): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const compact = value.replace(/\s+/g, '');
  if (!MOBILE.test(compact) && !LANDLINE.test(compact)) {
    throw badInput(`${field} is not a Chinese mobile (1[3-9] + 9 digits) or landline (0xx-xxxxxxxx) number`, { field });
  }
  return compact;
}
