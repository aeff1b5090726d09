import type { DataSource, EntityManager } from 'typeorm';
import { systemClock, type Clock } from '../../../shared/clock';
import { escalationSettings } from './escalation-settings';
import type { Audience } from '../../../shared/notify/notify-event';
import { logger } from '../../../shared/server/logger';
import { PollingLoop } from '../../../shared/server/polling-loop';
import type { BackgroundWorker } from '../../../shared/server/subgraph-service';
import { IssueEntryKind } from '../issue-report/issue-report.enums';
import { IssueReport } from '../issue-report/issue-report.entity';
import { addEntry } from '../issue-report/issue-report.service';
import { AUDIENCE_SCOPE } from '../../../shared/notify/notify-event';
import { enqueueReportEvent, reportPlace } from './report-events';
import { EscalationStatus, ReportEscalation } from './report-escalation.entity';

/** Who writes an automatic escalation on a report's timeline. */
export const ESCALATION_ACTOR = 'service:party-escalation';

export interface EscalationWorkerOptions {
  clock?: Clock;
  /** How often to look for due rows when idle (ms). Default `ESCALATION_POLL_MS` or 1000. */
  pollMs?: number;
  /** Rows handled per pass before yielding. Default 50. */
  batchSize?: number;
}

/**
 * Evaluates the due-time rows of the 10-minute promise against the service clock. Each
 * due row is claimed with `FOR UPDATE SKIP LOCKED` in its own transaction, so several
 * party instances evaluate each row once; rows that fell due while party was down are
 * found by the first pass after start-up. A report answered at or before the row's due
 * time settles the row (and its later levels); otherwise the report's escalation level is
 * raised, the timeline says so, and REPORT_ESCALATED goes to the level's recipients, all
 * in that transaction. The report's status never changes.
 */
export class EscalationWorker implements BackgroundWorker {
  private readonly clock: Clock;
  private readonly log = logger.child({ component: 'escalation-worker' });
  /**
   * Rows whose evaluation failed, set aside in this process until a back-off passes
   * (doubling from 1 s to 60 s), so one row that keeps failing does not stop the rows
   * due after it. It stays PENDING: the next try, here or in another instance, fires it.
   */
  private readonly setAside = new Map<string, { until: number; failures: number }>();

  private readonly loop: PollingLoop;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: EscalationWorkerOptions = {},
  ) {
    this.clock = options.clock ?? systemClock;
    this.loop = new PollingLoop(() => this.runOnce(), {
      pollMs: this.options.pollMs ?? escalationSettings().pollMs,
      batchSize: this.options.batchSize ?? 50,
      log: this.log,
      what: 'escalation',
    });
  }

  /** Handles every due row (up to a batch); returns how many. */
  async runOnce(): Promise<number> {
    let handled = 0;
    const batch = this.options.batchSize ?? 50;
    const wallNow = Date.now();
    for (const [id, aside] of this.setAside) if (aside.until <= wallNow) this.setAside.delete(id);
    const skip = [...this.setAside.keys()];
    while (handled < batch) {
      const claimed: { id?: string } = {};
      try {
        if (!(await this.handleOne(skip, claimed))) break;
      } catch (error) {
        if (!claimed.id) throw error;
        const failures = (this.setAside.get(claimed.id)?.failures ?? 0) + 1;
        this.setAside.set(claimed.id, { until: Date.now() + Math.min(1000 * 2 ** (failures - 1), 60_000), failures });
        skip.push(claimed.id);
        this.log.error({ err: error, escalationId: claimed.id, failures }, 'escalation failed; set aside and retried later');
      }
      handled++;
    }
    return handled;
  }

  private handleOne(skip: string[], claimed: { id?: string }): Promise<boolean> {
    return this.dataSource.transaction(async (m) => {
      const now = this.clock.now();
      const query = m
        .getRepository(ReportEscalation)
        .createQueryBuilder('e')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .where(`e.status = 'PENDING'`)
        // Strictly past: a response at exactly the due time still keeps that level's deadline.
        .andWhere('e.due_at < :now', { now });
      if (skip.length > 0) query.andWhere('e.id NOT IN (:...skip)', { skip });
      const row = await query.orderBy('e.due_at', 'ASC').limit(1).getOne();
      if (!row) return false;
      claimed.id = row.id;
      const report = await m.findOneOrFail(IssueReport, { where: { id: row.reportId }, lock: { mode: 'pessimistic_write' } });
      if (report.respondedAt && report.respondedAt.getTime() <= row.dueAt.getTime()) {
        await settleFrom(m, row, now);
      } else {
        await escalate(m, report, row, now);
      }
      return true;
    });
  }

  /** At once on start: deadlines passed while party was down fire on start-up. */
  start(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }
}

/**
 * Answered in time for this level: it and the report's later pending levels are settled.
 * A later level another worker holds is skipped here; that worker finds the same answer.
 */
async function settleFrom(m: EntityManager, row: ReportEscalation, now: Date): Promise<void> {
  await m.query(
    `UPDATE report_escalation SET status = 'SETTLED', done_at = $3
      WHERE id IN (SELECT id FROM report_escalation WHERE report_id = $1 AND level >= $2 AND status = 'PENDING' FOR UPDATE SKIP LOCKED)`,
    [row.reportId, row.level, now],
  );
}

async function escalate(m: EntityManager, report: IssueReport, row: ReportEscalation, now: Date): Promise<void> {
  await m.update(ReportEscalation, { id: row.id }, { status: EscalationStatus.FIRED, doneAt: now });
  if (row.level > report.escalationLevel) {
    await m.update(IssueReport, { id: report.id }, { escalationLevel: row.level });
    report.escalationLevel = row.level;
  }
  const place = await reportPlace(m, report);
  const audience: Audience[] = row.recipients.map((kind) => ({
    kind: kind as Audience['kind'],
    scopeId: AUDIENCE_SCOPE[kind as Audience['kind']] === 'community' ? place.compound.communityId : report.compoundId,
  }));
  const seconds = Math.round((row.dueAt.getTime() - report.promiseStartedAt.getTime()) / 1000);
  await addEntry(
    m,
    report.id,
    IssueEntryKind.PROMISE_ESCALATED,
    `Level ${row.level}: no first response ${seconds} s into the promise; told ${row.recipients.join(', ')}`,
    ESCALATION_ACTOR,
    now,
  );
  await enqueueReportEvent(m, 'REPORT_ESCALATED', report, audience, ESCALATION_ACTOR, now, { place, level: row.level });
}
