import type { DataSource } from 'typeorm';
import type { Clock } from '../../../shared/clock';
import { demoId } from '../../../shared/demo/ids';
import { demoCompound, demoResidentId } from '../../../shared/demo/manifest';
import type { NotifyEvent } from '../../../shared/notify/notify-event';
import { audienceKey } from '../event/notification-event.entity';

/**
 * Two events for the demo's personas to find in `myNotifications`: a report come in for
 * Kuiguangta's grid workers, and its reporter told of the response. Stamped with the
 * seeding time, so they stay within the retention for a while after `npm start`; kept
 * once per id (a later seed adds nothing, even after pruning took them).
 */
export async function seedNotifyDemo(dataSource: DataSource, clock: Clock): Promise<void> {
  const compoundId = demoCompound('kuiguangta').id;
  const reportId = demoId('notify-demo', 'kuiguangta-report');
  const now = clock.now();
  const events: NotifyEvent[] = [
    {
      eventId: demoId('notify-demo', 'report-filed'),
      kind: 'REPORT_FILED',
      recordType: 'IssueReport',
      recordId: reportId,
      compoundId,
      audience: [{ kind: 'GRID_WORKERS', scopeId: compoundId }],
      personal: false,
      textZh: '新的随手报：东门路灯不亮',
      textEn: 'New report: the street light at the east gate is out',
      level: null,
      occurredAt: now,
    },
    {
      eventId: demoId('notify-demo', 'report-responded'),
      kind: 'REPORT_RESPONDED',
      recordType: 'IssueReport',
      recordId: reportId,
      compoundId,
      audience: [{ kind: 'RESIDENT', scopeId: demoResidentId('kuiguangta', 7) }],
      personal: true,
      textZh: '网格员已响应您的随手报',
      textEn: 'A grid worker responded to your report',
      level: null,
      occurredAt: now,
    },
  ];
  for (const e of events) {
    await dataSource.query(
      `INSERT INTO notification_event
         (event_id, kind, record_type, record_id, compound_id, audience, personal, level, text_zh, text_en, occurred_at, recorded_at, sender)
       VALUES ($1, $2, $3, $4, $5, $6::text[], $7, $8, $9, $10, $11, $11, 'seed:demo')
       ON CONFLICT DO NOTHING`,
      [
        e.eventId,
        e.kind,
        e.recordType,
        e.recordId,
        e.compoundId,
        e.audience.map((a) => audienceKey(a.kind, a.scopeId)),
        e.personal,
        e.level,
        e.textZh,
        e.textEn,
        e.occurredAt,
      ],
    );
  }
}
