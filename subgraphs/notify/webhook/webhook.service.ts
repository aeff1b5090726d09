import { randomUUID } from 'node:crypto';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { assertUuid, badInput, DomainError, notFound } from '../../../shared/errors';
import { NOTIFY_EVENT_KINDS, type NotifyEventKind } from '../../../shared/notify/notify-event';
import { pageWindow, toConnection, type Sort } from '../../../shared/pagination/connection';
import { sqlWindow } from '../../../shared/pagination/sql-page';
import type { RequestContext } from '../../../shared/server/context';
import { optionalText } from '../../../shared/validation';
import { WEBHOOK_DELIVERY_STATES } from './webhook.enums';
import { sealWebhookSecret } from './webhook-secret-box';
import { newWebhookSecret } from './webhook-signature';
import { checkWebhookUrl } from './webhook-url';
import type {
  RegisterWebhookInput,
  Webhook,
  WebhookDeliveriesArgs,
  WebhookDelivery,
  WebhookDeliveryConnection,
  WebhookWithSecret,
} from './webhook.types';

/** At most this many compounds per webhook: a wider scope is "every compound" (null). */
export const MAX_WEBHOOK_COMPOUNDS = 200;
export const MAX_DESCRIPTION = 500;

interface WebhookRow {
  id: string;
  url: string;
  event_kinds: NotifyEventKind[];
  compound_ids: string[] | null;
  description: string | null;
  active: boolean;
  created_at: Date;
  deactivated_at: Date | null;
  secret_rotated_at: Date | null;
}

const WEBHOOK_COLUMNS = 'id, url, event_kinds, compound_ids, description, active, created_at, deactivated_at, secret_rotated_at';

const toWebhook = (r: WebhookRow): Webhook => ({
  id: r.id,
  url: r.url,
  eventKinds: r.event_kinds,
  compoundIds: r.compound_ids,
  description: r.description,
  active: r.active,
  createdAt: r.created_at,
  deactivatedAt: r.deactivated_at,
  secretRotatedAt: r.secret_rotated_at,
});

function checkKinds(kinds: readonly string[]): NotifyEventKind[] {
  if (kinds.length === 0) throw badInput('eventKinds must name at least one kind', { field: 'eventKinds' });
  kinds.forEach((k, i) => {
    if (!(NOTIFY_EVENT_KINDS as readonly string[]).includes(k))
      throw badInput(`eventKinds[${i}] is not a kind of event`, { field: `eventKinds[${i}]` });
  });
  // In the contract's order, each once: the same list reads the same however it was given.
  return NOTIFY_EVENT_KINDS.filter((k) => kinds.includes(k));
}

function checkCompounds(ids: readonly string[] | null | undefined): string[] | null {
  if (!ids || ids.length === 0) return null;
  if (ids.length > MAX_WEBHOOK_COMPOUNDS)
    throw badInput(`compoundIds may name at most ${MAX_WEBHOOK_COMPOUNDS} compounds (none: every compound)`, { field: 'compoundIds' });
  return [...new Set(ids.map((id, i) => assertUuid(id, `compoundIds[${i}]`)))].sort();
}

/**
 * Registers a webhook (admin): every field checked before anything is stored. The
 * answer carries the new signing secret; nothing shows it again.
 */
export async function registerWebhook(ctx: RequestContext, input: RegisterWebhookInput): Promise<WebhookWithSecret> {
  const viewer = requireViewer(ctx);
  const url = checkWebhookUrl(input.url);
  const kinds = checkKinds(input.eventKinds);
  const compounds = checkCompounds(input.compoundIds);
  const description = optionalText(input.description, 'description', MAX_DESCRIPTION);
  const secret = newWebhookSecret();
  const id = randomUUID();
  const rows: WebhookRow[] = await ctx.dataSource.query(
    `INSERT INTO webhook (id, url, event_kinds, compound_ids, description, secret, created_at, created_by)
     VALUES ($1, $2, $3::text[], $4::uuid[], $5, $6, $7, $8) RETURNING ${WEBHOOK_COLUMNS}`,
    [id, url, kinds, compounds, description, sealWebhookSecret(secret, id), ctx.clock.now(), viewer.id],
  );
  return { webhook: toWebhook(rows[0]), secret };
}

/** Every webhook, newest first, without secrets (there are few: one per receiving system). */
export async function listWebhooks(ctx: RequestContext): Promise<Webhook[]> {
  const rows: WebhookRow[] = await ctx.dataSource.query(`SELECT ${WEBHOOK_COLUMNS} FROM webhook ORDER BY created_at DESC, id DESC`);
  return rows.map(toWebhook);
}

/** Stops new deliveries to a webhook; those already made run their course. Idempotent. */
export async function deactivateWebhook(ctx: RequestContext, id: string): Promise<Webhook> {
  // An UPDATE's answer through TypeORM is [rows, affected].
  const [rows]: [WebhookRow[], number] = await ctx.dataSource.query(
    `UPDATE webhook SET active = false, deactivated_at = coalesce(deactivated_at, $2) WHERE id = $1 RETURNING ${WEBHOOK_COLUMNS}`,
    [assertUuid(id), ctx.clock.now()],
  );
  if (rows.length === 0) throw notFound('Webhook', id);
  return toWebhook(rows[0]);
}

/**
 * A new signing secret for a webhook, effective for the next attempt of every delivery
 * (the old one is no longer used: rotate the receiver's copy at once).
 */
export async function rotateWebhookSecret(ctx: RequestContext, id: string): Promise<WebhookWithSecret> {
  const secret = newWebhookSecret();
  const webhookId = assertUuid(id);
  const [rows]: [WebhookRow[], number] = await ctx.dataSource.query(
    `UPDATE webhook SET secret = $2, secret_rotated_at = $3 WHERE id = $1 RETURNING ${WEBHOOK_COLUMNS}`,
    [webhookId, sealWebhookSecret(secret, webhookId), ctx.clock.now()],
  );
  if (rows.length === 0) throw notFound('Webhook', id);
  return { webhook: toWebhook(rows[0]), secret };
}

interface DeliveryRow {
  id: string;
  webhook_id: string;
  event_id: string;
  kind: NotifyEventKind;
  state: WebhookDelivery['state'];
  attempts: number;
  last_status: number | null;
  last_error: string | null;
  last_attempt_at: Date | null;
  next_attempt_at: Date;
  delivered_at: Date | null;
  parked_at: Date | null;
  created_at: Date;
}

const DELIVERY_COLUMNS = `d.id, d.webhook_id, d.event_id, e.kind, d.state, d.attempts, d.last_status, d.last_error, d.last_attempt_at,
  d.next_attempt_at, d.delivered_at, d.parked_at, d.created_at`;

const toDelivery = (r: DeliveryRow): WebhookDelivery => ({
  id: r.id,
  webhookId: r.webhook_id,
  eventId: r.event_id,
  kind: r.kind,
  state: r.state,
  attempts: r.attempts,
  lastStatus: r.last_status,
  lastError: r.last_error,
  lastAttemptAt: r.last_attempt_at,
  nextAttemptAt: r.state === 'PENDING' ? r.next_attempt_at : null,
  deliveredAt: r.delivered_at,
  parkedAt: r.parked_at,
  createdAt: r.created_at,
});

/** Newest first: by when the delivery was made, the id breaking ties. */
const NEWEST: Sort<DeliveryRow> = {
  name: 'NEWEST',
  direction: 'DESC',
  key: { columns: ['d.created_at'], valuesOf: (row) => [row.created_at.toISOString()], idColumn: 'd.id', idOf: (row) => row.id },
};

/** One webhook's deliveries, newest first, optionally in one state; the total counted only when selected. */
export async function webhookDeliveries(ctx: RequestContext, args: WebhookDeliveriesArgs): Promise<WebhookDeliveryConnection> {
  const webhookId = assertUuid(args.webhookId, 'webhookId');
  const window = pageWindow(args, NEWEST);
  for (const [field, cursor] of [
    ['after', window.after],
    ['before', window.before],
  ] as const)
    if (cursor && (Number.isNaN(Date.parse(String(cursor.values[0]))) || !/^[0-9a-f-]{36}$/.test(cursor.id)))
      throw badInput(`${field} is not a cursor of this list`, { field });
  if (args.state && !(WEBHOOK_DELIVERY_STATES as readonly string[]).includes(args.state))
    throw badInput('state is not a delivery state', { field: 'state' });
  const exists: unknown[] = await ctx.dataSource.query('SELECT 1 FROM webhook WHERE id = $1', [webhookId]);
  if (exists.length === 0) throw notFound('Webhook', webhookId);
  const where = `d.webhook_id = $1 AND ($2::text IS NULL OR d.state = $2)`;
  const params: unknown[] = [webhookId, args.state ?? null];
  const keyset = sqlWindow(window, NEWEST, params.length + 1, ['timestamptz', 'uuid']);
  const rows: DeliveryRow[] = await ctx.dataSource.query(
    `SELECT ${DELIVERY_COLUMNS} FROM webhook_delivery d JOIN notification_event e ON e.event_id = d.event_id
     WHERE ${where}${keyset.bounds} ORDER BY ${keyset.orderBy} LIMIT ${keyset.limit}`,
    [...params, ...keyset.params],
  );
  const page = toConnection(rows, window, NEWEST, () =>
    ctx.dataSource.query(`SELECT count(*)::int AS n FROM webhook_delivery d WHERE ${where}`, params).then((r: { n: number }[]) => r[0].n),
  );
  return {
    edges: page.edges.map((edge) => ({ node: toDelivery(edge.node), cursor: edge.cursor })),
    pageInfo: page.pageInfo,
    get totalCount() {
      return page.totalCount;
    },
  };
}

/**
 * Sends a PARKED (or DELIVERED) delivery again: back to PENDING, due now, attempts from
 * zero, with the same `webhook-id` (a receiver that kept it drops the repeat). A PENDING
 * one is already on its way: CONFLICT.
 */
export async function resendWebhookDelivery(ctx: RequestContext, id: string): Promise<WebhookDelivery> {
  const deliveryId = assertUuid(id);
  const now = ctx.clock.now();
  const rows: DeliveryRow[] = await ctx.dataSource.query(
    `WITH d AS (
       UPDATE webhook_delivery SET state = 'PENDING', attempts = 0, next_attempt_at = $2, last_error = NULL, last_status = NULL,
         delivered_at = NULL, parked_at = NULL
       WHERE id = $1 AND state IN ('PARKED', 'DELIVERED') RETURNING *
     )
     SELECT ${DELIVERY_COLUMNS} FROM d JOIN notification_event e ON e.event_id = d.event_id`,
    [deliveryId, now],
  );
  if (rows.length > 0) return toDelivery(rows[0]);
  const found: { state: string }[] = await ctx.dataSource.query('SELECT state FROM webhook_delivery WHERE id = $1', [deliveryId]);
  if (found.length === 0) throw notFound('Webhook delivery', deliveryId);
  throw new DomainError('CONFLICT', 'This delivery is still PENDING: it will be attempted again by itself', { field: 'id' });
}
