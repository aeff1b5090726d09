/** The topics of the party ↔ property hand-overs (the same strings party uses). */
export const REPORT_TO_PROPERTY_TOPIC = 'report.to-property';
export const WORK_ORDER_OUTCOME_TOPIC = 'workorder.outcome';
export const INTAKE_TO_GRID_TOPIC = 'intake.to-grid';
