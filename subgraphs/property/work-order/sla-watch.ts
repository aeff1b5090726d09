import type { DataSource } from 'typeorm';
import type { Clock } from '../../../shared/clock';
import { positiveInt } from '../../../shared/config';
import { enqueueNotifyEvent } from '../../../shared/notify/notify-event';
import { PollingLoop } from '../../../shared/server/polling-loop';
import type { BackgroundWorker } from '../../../shared/server/subgraph-service';
import { logger } from '../../../shared/server/logger';
import { WorkOrder } from './work-order.entity';
import { OPEN_STATUSES } from './work-order-flow';
import { slaBreachNotice } from './work-order-notices';

/** Who the watch's writes are stamped with in the outbox. */
export const SLA_WATCH_ACTOR = 'system:property-sla-watch';

export interface SlaWatchOptions {
  /** How often to look for due rows when idle (ms). Default `SLA_WATCH_POLL_MS` or 1000. */
  pollMs?: number;
  /** Rows handled per pass. Default 50. */
  batchSize?: number;
}

/**
 * The SLA's watch (property's due-time rows): each due row is claimed with
 * `FOR UPDATE SKIP LOCKED` in its own transaction against the service clock. An order
 * still open at its deadline gets WORK_ORDER_SLA_BREACHED enqueued for its company's
 * duty managers and its compound's grid workers, and the row is marked fired in the same
 * transaction; one no longer open is settled without effect. So with several replicas
 * each breach is told once, and a deadline that passed while property was down is told
 * at the first pass after start-up.
 */
export class SlaWatch implements BackgroundWorker {
  private readonly log = logger.child({ component: 'sla-watch' });

  private readonly loop: PollingLoop;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly options: SlaWatchOptions = {},
  ) {
    this.loop = new PollingLoop(() => this.runOnce(), {
      pollMs: this.options.pollMs ?? positiveInt('SLA_WATCH_POLL_MS', 1000),
      batchSize: this.options.batchSize ?? 50,
      log: this.log,
      what: 'SLA watch',
    });
  }

  /** Handles every due row once (up to a batch); returns how many were handled. */
  async runOnce(): Promise<number> {
    let handled = 0;
    const batch = this.options.batchSize ?? 50;
    while (handled < batch && (await this.handleOne())) handled++;
    return handled;
  }

  private handleOne(): Promise<boolean> {
    return this.dataSource.transaction(async (m) => {
      const now = this.clock.now();
      const due: { work_order_id: string }[] = await m.query(
        `SELECT work_order_id FROM work_order_sla_due
          WHERE fired_at IS NULL AND settled_at IS NULL AND due_at <= $1
          ORDER BY due_at, work_order_id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [now],
      );
      if (!due.length) return false;
      const id = due[0].work_order_id;
      const order = await m.getRepository(WorkOrder).findOneByOrFail({ id });
      // Open at the deadline: the row is due, so `now` is at or past it.
      if (OPEN_STATUSES.includes(order.status)) {
        await enqueueNotifyEvent(m, slaBreachNotice(order, now), SLA_WATCH_ACTOR);
        await m.query(`UPDATE work_order_sla_due SET fired_at = $2 WHERE work_order_id = $1`, [id, now]);
        this.log.info({ workOrderId: id, deadline: order.slaDeadline }, 'work order past its SLA: duty managers told');
      } else {
        await m.query(`UPDATE work_order_sla_due SET settled_at = $2 WHERE work_order_id = $1`, [id, now]);
      }
      return true;
    });
  }

  start(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }
}
