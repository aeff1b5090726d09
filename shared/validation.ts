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

/*
 * The one text rule for every String that enters a subgraph (shared/schema/input-check.ts
 * applies it to every argument and input field, so a new input gets it without asking).
 * Control characters (Unicode Cc: C0, DEL, C1) are refused: PostgreSQL refuses NUL in
 * text, and the others break logs, exports and screens. A field that holds several lines
 * (MULTILINE_TEXT below) also takes line feed, tab, and carriage return before a line feed.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_IN_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/;
// With the `u` flag a well-formed pair is one code point, so this finds only unpaired
// surrogates: not Unicode text, and UTF-8 cannot carry them (Node would store U+FFFD).
const LONE_SURROGATE = /[\ud800-\udfff]/u;

/** What a text field may hold: several lines or one, and at most how many characters. */
export interface TextRule {
  multiline: boolean;
  max: number;
}

/**
 * The ceiling every single-line text stays under wherever it enters; a service may bound
 * a field tighter (names 100, titles 200) with `boundedText`, and that is the rule users meet.
 */
export const SINGLE_LINE_MAX = 1_000;

/** Fields, by name, that hold prose over several lines, with their ceilings. */
const MULTILINE_TEXT: Readonly<Record<string, number>> = {
  body: 100_000, // a convention or charter version
  comment: 10_000,
  description: 10_000,
  note: 10_000,
  outcome: 10_000,
  reason: 10_000,
  text: 10_000,
};

/** The text rule of an input field, by its name (the last part of its path). */
export function textRuleFor(fieldName: string): TextRule {
  const max = Object.hasOwn(MULTILINE_TEXT, fieldName) ? MULTILINE_TEXT[fieldName] : undefined;
  return max === undefined ? { multiline: false, max: SINGLE_LINE_MAX } : { multiline: true, max };
}

/** True when the text breaks no character rule (for values that are not a named field, like keys). */
export function isCleanText(value: string, multiline = false): boolean {
  return !(multiline ? CONTROL_IN_LINES : CONTROL).test(value) && !LONE_SURROGATE.test(value);
}

/** The text rule: no control characters (but line breaks and tabs in multi-line fields), no lone surrogates, at most `max` characters. */
export function checkText(value: string, field: string, rule: TextRule): string {
  if ((rule.multiline ? CONTROL_IN_LINES : CONTROL).test(value)) {
    const allowed = rule.multiline ? ' other than line breaks and tabs' : '';
    throw badInput(`${field} must not contain control characters${allowed}`, { field });
  }
  if (LONE_SURROGATE.test(value)) throw badInput(`${field} is not valid Unicode text (an unpaired surrogate)`, { field });
  // Code points, as boundedText counts; only a string longer in UTF-16 units can be over.
  if (value.length > rule.max && [...value].length > rule.max) throw badInput(`${field} must be at most ${rule.max} characters`, { field });
  return value;
}

/** Fields that hold a phone number, by name: `phone` or anything ending in `Phone`. */
export function isPhoneField(fieldName: string): boolean {
  return fieldName === 'phone' || fieldName.endsWith('Phone');
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
