import { graphql } from '../../typed';

/**
 * Documents several property suites send. The work-order transitions answer under one
 * alias, `order`, so a test can drive any of them through one helper.
 */

export const AddStaffMember = graphql(`
  mutation PropertyAddStaffMember($input: AddStaffMemberInput!) {
    addStaffMember(input: $input) {
      id
      name
      title
      companyId
    }
  }
`);

export const WorkOrderFields = graphql(`
  fragment PropertyWorkOrderFields on WorkOrder {
    id
    kind
    status
    description
    priority
    category
    areaKey
    locationDetail
    submittedAt
    slaDeadline
    overdue
    resolvedAt
    closedAt
    rating
    reopenCount
    residentId
    contactName
    contactPhone
    company {
      id
    }
    building {
      id
    }
    assignee {
      id
      name
    }
    history {
      fromStatus
      toStatus
      action
      actor
      at
      note
    }
  }
`);

export const AcceptWorkOrder = graphql(`
  mutation PropertyAcceptWorkOrder($id: ID!) {
    order: acceptWorkOrder(id: $id) {
      ...PropertyWorkOrderFields
    }
  }
`);
export const DispatchWorkOrder = graphql(`
  mutation PropertyDispatchWorkOrder($id: ID!, $assigneeId: ID!) {
    order: dispatchWorkOrder(id: $id, assigneeId: $assigneeId) {
      ...PropertyWorkOrderFields
    }
  }
`);
export const StartWorkOrder = graphql(`
  mutation PropertyStartWorkOrder($id: ID!) {
    order: startWorkOrder(id: $id) {
      ...PropertyWorkOrderFields
    }
  }
`);
export const ResolveWorkOrder = graphql(`
  mutation PropertyResolveWorkOrder($id: ID!, $note: String) {
    order: resolveWorkOrder(id: $id, note: $note) {
      ...PropertyWorkOrderFields
    }
  }
`);
export const ConfirmWorkOrder = graphql(`
  mutation PropertyConfirmWorkOrder($id: ID!, $rating: Int, $comment: String) {
    order: confirmWorkOrder(id: $id, rating: $rating, comment: $comment) {
      ...PropertyWorkOrderFields
    }
  }
`);
export const ReopenWorkOrder = graphql(`
  mutation PropertyReopenWorkOrder($id: ID!, $reason: String!) {
    order: reopenWorkOrder(id: $id, reason: $reason) {
      ...PropertyWorkOrderFields
    }
  }
`);
export const CancelWorkOrder = graphql(`
  mutation PropertyCancelWorkOrder($id: ID!, $reason: String) {
    order: cancelWorkOrder(id: $id, reason: $reason) {
      ...PropertyWorkOrderFields
    }
  }
`);

/** A resident's or the grid's report to party, and the grid's first answer: where a hand-over to property starts. */
export const ReportIssue = graphql(`
  mutation PropertyReportIssue($i: ReportIssueInput!) {
    reportIssue(input: $i) {
      id
    }
  }
`);
export const RespondToReport = graphql(`
  mutation PropertyRespondToReport($id: ID!) {
    respondToIssueReport(id: $id) {
      id
    }
  }
`);

/** What report-handovers.suite.ts reads of a report and of the work order it opened. */
export const HandoversReportFields = graphql(`
  fragment PropertyHandoversReportFields on IssueReport {
    id
    status
    path
    source
    workOrderId
    workOrderOutcome
    workOrderOutcomeAt
    resolvedAt
    satisfaction
    closedAt
    sourceIntakeId
    propertyHandover {
      status
      workOrderId
      error
      attempts
    }
    entries {
      kind
      note
      by
    }
  }
`);
export const HandoversWorkOrderFields = graphql(`
  fragment PropertyHandoversWorkOrderFields on WorkOrder {
    id
    kind
    status
    areaKey
    category
    priority
    description
    contactName
    company {
      id
      name
    }
    building {
      id
    }
    history {
      action
      toStatus
      actor
    }
  }
`);
