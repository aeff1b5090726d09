import { requireViewer } from '../../../shared/auth/require-viewer';
import type { Viewer } from '../../../shared/auth/viewer';
import { assertUuid, badInput, DomainError, forbidden } from '../../../shared/errors';
import { MAX_PAGE_SIZE, pageWindow, toConnection, type Sort } from '../../../shared/pagination/connection';
import { sqlWindow } from '../../../shared/pagination/sql-page';
import type { RequestContext } from '../../../shared/server/context';
import type { ReaderAudience } from '../access/audience';
import { audienceOfViewer } from '../access/viewer-audience';
import { retentionStart } from '../event/event-pruning';
import type { MyNotificationsArgs, Notification, NotificationConnection, NotificationsMarkedRead } from './notification.types';

/** The one order of a reader's list: newest first, by stream position (unique; the event id only completes the key). */
const NEWEST: Sort<NotificationRow> = {
  name: 'NEWEST',
  direction: 'DESC',
  key: { columns: ['e.sequence'], valuesOf: (row) => [row.sequence], idColumn: 'e.event_id', idOf: (row) => row.event_id },
};

export interface Reader {
  sub: string;
  audience: ReaderAudience;
  /** Events recorded before this are past the retention: not listed, not markable. */
  since: Date;
}

/** Who is reading: a person (a service has no notifications), their audience, and the retention's start. */
async function readerOf(ctx: RequestContext): Promise<Reader> {
  const viewer: Viewer = requireViewer(ctx);
  if (viewer.isService) throw forbidden('Notifications are for people: a service has none');
  return { sub: viewer.id, audience: await audienceOfViewer(viewer), since: retentionStart(ctx.clock.now()) };
}

/**
 * The SQL condition "this event is addressed to the reader, within the retention", for
 * `notification_event e`, its parameters starting at `$first`.
 */
export function addressed(reader: Reader, first: number): { sql: string; params: unknown[] } {
  const [all, impersonal, keys, since] = [first, first + 1, first + 2, first + 3].map((n) => `$${n}`);
  return {
    sql: `(${all}::boolean OR (${impersonal}::boolean AND NOT e.personal) OR e.audience && ${keys}::text[]) AND e.recorded_at >= ${since}`,
    params: [reader.audience.everything, reader.audience.everyImpersonal, reader.audience.keys, reader.since],
  };
}

interface NotificationRow {
  event_id: string;
  sequence: string;
  kind: Notification['kind'];
  record_type: Notification['recordType'];
  record_id: string;
  compound_id: string;
  level: number | null;
  text_zh: string;
  text_en: string;
  occurred_at: Date;
  read_at: Date | null;
}

const toNotification = (row: NotificationRow): Notification => ({
  id: row.event_id,
  sequence: row.sequence,
  kind: row.kind,
  recordType: row.record_type,
  recordId: row.record_id,
  compoundId: row.compound_id,
  level: row.level,
  textZh: row.text_zh,
  textEn: row.text_en,
  occurredAt: row.occurred_at,
  readAt: row.read_at,
});

async function countUnread(ctx: RequestContext, reader: Reader): Promise<number> {
  const where = addressed(reader, 2);
  const rows: { n: number }[] = await ctx.dataSource.query(
    `SELECT count(*)::int AS n FROM notification_event e
     WHERE ${where.sql} AND NOT EXISTS (SELECT 1 FROM notification_read r WHERE r.sub = $1 AND r.event_id = e.event_id)`,
    [reader.sub, ...where.params],
  );
  return rows[0].n;
}

/**
 * The reader's notifications, newest first, one page, with the total and the unread
 * count counted only when selected. Listing an event to its addressee is a delivery:
 * its receipt is written (the first time only), which the admin figures count.
 */
export async function myNotifications(ctx: RequestContext, args: MyNotificationsArgs): Promise<NotificationConnection> {
  const reader = await readerOf(ctx);
  const window = pageWindow(args, NEWEST);
  for (const [field, cursor] of [
    ['after', window.after],
    ['before', window.before],
  ] as const)
    if (cursor && !/^\d+$/.test(String(cursor.values[0]))) throw badInput(`${field} is not a cursor of this list`, { field });
  const where = addressed(reader, 2);
  const unreadOnly = args.unreadOnly ? ' AND r.event_id IS NULL' : '';
  const from = `FROM notification_event e LEFT JOIN notification_read r ON r.sub = $1 AND r.event_id = e.event_id
     WHERE ${where.sql}${unreadOnly}`;
  const params = [reader.sub, ...where.params];
  const keyset = sqlWindow(window, NEWEST, params.length + 1, ['bigint', 'uuid']);
  const rows: NotificationRow[] = await ctx.dataSource.query(
    `SELECT e.event_id, e.sequence::text AS sequence, e.kind, e.record_type, e.record_id, e.compound_id, e.level,
            e.text_zh, e.text_en, e.occurred_at, r.read_at
     ${from}${keyset.bounds} ORDER BY ${keyset.orderBy} LIMIT ${keyset.limit}`,
    [...params, ...keyset.params],
  );
  const listed = rows.slice(0, window.size);
  if (listed.length > 0 && reader.audience.keys.length > 0)
    await recordListed(
      ctx,
      reader,
      listed.map((r) => r.event_id),
    );
  const page = toConnection(rows, window, NEWEST, () =>
    ctx.dataSource.query(`SELECT count(*)::int AS n ${from}`, params).then((r: { n: number }[]) => r[0].n),
  );
  let unread: Promise<number> | undefined;
  return {
    edges: page.edges.map((edge) => ({ node: toNotification(edge.node), cursor: edge.cursor })),
    pageInfo: page.pageInfo,
    get totalCount() {
      return page.totalCount;
    },
    get unreadCount() {
      return (unread ??= countUnread(ctx, reader));
    },
  };
}

/**
 * The first delivery of each listed event to this reader, when the reader is among its
 * addressees (a listing is a delivery). An admin or analyst reading every event is no
 * addressee of it: their listing delivers nothing.
 */
async function recordListed(ctx: RequestContext, reader: Reader, eventIds: string[]): Promise<void> {
  await ctx.dataSource.query(
    `INSERT INTO notification_receipt (event_id, sub, first_delivered_at, channel)
     SELECT e.event_id, $1, $3, 'LIST' FROM notification_event e WHERE e.event_id = ANY($2::uuid[]) AND e.audience && $4::text[]
     ON CONFLICT DO NOTHING`,
    [reader.sub, eventIds, ctx.clock.now(), reader.audience.keys],
  );
}

/**
 * Marks events read for the reader. Every id must be an event addressed to the reader
 * and still kept; otherwise NOT_FOUND naming none of them (an event addressed to someone
 * else is not told apart from one that does not exist) and nothing is written. Marking
 * one already read changes nothing.
 */
export async function markNotificationsRead(ctx: RequestContext, ids: string[]): Promise<NotificationsMarkedRead> {
  if (ids.length === 0 || ids.length > MAX_PAGE_SIZE) throw badInput(`ids must list 1 to ${MAX_PAGE_SIZE} notifications`, { field: 'ids' });
  const wanted = [...new Set(ids.map((id, i) => assertUuid(id, `ids[${i}]`)))];
  const reader = await readerOf(ctx);
  const where = addressed(reader, 2);
  const marked = await ctx.dataSource.transaction(async (m) => {
    const found: { event_id: string }[] = await m.query(
      `SELECT e.event_id FROM notification_event e WHERE e.event_id = ANY($1::uuid[]) AND ${where.sql} FOR SHARE`,
      [wanted, ...where.params],
    );
    if (found.length !== wanted.length) {
      throw new DomainError(
        'NOT_FOUND',
        `${wanted.length - found.length} of these notifications are not yours or no longer kept; none was marked`,
        {
          field: 'ids',
        },
      );
    }
    const inserted: unknown[] = await m.query(
      `INSERT INTO notification_read (sub, event_id, read_at) SELECT $1, id, $2 FROM unnest($3::uuid[]) AS t(id)
       ON CONFLICT DO NOTHING RETURNING event_id`,
      [reader.sub, ctx.clock.now(), wanted],
    );
    return inserted.length;
  });
  return { markedCount: marked, unreadCount: await countUnread(ctx, reader) };
}

/** Marks every event addressed to the reader (and still kept) read. */
export async function markAllNotificationsRead(ctx: RequestContext): Promise<NotificationsMarkedRead> {
  const reader = await readerOf(ctx);
  const where = addressed(reader, 3);
  const inserted: unknown[] = await ctx.dataSource.query(
    `INSERT INTO notification_read (sub, event_id, read_at)
     SELECT $1, e.event_id, $2 FROM notification_event e WHERE ${where.sql}
     ON CONFLICT DO NOTHING RETURNING event_id`,
    [reader.sub, ctx.clock.now(), ...where.params],
  );
  return { markedCount: inserted.length, unreadCount: await countUnread(ctx, reader) };
}
