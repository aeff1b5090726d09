import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { conflict } from '../errors';
import { InboxReceipt } from './inbox-receipt.entity';
import { asStoredJson, canonicalJson, toJsonText } from './json';

export { canonicalJson } from './json';

export function payloadHash(payload: unknown): string {
  return createHash('sha256').update(canonicalJson(payload)).digest('hex');
}

export interface IncomingHandover {
  topic: string;
  recordId: string;
  payload: Record<string, unknown>;
  receivedBy: string;
  at: Date;
}

/**
 * Step 3 of every hand-over: applies it once per (topic, recordId). The same key and
 * payload again returns the first result and writes nothing; the same key with another
 * payload is a CONFLICT. The receipt and the effect commit in one transaction, and the
 * receipt's primary key makes a racing duplicate wait for the first and then replay.
 * The result is kept as JSON and returned as it reads back (bigint → decimal string,
 * Date → ISO text) on the first call too, so the first answer and every replay are
 * identical: return ids and plain values, and let the resolver load what it shows.
 */
export async function receiveOnce<R extends Record<string, unknown>>(
  dataSource: DataSource,
  incoming: IncomingHandover,
  apply: (manager: EntityManager) => Promise<R>,
): Promise<R> {
  const hash = payloadHash(incoming.payload);
  return dataSource.transaction(async (manager) => {
    const inserted = await manager.query(
      `INSERT INTO handover_inbox (topic, record_id, payload_hash, payload, received_by, received_at)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING record_id`,
      [incoming.topic, incoming.recordId, hash, canonicalJson(incoming.payload), incoming.receivedBy, incoming.at],
    );
    if (inserted.length === 0) {
      const first = await manager.getRepository(InboxReceipt).findOneByOrFail({ topic: incoming.topic, recordId: incoming.recordId });
      if (first.payloadHash !== hash) {
        throw conflict(`${incoming.topic} ${incoming.recordId} was already received with different content`, {
          recordId: incoming.recordId,
        });
      }
      return first.result as R;
    }
    const result = asStoredJson(await apply(manager));
    await manager.query('UPDATE handover_inbox SET result = $3 WHERE topic = $1 AND record_id = $2', [
      incoming.topic,
      incoming.recordId,
      toJsonText(result),
    ]);
    return result;
  });
}
