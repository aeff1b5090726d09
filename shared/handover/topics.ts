/**
 * Hand-over topics: the sender's outbox and the receiver's inbox must name a topic with
 * the same string, so both sides read it from here.
 */

/** party → property: open a work order from the report (recordId = report id). */
export const REPORT_TO_PROPERTY_TOPIC = 'report.to-property';
/** property → party: the outcome of that work order (recordId = property's work-order event id). */
export const WORK_ORDER_OUTCOME_TOPIC = 'workorder.outcome';
/** property → party: after-hours intake handed back to the grid (recordId = intake id). */
export const INTAKE_TO_GRID_TOPIC = 'intake.to-grid';
/** enterprise → committee: the settlement rebate (recordId = settlement id). */
export const SETTLEMENT_REBATE_TOPIC = 'settlement.rebate';
/** any stakeholder → notify: an event someone must hear of (recordId = the event id; shared/notify/notify-event.ts). */
export const NOTIFY_EVENT_TOPIC = 'notify.event';
