import { assertUuid, badInput } from '../../../shared/errors';
import {
  AUDIENCE_KINDS,
  NOTIFY_EVENT_KINDS,
  type Audience,
  type AudienceKind,
  type NotifyEvent,
  type NotifyEventKind,
  type NotifyRecordType,
} from '../../../shared/notify/notify-event';
import { boundedText, intInRange } from '../../../shared/validation';
import { NOTIFY_RECORD_TYPES } from './event.enums';

/** At most this many audiences per event: an event names roles and scopes, never a list of people. */
export const MAX_AUDIENCES = 20;
/** The longest message, in each language. */
export const MAX_TEXT = 500;
/** The deepest escalation level an event may name. */
export const MAX_LEVEL = 10;

/** What a sender handed over, as the wire carries it (the GraphQL input, or a relay's JSON). */
export interface NotifyEventWire {
  eventId: unknown;
  kind: unknown;
  recordType: unknown;
  recordId: unknown;
  compoundId: unknown;
  audience: unknown;
  personal: unknown;
  textZh: unknown;
  textEn: unknown;
  level?: unknown;
  occurredAt: unknown;
}

function oneOf<T extends string>(value: unknown, values: readonly T[], field: string): T {
  if (typeof value !== 'string' || !(values as readonly string[]).includes(value))
    throw badInput(`${field} must be one of ${values.join(', ')}`, { field });
  return value as T;
}

function audienceOf(raw: unknown): Audience[] {
  if (!Array.isArray(raw) || raw.length === 0) throw badInput('audience must name at least one role and scope', { field: 'audience' });
  if (raw.length > MAX_AUDIENCES) throw badInput(`audience may name at most ${MAX_AUDIENCES} roles and scopes`, { field: 'audience' });
  const seen = new Set<string>();
  const audiences: Audience[] = [];
  raw.forEach((entry: unknown, i) => {
    const a = (entry ?? {}) as { kind?: unknown; scopeId?: unknown };
    const kind = oneOf<AudienceKind>(a.kind, AUDIENCE_KINDS, `audience[${i}].kind`);
    const scopeId = assertUuid(a.scopeId, `audience[${i}].scopeId`);
    const key = `${kind}:${scopeId}`;
    if (seen.has(key)) return; // the same audience twice is one audience
    seen.add(key);
    audiences.push({ kind, scopeId });
  });
  return audiences;
}

function instant(value: unknown, field: string): Date {
  const at = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : new Date(NaN);
  if (Number.isNaN(at.getTime())) throw badInput(`${field} must be an ISO 8601 instant`, { field });
  return at;
}

/**
 * Every field of a handed-over event checked, and normalised (ids lower-cased, texts
 * trimmed, the same audience named twice kept once), so the same event always reads the
 * same — which is what the receiver's payload hash compares. Each refusal is
 * BAD_USER_INPUT naming its field: permanent, the relay stops retrying.
 */
export function checkNotifyEvent(wire: NotifyEventWire): NotifyEvent {
  const kind = oneOf<NotifyEventKind>(wire.kind, NOTIFY_EVENT_KINDS, 'kind');
  const level = wire.level === null || wire.level === undefined ? null : intInRange(wire.level as number, 'level', 1, MAX_LEVEL);
  if (kind === 'REPORT_ESCALATED' && level === null) throw badInput('A REPORT_ESCALATED event names its level', { field: 'level' });
  if (kind !== 'REPORT_ESCALATED' && level !== null) throw badInput('Only a REPORT_ESCALATED event has a level', { field: 'level' });
  if (typeof wire.personal !== 'boolean') throw badInput('personal must be true or false', { field: 'personal' });
  return {
    eventId: assertUuid(wire.eventId, 'eventId').toLowerCase(),
    kind,
    recordType: oneOf<NotifyRecordType>(wire.recordType, NOTIFY_RECORD_TYPES, 'recordType'),
    recordId: assertUuid(wire.recordId, 'recordId').toLowerCase(),
    compoundId: assertUuid(wire.compoundId, 'compoundId').toLowerCase(),
    audience: audienceOf(wire.audience).map((a) => ({ kind: a.kind, scopeId: a.scopeId.toLowerCase() })),
    personal: wire.personal,
    textZh: boundedText(wire.textZh, 'textZh', MAX_TEXT),
    textEn: boundedText(wire.textEn, 'textEn', MAX_TEXT),
    level,
    occurredAt: instant(wire.occurredAt, 'occurredAt'),
  };
}
