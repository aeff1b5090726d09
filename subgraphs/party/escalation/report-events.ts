import type { EntityManager } from 'typeorm';
import { enqueueNotifyEvent, notifyEventId, type Audience, type NotifyEventKind } from '../../../shared/notify/notify-event';
import { IssueCategory } from '../issue-report/issue-report.enums';
import type { IssueReport } from '../issue-report/issue-report.entity';
import { Building } from '../org-tree/building.entity';
import { Compound } from '../org-tree/compound.entity';

/** What a report is about, as a notification says it: the category, never the free text (it may name people). */
const CATEGORY_TEXT: Record<IssueCategory, [zh: string, en: string]> = {
  ENVIRONMENT: ['环境卫生', 'environment'],
  FACILITY_REPAIR: ['设施报修', 'facility repair'],
  SAFETY_HAZARD: ['安全隐患', 'safety hazard'],
  NEIGHBOUR_DISPUTE: ['邻里纠纷', 'neighbour dispute'],
  PARKING_TRAFFIC: ['停车交通', 'parking and traffic'],
  GREENING: ['绿化', 'greening'],
  PROPERTY_SERVICE: ['物业服务', 'property service'],
  ELDERLY_CARE: ['养老照护', 'elderly care'],
  OTHER: ['其他', 'other'],
};

/** Where a report is, in words: the compound and the building or named area. */
export interface ReportPlace {
  compound: Compound;
  buildingName: string | null;
}

export async function reportPlace(m: EntityManager, report: IssueReport): Promise<ReportPlace> {
  const compound = await m.findOneByOrFail(Compound, { id: report.compoundId });
  const building = report.buildingId ? await m.findOneBy(Building, { id: report.buildingId }) : null;
  return { compound, buildingName: building?.name ?? null };
}

function where(report: IssueReport, place: ReportPlace): [zh: string, en: string] {
  const spot = place.buildingName ?? report.area;
  const zh = [place.compound.nameZh ?? place.compound.name, spot].filter(Boolean).join(' ');
  const en = [place.compound.name, spot].filter(Boolean).join(' ');
  return [zh, en];
}

/** The texts of each kind party sends, in Chinese and English. No resident's name or phone. */
export function reportEventText(kind: NotifyEventKind, report: IssueReport, place: ReportPlace, level?: number): [string, string] {
  const [zh, en] = where(report, place);
  const [whatZh, whatEn] = CATEGORY_TEXT[report.category];
  switch (kind) {
    case 'REPORT_FILED':
      return [`${zh} 有新的随手报：${whatZh}`, `New report in ${en}: ${whatEn}`];
    case 'REPORT_ESCALATED':
      return [
        `${zh} 的随手报（${whatZh}）超过承诺时限仍未响应，已升级至第${level}级`,
        `Report in ${en} (${whatEn}) has no response past the promise: escalated to level ${level}`,
      ];
    case 'REPORT_RESPONDED':
      return [`您在${zh}的随手报（${whatZh}）已有网格员响应`, `A grid worker has responded to your report in ${en} (${whatEn})`];
    case 'REPORT_HANDED_TO_PROPERTY':
      return [`您在${zh}的随手报（${whatZh}）已转交物业处理`, `Your report in ${en} (${whatEn}) was handed to the property company`];
    case 'REPORT_RESOLVED':
      return [
        `您在${zh}的随手报（${whatZh}）已办结，请确认销号或重新打开`,
        `Your report in ${en} (${whatEn}) was resolved: please confirm or reopen it`,
      ];
    default:
      throw new Error(`party sends no ${kind}`);
  }
}

/**
 * Enqueues one of party's events about a report, inside the caller's transaction. The
 * event id is stable (`notifyEventId('party', kind, reportId[, level])`); a report that was
 * reopened adds its round, so its second resolution is a second event.
 */
export async function enqueueReportEvent(
  m: EntityManager,
  kind: NotifyEventKind,
  report: IssueReport,
  audience: Audience[],
  actor: string,
  at: Date,
  options: { place?: ReportPlace; level?: number; personal?: boolean } = {},
): Promise<void> {
  const place = options.place ?? (await reportPlace(m, report));
  const [textZh, textEn] = reportEventText(kind, report, place, options.level);
  const parts: (string | number)[] = ['party', kind, report.id];
  if (options.level !== undefined) parts.push(options.level);
  if (report.reopenCount > 0 && options.level === undefined) parts.push(`round-${report.reopenCount}`);
  await enqueueNotifyEvent(
    m,
    {
      eventId: notifyEventId(...parts),
      kind,
      recordType: 'IssueReport',
      recordId: report.id,
      compoundId: report.compoundId,
      audience,
      personal: options.personal ?? false,
      textZh,
      textEn,
      level: options.level ?? null,
      occurredAt: at,
    },
    actor,
  );
}

/** An event to the resident who filed the report, if a resident did (their own report: personal). */
export async function tellReporter(
  m: EntityManager,
  kind: 'REPORT_RESPONDED' | 'REPORT_HANDED_TO_PROPERTY' | 'REPORT_RESOLVED',
  report: IssueReport,
  actor: string,
  at: Date,
): Promise<void> {
  if (!report.reporterResidentId) return;
  await enqueueReportEvent(m, kind, report, [{ kind: 'RESIDENT', scopeId: report.reporterResidentId }], actor, at, { personal: true });
}
