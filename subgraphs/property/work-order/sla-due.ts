import type { EntityManager } from 'typeorm';

/**
 * The SLA's due-time rows (`work_order_sla_due`): one per work order, due at its
 * deadline; the watch (sla-watch.ts) fires or settles each when it is due. Written in the
 * transaction that opens or reopens the order, so no order is open without its row.
 */

/** A new order's row, due at its deadline. */
export async function scheduleSlaDue(m: EntityManager, workOrderId: string, dueAt: Date): Promise<void> {
  await m.query(`INSERT INTO work_order_sla_due (work_order_id, due_at) VALUES ($1, $2)`, [workOrderId, dueAt]);
}

/**
 * A reopened order is watched again, at its deadline (the flow keeps the first one). A
 * row already fired stays fired: the breach of that deadline was told once. A row
 * settled (the order was resolved in time) is armed again, so a reopened order past its
 * deadline is told at the watch's next pass.
 */
export async function rearmSlaDue(m: EntityManager, workOrderId: string, dueAt: Date): Promise<void> {
  await m.query(
    `INSERT INTO work_order_sla_due (work_order_id, due_at) VALUES ($1, $2)
       ON CONFLICT (work_order_id) DO UPDATE SET due_at = EXCLUDED.due_at, settled_at = NULL
       WHERE work_order_sla_due.fired_at IS NULL`,
    [workOrderId, dueAt],
  );
}
