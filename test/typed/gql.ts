/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query FederationCompound($id: ID!) {\n    compound(id: $id) {\n      id\n      name\n      nameZh\n      buildings {\n        id\n        number\n      }\n      ownersCommittee {\n        id\n        name\n        compound {\n          id\n          name\n        }\n      }\n      serviceContracts {\n        company {\n          name\n        }\n        startsOn\n      }\n      outlets {\n        kind\n        name\n        enterprise {\n          name\n        }\n      }\n    }\n  }\n": typeof types.FederationCompoundDocument,
    "\n  query FederationCompoundNames($after: String) {\n    compounds(first: 5, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FederationCompoundNamesDocument,
    "\n  query FederationCompoundsPage($first: Int, $after: String) {\n    compounds(first: $first, after: $after) {\n      totalCount\n    }\n  }\n": typeof types.FederationCompoundsPageDocument,
    "\n  query FederationCompoundById($id: ID!) {\n    compound(id: $id) {\n      id\n    }\n  }\n": typeof types.FederationCompoundByIdDocument,
    "\n  mutation PropertyContractsCreate($input: CreateServiceContractInput!) {\n    createServiceContract(input: $input) {\n      id\n      startsOn\n      endsOn\n      company {\n        id\n      }\n      compound {\n        id\n      }\n      buildings {\n        id\n      }\n      areaKeys\n    }\n  }\n": typeof types.PropertyContractsCreateDocument,
    "\n  mutation PropertyContractsCreateCompany($input: CreatePropertyCompanyInput!) {\n    createPropertyCompany(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.PropertyContractsCreateCompanyDocument,
    "\n  query PropertyContractsResponsibilities($id: ID!, $b3: ID) {\n    compound(id: $id) {\n      buildings {\n        number\n        responsibleCompany {\n          id\n        }\n      }\n      east: responsibleCompany(areaKey: \"east-gate\") {\n        name\n      }\n      garage: responsibleCompany(areaKey: \"underground-garage\") {\n        name\n      }\n      b3: responsibleCompany(buildingId: $b3) {\n        name\n      }\n      uncoveredZones {\n        day\n        buildings {\n          id\n        }\n        areas {\n          key\n        }\n      }\n      serviceContracts {\n        id\n        company {\n          name\n        }\n        buildings {\n          id\n        }\n        areaKeys\n      }\n    }\n  }\n": typeof types.PropertyContractsResponsibilitiesDocument,
    "\n  query PropertyContractsStationCompany($id: ID!) {\n    serviceStation(id: $id) {\n      id\n      propertyCompany {\n        name\n      }\n    }\n  }\n": typeof types.PropertyContractsStationCompanyDocument,
    "\n  query PropertyContractsStaff($id: ID!) {\n    propertyCompany(id: $id) {\n      staff {\n        name\n      }\n    }\n  }\n": typeof types.PropertyContractsStaffDocument,
    "\n  query PropertyContractsResponsibleAt($id: ID!, $b: ID!, $at: DateTimeISO) {\n    compound(id: $id) {\n      responsibleCompany(buildingId: $b, at: $at) {\n        id\n      }\n    }\n  }\n": typeof types.PropertyContractsResponsibleAtDocument,
    "\n  mutation PropertyContractsEnd($id: ID!, $endsOn: String!) {\n    endServiceContract(id: $id, endsOn: $endsOn) {\n      id\n      endsOn\n    }\n  }\n": typeof types.PropertyContractsEndDocument,
    "\n  mutation PropertyContractsDefineArea($input: DefineCommonAreaInput!) {\n    defineCommonArea(input: $input) {\n      compoundId\n      key\n      name\n      nameZh\n    }\n  }\n": typeof types.PropertyContractsDefineAreaDocument,
    "\n  query PropertyContractsGaps($id: ID!) {\n    compound(id: $id) {\n      uncoveredZones {\n        buildings {\n          id\n        }\n        areas {\n          key\n          name\n        }\n      }\n    }\n  }\n": typeof types.PropertyContractsGapsDocument,
    "\n  query PropertyContractsUncoveredAt($id: ID!, $at: DateTimeISO) {\n    compound(id: $id) {\n      uncoveredZones(at: $at) {\n        buildings {\n          id\n        }\n        areas {\n          key\n        }\n      }\n    }\n  }\n": typeof types.PropertyContractsUncoveredAtDocument,
    "\n  query PropertyDemoLiulangZones($id: ID!) {\n    compound(id: $id) {\n      uncoveredZones {\n        buildings {\n          id\n        }\n        areas {\n          key\n        }\n      }\n      commonAreas {\n        key\n      }\n      serviceContracts {\n        id\n      }\n    }\n  }\n": typeof types.PropertyDemoLiulangZonesDocument,
    "\n  query PropertyDemoLiulangOrders($id: ID!) {\n    workOrders(compoundId: $id, first: 100) {\n      totalCount\n      edges {\n        node {\n          status\n          overdue\n          areaKey\n          company {\n            id\n          }\n          building {\n            id\n            responsibleCompany {\n              id\n            }\n          }\n          history {\n            action\n          }\n        }\n      }\n    }\n  }\n": typeof types.PropertyDemoLiulangOrdersDocument,
    "\n  query PropertyDemoResponsibleForArea($id: ID!, $a: String) {\n    compound(id: $id) {\n      responsibleCompany(areaKey: $a) {\n        id\n      }\n    }\n  }\n": typeof types.PropertyDemoResponsibleForAreaDocument,
    "\n  query PropertyDemoOrderPage($id: ID!, $first: Int) {\n    workOrders(compoundId: $id, first: $first) {\n      edges {\n        node {\n          id\n          overdue\n          company {\n            name\n            staff {\n              id\n            }\n          }\n          assignee {\n            name\n          }\n          history {\n            action\n          }\n          building {\n            responsibleCompany {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PropertyDemoOrderPageDocument,
    "\n  mutation PropertyAddStaffMember($input: AddStaffMemberInput!) {\n    addStaffMember(input: $input) {\n      id\n      name\n      title\n      companyId\n    }\n  }\n": typeof types.PropertyAddStaffMemberDocument,
    "\n  fragment PropertyWorkOrderFields on WorkOrder {\n    id\n    kind\n    status\n    description\n    priority\n    category\n    areaKey\n    locationDetail\n    submittedAt\n    slaDeadline\n    overdue\n    resolvedAt\n    closedAt\n    rating\n    reopenCount\n    residentId\n    contactName\n    contactPhone\n    company {\n      id\n    }\n    building {\n      id\n    }\n    assignee {\n      id\n      name\n    }\n    history {\n      fromStatus\n      toStatus\n      action\n      actor\n      at\n      note\n    }\n  }\n": typeof types.PropertyWorkOrderFieldsFragmentDoc,
    "\n  mutation PropertyAcceptWorkOrder($id: ID!) {\n    order: acceptWorkOrder(id: $id) {\n      ...PropertyWorkOrderFields\n    }\n  }\n": typeof types.PropertyAcceptWorkOrderDocument,
    "\n  mutation PropertyDispatchWorkOrder($id: ID!, $assigneeId: ID!) {\n    order: dispatchWorkOrder(id: $id, assigneeId: $assigneeId) {\n      ...PropertyWorkOrderFields\n    }\n  }\n": typeof types.PropertyDispatchWorkOrderDocument,
    "\n  mutation PropertyStartWorkOrder($id: ID!) {\n    order: startWorkOrder(id: $id) {\n      ...PropertyWorkOrderFields\n    }\n  }\n": typeof types.PropertyStartWorkOrderDocument,
    "\n  mutation PropertyResolveWorkOrder($id: ID!, $note: String) {\n    order: resolveWorkOrder(id: $id, note: $note) {\n      ...PropertyWorkOrderFields\n    }\n  }\n": typeof types.PropertyResolveWorkOrderDocument,
    "\n  mutation PropertyConfirmWorkOrder($id: ID!, $rating: Int, $comment: String) {\n    order: confirmWorkOrder(id: $id, rating: $rating, comment: $comment) {\n      ...PropertyWorkOrderFields\n    }\n  }\n": typeof types.PropertyConfirmWorkOrderDocument,
    "\n  mutation PropertyReopenWorkOrder($id: ID!, $reason: String!) {\n    order: reopenWorkOrder(id: $id, reason: $reason) {\n      ...PropertyWorkOrderFields\n    }\n  }\n": typeof types.PropertyReopenWorkOrderDocument,
    "\n  mutation PropertyCancelWorkOrder($id: ID!, $reason: String) {\n    order: cancelWorkOrder(id: $id, reason: $reason) {\n      ...PropertyWorkOrderFields\n    }\n  }\n": typeof types.PropertyCancelWorkOrderDocument,
    "\n  mutation PropertyReportIssue($i: ReportIssueInput!) {\n    reportIssue(input: $i) {\n      id\n    }\n  }\n": typeof types.PropertyReportIssueDocument,
    "\n  mutation PropertyRespondToReport($id: ID!) {\n    respondToIssueReport(id: $id) {\n      id\n    }\n  }\n": typeof types.PropertyRespondToReportDocument,
    "\n  fragment PropertyHandoversReportFields on IssueReport {\n    id\n    status\n    path\n    source\n    workOrderId\n    workOrderOutcome\n    workOrderOutcomeAt\n    resolvedAt\n    satisfaction\n    closedAt\n    sourceIntakeId\n    propertyHandover {\n      status\n      workOrderId\n      error\n      attempts\n    }\n    entries {\n      kind\n      note\n      by\n    }\n  }\n": typeof types.PropertyHandoversReportFieldsFragmentDoc,
    "\n  fragment PropertyHandoversWorkOrderFields on WorkOrder {\n    id\n    kind\n    status\n    areaKey\n    category\n    priority\n    description\n    contactName\n    company {\n      id\n      name\n    }\n    building {\n      id\n    }\n    history {\n      action\n      toStatus\n      actor\n    }\n  }\n": typeof types.PropertyHandoversWorkOrderFieldsFragmentDoc,
    "\n  mutation PropertyIntakeRecord($input: RecordAfterHoursIntakeInput!) {\n    recordAfterHoursIntake(input: $input) {\n      id\n      receivedAt\n      text\n      callerName\n      callerPhone\n      gridHandback\n      station {\n        id\n      }\n      workOrder {\n        id\n        kind\n        status\n        description\n        contactName\n        company {\n          id\n        }\n        building {\n          id\n        }\n        history {\n          action\n          actor\n        }\n      }\n    }\n  }\n": typeof types.PropertyIntakeRecordDocument,
    "\n  query PropertyIntakeCaller($id: ID!) {\n    afterHoursIntake(id: $id) {\n      text\n      callerName\n      callerPhone\n    }\n  }\n": typeof types.PropertyIntakeCallerDocument,
    "\n  query PropertyIntakeText($id: ID!) {\n    afterHoursIntake(id: $id) {\n      text\n    }\n  }\n": typeof types.PropertyIntakeTextDocument,
    "\n  mutation PropertyIntakeSetCalendarDay($input: SetCalendarDayInput!) {\n    setCompoundCalendarDay(input: $input) {\n      day\n      kind\n    }\n  }\n": typeof types.PropertyIntakeSetCalendarDayDocument,
    "\n  mutation PropertyIntakePlanOpenDay($input: PlanServiceOpenDayInput!) {\n    planServiceOpenDay(input: $input) {\n      id\n      status\n      day\n      title\n      standards {\n        position\n        item\n        standard\n        fee {\n          fen\n          yuan\n        }\n        feeUnit\n      }\n    }\n  }\n": typeof types.PropertyIntakePlanOpenDayDocument,
    "\n  query PropertyIntakeOpenDaysSeen($id: ID!) {\n    compound(id: $id) {\n      serviceOpenDays {\n        id\n        status\n        publishedAt\n        company {\n          name\n        }\n        standards {\n          item\n        }\n      }\n    }\n  }\n": typeof types.PropertyIntakeOpenDaysSeenDocument,
    "\n  mutation PropertyIntakePublishOpenDay($id: ID!) {\n    publishServiceOpenDay(id: $id) {\n      status\n      publishedAt\n    }\n  }\n": typeof types.PropertyIntakePublishOpenDayDocument,
    "\n  mutation PropertyHandoversWorkersHandOver($id: ID!) {\n    handIssueReportToProperty(id: $id) {\n      id\n    }\n  }\n": typeof types.PropertyHandoversWorkersHandOverDocument,
    "\n  query PropertyHandoversWorkersReport($id: ID!) {\n    issueReport(id: $id) {\n      status\n      workOrderOutcome\n      propertyHandover {\n        status\n        workOrderId\n      }\n      workOrders {\n        id\n        status\n        company {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PropertyHandoversWorkersReportDocument,
    "\n  mutation PropertyHandoversHandOver($id: ID!) {\n    handIssueReportToProperty(id: $id, note: \"物业负责\") {\n      ...PropertyHandoversReportFields\n    }\n  }\n": typeof types.PropertyHandoversHandOverDocument,
    "\n  query PropertyHandoversReport($id: ID!) {\n    issueReport(id: $id) {\n      ...PropertyHandoversReportFields\n    }\n  }\n": typeof types.PropertyHandoversReportDocument,
    "\n  query PropertyHandoversReportWithOrders($id: ID!) {\n    issueReport(id: $id) {\n      ...PropertyHandoversReportFields\n      workOrders {\n        ...PropertyHandoversWorkOrderFields\n      }\n    }\n  }\n": typeof types.PropertyHandoversReportWithOrdersDocument,
    "\n  query PropertyHandoversReportWithProgress($id: ID!) {\n    issueReport(id: $id) {\n      ...PropertyHandoversReportFields\n      workOrders {\n        status\n        assignee {\n          name\n        }\n        history {\n          action\n        }\n      }\n    }\n  }\n": typeof types.PropertyHandoversReportWithProgressDocument,
    "\n  mutation PropertyHandoversCreateResident($i: CreateResidentInput!) {\n    createResident(input: $i) {\n      id\n    }\n  }\n": typeof types.PropertyHandoversCreateResidentDocument,
    "\n  mutation PropertyHandoversCloseReport($id: ID!) {\n    closeIssueReport(id: $id, satisfaction: 5, comment: \"修好了\") {\n      status\n      satisfaction\n      closedAt\n    }\n  }\n": typeof types.PropertyHandoversCloseReportDocument,
    "\n  query PropertyHandoversReportAccess($id: ID!) {\n    issueReport(id: $id) {\n      id\n      reporterResident {\n        id\n        name\n        phone\n      }\n      workOrders {\n        id\n        status\n        areaKey\n        priority\n        company {\n          id\n        }\n        history {\n          action\n          actor\n        }\n      }\n    }\n  }\n": typeof types.PropertyHandoversReportAccessDocument,
    "\n  query PropertyHandoversWorkOrder($id: ID!) {\n    workOrder(id: $id) {\n      id\n    }\n  }\n": typeof types.PropertyHandoversWorkOrderDocument,
    "\n  query PropertyHandoversCompoundOrders($c: ID!) {\n    workOrders(compoundId: $c, first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PropertyHandoversCompoundOrdersDocument,
    "\n  mutation PropertyHandoversResolveReport($id: ID!) {\n    resolveIssueReport(id: $id, note: \"已联系自来水公司\") {\n      status\n      path\n    }\n  }\n": typeof types.PropertyHandoversResolveReportDocument,
    "\n  mutation PropertyHandoversRecordIntake($input: RecordAfterHoursIntakeInput!) {\n    recordAfterHoursIntake(input: $input) {\n      id\n      gridHandback\n      gridReportId\n    }\n  }\n": typeof types.PropertyHandoversRecordIntakeDocument,
    "\n  query PropertyHandoversIntake($id: ID!) {\n    afterHoursIntake(id: $id) {\n      gridHandback\n      gridHandbackError\n      gridReportId\n    }\n  }\n": typeof types.PropertyHandoversIntakeDocument,
    "\n  query PropertyHandoversSubmittedReports($c: ID!) {\n    issueReports(compoundId: $c, status: SUBMITTED, first: 100) {\n      edges {\n        node {\n          id\n          source\n          sourceIntakeId\n          area\n          description\n          reportedAt\n        }\n      }\n    }\n  }\n": typeof types.PropertyHandoversSubmittedReportsDocument,
    "\n  query PropertyHandoversReportsWithRepairs($c: ID!, $first: Int!) {\n    issueReports(compoundId: $c, first: $first) {\n      edges {\n        node {\n          id\n          propertyHandover {\n            status\n            workOrderId\n          }\n          workOrders {\n            id\n            status\n            company {\n              id\n              name\n            }\n            history {\n              action\n              actor\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PropertyHandoversReportsWithRepairsDocument,
    "\n  query PropertyStatsWorkOrders($from: DateTimeISO!, $to: DateTimeISO!, $companyId: ID, $compoundId: ID) {\n    workOrderStats(from: $from, to: $to, companyId: $companyId, compoundId: $compoundId) {\n      total\n      byCategory {\n        category\n        count\n      }\n      resolvedCount\n      onTimeCount\n      onTimeRate\n      medianSecondsToResolve\n      ratedCount\n      averageRating\n      everResolvedCount\n      reopenedCount\n      reopenRate\n    }\n  }\n": typeof types.PropertyStatsWorkOrdersDocument,
    "\n  mutation PropertyWorkOrdersCreate($input: CreateWorkOrderInput!) {\n    createWorkOrder(input: $input) {\n      ...PropertyWorkOrderFields\n    }\n  }\n": typeof types.PropertyWorkOrdersCreateDocument,
    "\n  query PropertyWorkOrdersGet($id: ID!) {\n    workOrder(id: $id) {\n      ...PropertyWorkOrderFields\n    }\n  }\n": typeof types.PropertyWorkOrdersGetDocument,
    "\n  query PropertyWorkOrdersOverdue($id: ID!) {\n    workOrder(id: $id) {\n      overdue\n    }\n  }\n": typeof types.PropertyWorkOrdersOverdueDocument,
    "\n  query PropertyWorkOrdersOfCompound($compoundId: ID, $after: String) {\n    workOrders(first: 7, after: $after, compoundId: $compoundId) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          company {\n            id\n          }\n          residentId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PropertyWorkOrdersOfCompoundDocument,
};
const documents: Documents = {
    "\n  query FederationCompound($id: ID!) {\n    compound(id: $id) {\n      id\n      name\n      nameZh\n      buildings {\n        id\n        number\n      }\n      ownersCommittee {\n        id\n        name\n        compound {\n          id\n          name\n        }\n      }\n      serviceContracts {\n        company {\n          name\n        }\n        startsOn\n      }\n      outlets {\n        kind\n        name\n        enterprise {\n          name\n        }\n      }\n    }\n  }\n": types.FederationCompoundDocument,
    "\n  query FederationCompoundNames($after: String) {\n    compounds(first: 5, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FederationCompoundNamesDocument,
    "\n  query FederationCompoundsPage($first: Int, $after: String) {\n    compounds(first: $first, after: $after) {\n      totalCount\n    }\n  }\n": types.FederationCompoundsPageDocument,
    "\n  query FederationCompoundById($id: ID!) {\n    compound(id: $id) {\n      id\n    }\n  }\n": types.FederationCompoundByIdDocument,
    "\n  mutation PropertyContractsCreate($input: CreateServiceContractInput!) {\n    createServiceContract(input: $input) {\n      id\n      startsOn\n      endsOn\n      company {\n        id\n      }\n      compound {\n        id\n      }\n      buildings {\n        id\n      }\n      areaKeys\n    }\n  }\n": types.PropertyContractsCreateDocument,
    "\n  mutation PropertyContractsCreateCompany($input: CreatePropertyCompanyInput!) {\n    createPropertyCompany(input: $input) {\n      id\n      name\n    }\n  }\n": types.PropertyContractsCreateCompanyDocument,
    "\n  query PropertyContractsResponsibilities($id: ID!, $b3: ID) {\n    compound(id: $id) {\n      buildings {\n        number\n        responsibleCompany {\n          id\n        }\n      }\n      east: responsibleCompany(areaKey: \"east-gate\") {\n        name\n      }\n      garage: responsibleCompany(areaKey: \"underground-garage\") {\n        name\n      }\n      b3: responsibleCompany(buildingId: $b3) {\n        name\n      }\n      uncoveredZones {\n        day\n        buildings {\n          id\n        }\n        areas {\n          key\n        }\n      }\n      serviceContracts {\n        id\n        company {\n          name\n        }\n        buildings {\n          id\n        }\n        areaKeys\n      }\n    }\n  }\n": types.PropertyContractsResponsibilitiesDocument,
    "\n  query PropertyContractsStationCompany($id: ID!) {\n    serviceStation(id: $id) {\n      id\n      propertyCompany {\n        name\n      }\n    }\n  }\n": types.PropertyContractsStationCompanyDocument,
    "\n  query PropertyContractsStaff($id: ID!) {\n    propertyCompany(id: $id) {\n      staff {\n        name\n      }\n    }\n  }\n": types.PropertyContractsStaffDocument,
    "\n  query PropertyContractsResponsibleAt($id: ID!, $b: ID!, $at: DateTimeISO) {\n    compound(id: $id) {\n      responsibleCompany(buildingId: $b, at: $at) {\n        id\n      }\n    }\n  }\n": types.PropertyContractsResponsibleAtDocument,
    "\n  mutation PropertyContractsEnd($id: ID!, $endsOn: String!) {\n    endServiceContract(id: $id, endsOn: $endsOn) {\n      id\n      endsOn\n    }\n  }\n": types.PropertyContractsEndDocument,
    "\n  mutation PropertyContractsDefineArea($input: DefineCommonAreaInput!) {\n    defineCommonArea(input: $input) {\n      compoundId\n      key\n      name\n      nameZh\n    }\n  }\n": types.PropertyContractsDefineAreaDocument,
    "\n  query PropertyContractsGaps($id: ID!) {\n    compound(id: $id) {\n      uncoveredZones {\n        buildings {\n          id\n        }\n        areas {\n          key\n          name\n        }\n      }\n    }\n  }\n": types.PropertyContractsGapsDocument,
    "\n  query PropertyContractsUncoveredAt($id: ID!, $at: DateTimeISO) {\n    compound(id: $id) {\n      uncoveredZones(at: $at) {\n        buildings {\n          id\n        }\n        areas {\n          key\n        }\n      }\n    }\n  }\n": types.PropertyContractsUncoveredAtDocument,
    "\n  query PropertyDemoLiulangZones($id: ID!) {\n    compound(id: $id) {\n      uncoveredZones {\n        buildings {\n          id\n        }\n        areas {\n          key\n        }\n      }\n      commonAreas {\n        key\n      }\n      serviceContracts {\n        id\n      }\n    }\n  }\n": types.PropertyDemoLiulangZonesDocument,
    "\n  query PropertyDemoLiulangOrders($id: ID!) {\n    workOrders(compoundId: $id, first: 100) {\n      totalCount\n      edges {\n        node {\n          status\n          overdue\n          areaKey\n          company {\n            id\n          }\n          building {\n            id\n            responsibleCompany {\n              id\n            }\n          }\n          history {\n            action\n          }\n        }\n      }\n    }\n  }\n": types.PropertyDemoLiulangOrdersDocument,
    "\n  query PropertyDemoResponsibleForArea($id: ID!, $a: String) {\n    compound(id: $id) {\n      responsibleCompany(areaKey: $a) {\n        id\n      }\n    }\n  }\n": types.PropertyDemoResponsibleForAreaDocument,
    "\n  query PropertyDemoOrderPage($id: ID!, $first: Int) {\n    workOrders(compoundId: $id, first: $first) {\n      edges {\n        node {\n          id\n          overdue\n          company {\n            name\n            staff {\n              id\n            }\n          }\n          assignee {\n            name\n          }\n          history {\n            action\n          }\n          building {\n            responsibleCompany {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PropertyDemoOrderPageDocument,
    "\n  mutation PropertyAddStaffMember($input: AddStaffMemberInput!) {\n    addStaffMember(input: $input) {\n      id\n      name\n      title\n      companyId\n    }\n  }\n": types.PropertyAddStaffMemberDocument,
    "\n  fragment PropertyWorkOrderFields on WorkOrder {\n    id\n    kind\n    status\n    description\n    priority\n    category\n    areaKey\n    locationDetail\n    submittedAt\n    slaDeadline\n    overdue\n    resolvedAt\n    closedAt\n    rating\n    reopenCount\n    residentId\n    contactName\n    contactPhone\n    company {\n      id\n    }\n    building {\n      id\n    }\n    assignee {\n      id\n      name\n    }\n    history {\n      fromStatus\n      toStatus\n      action\n      actor\n      at\n      note\n    }\n  }\n": types.PropertyWorkOrderFieldsFragmentDoc,
    "\n  mutation PropertyAcceptWorkOrder($id: ID!) {\n    order: acceptWorkOrder(id: $id) {\n      ...PropertyWorkOrderFields\n    }\n  }\n": types.PropertyAcceptWorkOrderDocument,
    "\n  mutation PropertyDispatchWorkOrder($id: ID!, $assigneeId: ID!) {\n    order: dispatchWorkOrder(id: $id, assigneeId: $assigneeId) {\n      ...PropertyWorkOrderFields\n    }\n  }\n": types.PropertyDispatchWorkOrderDocument,
    "\n  mutation PropertyStartWorkOrder($id: ID!) {\n    order: startWorkOrder(id: $id) {\n      ...PropertyWorkOrderFields\n    }\n  }\n": types.PropertyStartWorkOrderDocument,
    "\n  mutation PropertyResolveWorkOrder($id: ID!, $note: String) {\n    order: resolveWorkOrder(id: $id, note: $note) {\n      ...PropertyWorkOrderFields\n    }\n  }\n": types.PropertyResolveWorkOrderDocument,
    "\n  mutation PropertyConfirmWorkOrder($id: ID!, $rating: Int, $comment: String) {\n    order: confirmWorkOrder(id: $id, rating: $rating, comment: $comment) {\n      ...PropertyWorkOrderFields\n    }\n  }\n": types.PropertyConfirmWorkOrderDocument,
    "\n  mutation PropertyReopenWorkOrder($id: ID!, $reason: String!) {\n    order: reopenWorkOrder(id: $id, reason: $reason) {\n      ...PropertyWorkOrderFields\n    }\n  }\n": types.PropertyReopenWorkOrderDocument,
    "\n  mutation PropertyCancelWorkOrder($id: ID!, $reason: String) {\n    order: cancelWorkOrder(id: $id, reason: $reason) {\n      ...PropertyWorkOrderFields\n    }\n  }\n": types.PropertyCancelWorkOrderDocument,
    "\n  mutation PropertyReportIssue($i: ReportIssueInput!) {\n    reportIssue(input: $i) {\n      id\n    }\n  }\n": types.PropertyReportIssueDocument,
    "\n  mutation PropertyRespondToReport($id: ID!) {\n    respondToIssueReport(id: $id) {\n      id\n    }\n  }\n": types.PropertyRespondToReportDocument,
    "\n  fragment PropertyHandoversReportFields on IssueReport {\n    id\n    status\n    path\n    source\n    workOrderId\n    workOrderOutcome\n    workOrderOutcomeAt\n    resolvedAt\n    satisfaction\n    closedAt\n    sourceIntakeId\n    propertyHandover {\n      status\n      workOrderId\n      error\n      attempts\n    }\n    entries {\n      kind\n      note\n      by\n    }\n  }\n": types.PropertyHandoversReportFieldsFragmentDoc,
    "\n  fragment PropertyHandoversWorkOrderFields on WorkOrder {\n    id\n    kind\n    status\n    areaKey\n    category\n    priority\n    description\n    contactName\n    company {\n      id\n      name\n    }\n    building {\n      id\n    }\n    history {\n      action\n      toStatus\n      actor\n    }\n  }\n": types.PropertyHandoversWorkOrderFieldsFragmentDoc,
    "\n  mutation PropertyIntakeRecord($input: RecordAfterHoursIntakeInput!) {\n    recordAfterHoursIntake(input: $input) {\n      id\n      receivedAt\n      text\n      callerName\n      callerPhone\n      gridHandback\n      station {\n        id\n      }\n      workOrder {\n        id\n        kind\n        status\n        description\n        contactName\n        company {\n          id\n        }\n        building {\n          id\n        }\n        history {\n          action\n          actor\n        }\n      }\n    }\n  }\n": types.PropertyIntakeRecordDocument,
    "\n  query PropertyIntakeCaller($id: ID!) {\n    afterHoursIntake(id: $id) {\n      text\n      callerName\n      callerPhone\n    }\n  }\n": types.PropertyIntakeCallerDocument,
    "\n  query PropertyIntakeText($id: ID!) {\n    afterHoursIntake(id: $id) {\n      text\n    }\n  }\n": types.PropertyIntakeTextDocument,
    "\n  mutation PropertyIntakeSetCalendarDay($input: SetCalendarDayInput!) {\n    setCompoundCalendarDay(input: $input) {\n      day\n      kind\n    }\n  }\n": types.PropertyIntakeSetCalendarDayDocument,
    "\n  mutation PropertyIntakePlanOpenDay($input: PlanServiceOpenDayInput!) {\n    planServiceOpenDay(input: $input) {\n      id\n      status\n      day\n      title\n      standards {\n        position\n        item\n        standard\n        fee {\n          fen\n          yuan\n        }\n        feeUnit\n      }\n    }\n  }\n": types.PropertyIntakePlanOpenDayDocument,
    "\n  query PropertyIntakeOpenDaysSeen($id: ID!) {\n    compound(id: $id) {\n      serviceOpenDays {\n        id\n        status\n        publishedAt\n        company {\n          name\n        }\n        standards {\n          item\n        }\n      }\n    }\n  }\n": types.PropertyIntakeOpenDaysSeenDocument,
    "\n  mutation PropertyIntakePublishOpenDay($id: ID!) {\n    publishServiceOpenDay(id: $id) {\n      status\n      publishedAt\n    }\n  }\n": types.PropertyIntakePublishOpenDayDocument,
    "\n  mutation PropertyHandoversWorkersHandOver($id: ID!) {\n    handIssueReportToProperty(id: $id) {\n      id\n    }\n  }\n": types.PropertyHandoversWorkersHandOverDocument,
    "\n  query PropertyHandoversWorkersReport($id: ID!) {\n    issueReport(id: $id) {\n      status\n      workOrderOutcome\n      propertyHandover {\n        status\n        workOrderId\n      }\n      workOrders {\n        id\n        status\n        company {\n          id\n        }\n      }\n    }\n  }\n": types.PropertyHandoversWorkersReportDocument,
    "\n  mutation PropertyHandoversHandOver($id: ID!) {\n    handIssueReportToProperty(id: $id, note: \"物业负责\") {\n      ...PropertyHandoversReportFields\n    }\n  }\n": types.PropertyHandoversHandOverDocument,
    "\n  query PropertyHandoversReport($id: ID!) {\n    issueReport(id: $id) {\n      ...PropertyHandoversReportFields\n    }\n  }\n": types.PropertyHandoversReportDocument,
    "\n  query PropertyHandoversReportWithOrders($id: ID!) {\n    issueReport(id: $id) {\n      ...PropertyHandoversReportFields\n      workOrders {\n        ...PropertyHandoversWorkOrderFields\n      }\n    }\n  }\n": types.PropertyHandoversReportWithOrdersDocument,
    "\n  query PropertyHandoversReportWithProgress($id: ID!) {\n    issueReport(id: $id) {\n      ...PropertyHandoversReportFields\n      workOrders {\n        status\n        assignee {\n          name\n        }\n        history {\n          action\n        }\n      }\n    }\n  }\n": types.PropertyHandoversReportWithProgressDocument,
    "\n  mutation PropertyHandoversCreateResident($i: CreateResidentInput!) {\n    createResident(input: $i) {\n      id\n    }\n  }\n": types.PropertyHandoversCreateResidentDocument,
    "\n  mutation PropertyHandoversCloseReport($id: ID!) {\n    closeIssueReport(id: $id, satisfaction: 5, comment: \"修好了\") {\n      status\n      satisfaction\n      closedAt\n    }\n  }\n": types.PropertyHandoversCloseReportDocument,
    "\n  query PropertyHandoversReportAccess($id: ID!) {\n    issueReport(id: $id) {\n      id\n      reporterResident {\n        id\n        name\n        phone\n      }\n      workOrders {\n        id\n        status\n        areaKey\n        priority\n        company {\n          id\n        }\n        history {\n          action\n          actor\n        }\n      }\n    }\n  }\n": types.PropertyHandoversReportAccessDocument,
    "\n  query PropertyHandoversWorkOrder($id: ID!) {\n    workOrder(id: $id) {\n      id\n    }\n  }\n": types.PropertyHandoversWorkOrderDocument,
    "\n  query PropertyHandoversCompoundOrders($c: ID!) {\n    workOrders(compoundId: $c, first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.PropertyHandoversCompoundOrdersDocument,
    "\n  mutation PropertyHandoversResolveReport($id: ID!) {\n    resolveIssueReport(id: $id, note: \"已联系自来水公司\") {\n      status\n      path\n    }\n  }\n": types.PropertyHandoversResolveReportDocument,
    "\n  mutation PropertyHandoversRecordIntake($input: RecordAfterHoursIntakeInput!) {\n    recordAfterHoursIntake(input: $input) {\n      id\n      gridHandback\n      gridReportId\n    }\n  }\n": types.PropertyHandoversRecordIntakeDocument,
    "\n  query PropertyHandoversIntake($id: ID!) {\n    afterHoursIntake(id: $id) {\n      gridHandback\n      gridHandbackError\n      gridReportId\n    }\n  }\n": types.PropertyHandoversIntakeDocument,
    "\n  query PropertyHandoversSubmittedReports($c: ID!) {\n    issueReports(compoundId: $c, status: SUBMITTED, first: 100) {\n      edges {\n        node {\n          id\n          source\n          sourceIntakeId\n          area\n          description\n          reportedAt\n        }\n      }\n    }\n  }\n": types.PropertyHandoversSubmittedReportsDocument,
    "\n  query PropertyHandoversReportsWithRepairs($c: ID!, $first: Int!) {\n    issueReports(compoundId: $c, first: $first) {\n      edges {\n        node {\n          id\n          propertyHandover {\n            status\n            workOrderId\n          }\n          workOrders {\n            id\n            status\n            company {\n              id\n              name\n            }\n            history {\n              action\n              actor\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PropertyHandoversReportsWithRepairsDocument,
    "\n  query PropertyStatsWorkOrders($from: DateTimeISO!, $to: DateTimeISO!, $companyId: ID, $compoundId: ID) {\n    workOrderStats(from: $from, to: $to, companyId: $companyId, compoundId: $compoundId) {\n      total\n      byCategory {\n        category\n        count\n      }\n      resolvedCount\n      onTimeCount\n      onTimeRate\n      medianSecondsToResolve\n      ratedCount\n      averageRating\n      everResolvedCount\n      reopenedCount\n      reopenRate\n    }\n  }\n": types.PropertyStatsWorkOrdersDocument,
    "\n  mutation PropertyWorkOrdersCreate($input: CreateWorkOrderInput!) {\n    createWorkOrder(input: $input) {\n      ...PropertyWorkOrderFields\n    }\n  }\n": types.PropertyWorkOrdersCreateDocument,
    "\n  query PropertyWorkOrdersGet($id: ID!) {\n    workOrder(id: $id) {\n      ...PropertyWorkOrderFields\n    }\n  }\n": types.PropertyWorkOrdersGetDocument,
    "\n  query PropertyWorkOrdersOverdue($id: ID!) {\n    workOrder(id: $id) {\n      overdue\n    }\n  }\n": types.PropertyWorkOrdersOverdueDocument,
    "\n  query PropertyWorkOrdersOfCompound($compoundId: ID, $after: String) {\n    workOrders(first: 7, after: $after, compoundId: $compoundId) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          company {\n            id\n          }\n          residentId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PropertyWorkOrdersOfCompoundDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FederationCompound($id: ID!) {\n    compound(id: $id) {\n      id\n      name\n      nameZh\n      buildings {\n        id\n        number\n      }\n      ownersCommittee {\n        id\n        name\n        compound {\n          id\n          name\n        }\n      }\n      serviceContracts {\n        company {\n          name\n        }\n        startsOn\n      }\n      outlets {\n        kind\n        name\n        enterprise {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FederationCompoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FederationCompoundNames($after: String) {\n    compounds(first: 5, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').FederationCompoundNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FederationCompoundsPage($first: Int, $after: String) {\n    compounds(first: $first, after: $after) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').FederationCompoundsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FederationCompoundById($id: ID!) {\n    compound(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').FederationCompoundByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropertyContractsCreate($input: CreateServiceContractInput!) {\n    createServiceContract(input: $input) {\n      id\n      startsOn\n      endsOn\n      company {\n        id\n      }\n      compound {\n        id\n      }\n      buildings {\n        id\n      }\n      areaKeys\n    }\n  }\n"): typeof import('./graphql').PropertyContractsCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropertyContractsCreateCompany($input: CreatePropertyCompanyInput!) {\n    createPropertyCompany(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').PropertyContractsCreateCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropertyContractsResponsibilities($id: ID!, $b3: ID) {\n    compound(id: $id) {\n      buildings {\n        number\n        responsibleCompany {\n          id\n        }\n      }\n      east: responsibleCompany(areaKey: \"east-gate\") {\n        name\n      }\n      garage: responsibleCompany(areaKey: \"underground-garage\") {\n        name\n      }\n      b3: responsibleCompany(buildingId: $b3) {\n        name\n      }\n      uncoveredZones {\n        day\n        buildings {\n          id\n        }\n        areas {\n          key\n        }\n      }\n      serviceContracts {\n        id\n        company {\n          name\n        }\n        buildings {\n          id\n        }\n        areaKeys\n      }\n    }\n  }\n"): typeof import('./graphql').PropertyContractsResponsibilitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropertyContractsStationCompany($id: ID!) {\n    serviceStation(id: $id) {\n      id\n      propertyCompany {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').PropertyContractsStationCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropertyContractsStaff($id: ID!) {\n    propertyCompany(id: $id) {\n      staff {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').PropertyContractsStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropertyContractsResponsibleAt($id: ID!, $b: ID!, $at: DateTimeISO) {\n    compound(id: $id) {\n      responsibleCompany(buildingId: $b, at: $at) {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').PropertyContractsResponsibleAtDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropertyContractsEnd($id: ID!, $endsOn: String!) {\n    endServiceContract(id: $id, endsOn: $endsOn) {\n      id\n      endsOn\n    }\n  }\n"): typeof import('./graphql').PropertyContractsEndDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropertyContractsDefineArea($input: DefineCommonAreaInput!) {\n    defineCommonArea(input: $input) {\n      compoundId\n      key\n      name\n      nameZh\n    }\n  }\n"): typeof import('./graphql').PropertyContractsDefineAreaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropertyContractsGaps($id: ID!) {\n    compound(id: $id) {\n      uncoveredZones {\n        buildings {\n          id\n        }\n        areas {\n          key\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PropertyContractsGapsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropertyContractsUncoveredAt($id: ID!, $at: DateTimeISO) {\n    compound(id: $id) {\n      uncoveredZones(at: $at) {\n        buildings {\n          id\n        }\n        areas {\n          key\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PropertyContractsUncoveredAtDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropertyDemoLiulangZones($id: ID!) {\n    compound(id: $id) {\n      uncoveredZones {\n        buildings {\n          id\n        }\n        areas {\n          key\n        }\n      }\n      commonAreas {\n        key\n      }\n      serviceContracts {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').PropertyDemoLiulangZonesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropertyDemoLiulangOrders($id: ID!) {\n    workOrders(compoundId: $id, first: 100) {\n      totalCount\n      edges {\n        node {\n          status\n          overdue\n          areaKey\n          company {\n            id\n          }\n          building {\n            id\n            responsibleCompany {\n              id\n            }\n          }\n          history {\n            action\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PropertyDemoLiulangOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropertyDemoResponsibleForArea($id: ID!, $a: String) {\n    compound(id: $id) {\n      responsibleCompany(areaKey: $a) {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').PropertyDemoResponsibleForAreaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropertyDemoOrderPage($id: ID!, $first: Int) {\n    workOrders(compoundId: $id, first: $first) {\n      edges {\n        node {\n          id\n          overdue\n          company {\n            name\n            staff {\n              id\n            }\n          }\n          assignee {\n            name\n          }\n          history {\n            action\n          }\n          building {\n            responsibleCompany {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PropertyDemoOrderPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropertyAddStaffMember($input: AddStaffMemberInput!) {\n    addStaffMember(input: $input) {\n      id\n      name\n      title\n      companyId\n    }\n  }\n"): typeof import('./graphql').PropertyAddStaffMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PropertyWorkOrderFields on WorkOrder {\n    id\n    kind\n    status\n    description\n    priority\n    category\n    areaKey\n    locationDetail\n    submittedAt\n    slaDeadline\n    overdue\n    resolvedAt\n    closedAt\n    rating\n    reopenCount\n    residentId\n    contactName\n    contactPhone\n    company {\n      id\n    }\n    building {\n      id\n    }\n    assignee {\n      id\n      name\n    }\n    history {\n      fromStatus\n      toStatus\n      action\n      actor\n      at\n      note\n    }\n  }\n"): typeof import('./graphql').PropertyWorkOrderFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropertyAcceptWorkOrder($id: ID!) {\n    order: acceptWorkOrder(id: $id) {\n      ...PropertyWorkOrderFields\n    }\n  }\n"): typeof import('./graphql').PropertyAcceptWorkOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropertyDispatchWorkOrder($id: ID!, $assigneeId: ID!) {\n    order: dispatchWorkOrder(id: $id, assigneeId: $assigneeId) {\n      ...PropertyWorkOrderFields\n    }\n  }\n"): typeof import('./graphql').PropertyDispatchWorkOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropertyStartWorkOrder($id: ID!) {\n    order: startWorkOrder(id: $id) {\n      ...PropertyWorkOrderFields\n    }\n  }\n"): typeof import('./graphql').PropertyStartWorkOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropertyResolveWorkOrder($id: ID!, $note: String) {\n    order: resolveWorkOrder(id: $id, note: $note) {\n      ...PropertyWorkOrderFields\n    }\n  }\n"): typeof import('./graphql').PropertyResolveWorkOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropertyConfirmWorkOrder($id: ID!, $rating: Int, $comment: String) {\n    order: confirmWorkOrder(id: $id, rating: $rating, comment: $comment) {\n      ...PropertyWorkOrderFields\n    }\n  }\n"): typeof import('./graphql').PropertyConfirmWorkOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropertyReopenWorkOrder($id: ID!, $reason: String!) {\n    order: reopenWorkOrder(id: $id, reason: $reason) {\n      ...PropertyWorkOrderFields\n    }\n  }\n"): typeof import('./graphql').PropertyReopenWorkOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropertyCancelWorkOrder($id: ID!, $reason: String) {\n    order: cancelWorkOrder(id: $id, reason: $reason) {\n      ...PropertyWorkOrderFields\n    }\n  }\n"): typeof import('./graphql').PropertyCancelWorkOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropertyReportIssue($i: ReportIssueInput!) {\n    reportIssue(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql').PropertyReportIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropertyRespondToReport($id: ID!) {\n    respondToIssueReport(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').PropertyRespondToReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PropertyHandoversReportFields on IssueReport {\n    id\n    status\n    path\n    source\n    workOrderId\n    workOrderOutcome\n    workOrderOutcomeAt\n    resolvedAt\n    satisfaction\n    closedAt\n    sourceIntakeId\n    propertyHandover {\n      status\n      workOrderId\n      error\n      attempts\n    }\n    entries {\n      kind\n      note\n      by\n    }\n  }\n"): typeof import('./graphql').PropertyHandoversReportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PropertyHandoversWorkOrderFields on WorkOrder {\n    id\n    kind\n    status\n    areaKey\n    category\n    priority\n    description\n    contactName\n    company {\n      id\n      name\n    }\n    building {\n      id\n    }\n    history {\n      action\n      toStatus\n      actor\n    }\n  }\n"): typeof import('./graphql').PropertyHandoversWorkOrderFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropertyIntakeRecord($input: RecordAfterHoursIntakeInput!) {\n    recordAfterHoursIntake(input: $input) {\n      id\n      receivedAt\n      text\n      callerName\n      callerPhone\n      gridHandback\n      station {\n        id\n      }\n      workOrder {\n        id\n        kind\n        status\n        description\n        contactName\n        company {\n          id\n        }\n        building {\n          id\n        }\n        history {\n          action\n          actor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PropertyIntakeRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropertyIntakeCaller($id: ID!) {\n    afterHoursIntake(id: $id) {\n      text\n      callerName\n      callerPhone\n    }\n  }\n"): typeof import('./graphql').PropertyIntakeCallerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropertyIntakeText($id: ID!) {\n    afterHoursIntake(id: $id) {\n      text\n    }\n  }\n"): typeof import('./graphql').PropertyIntakeTextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropertyIntakeSetCalendarDay($input: SetCalendarDayInput!) {\n    setCompoundCalendarDay(input: $input) {\n      day\n      kind\n    }\n  }\n"): typeof import('./graphql').PropertyIntakeSetCalendarDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropertyIntakePlanOpenDay($input: PlanServiceOpenDayInput!) {\n    planServiceOpenDay(input: $input) {\n      id\n      status\n      day\n      title\n      standards {\n        position\n        item\n        standard\n        fee {\n          fen\n          yuan\n        }\n        feeUnit\n      }\n    }\n  }\n"): typeof import('./graphql').PropertyIntakePlanOpenDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropertyIntakeOpenDaysSeen($id: ID!) {\n    compound(id: $id) {\n      serviceOpenDays {\n        id\n        status\n        publishedAt\n        company {\n          name\n        }\n        standards {\n          item\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PropertyIntakeOpenDaysSeenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropertyIntakePublishOpenDay($id: ID!) {\n    publishServiceOpenDay(id: $id) {\n      status\n      publishedAt\n    }\n  }\n"): typeof import('./graphql').PropertyIntakePublishOpenDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropertyHandoversWorkersHandOver($id: ID!) {\n    handIssueReportToProperty(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').PropertyHandoversWorkersHandOverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropertyHandoversWorkersReport($id: ID!) {\n    issueReport(id: $id) {\n      status\n      workOrderOutcome\n      propertyHandover {\n        status\n        workOrderId\n      }\n      workOrders {\n        id\n        status\n        company {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PropertyHandoversWorkersReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropertyHandoversHandOver($id: ID!) {\n    handIssueReportToProperty(id: $id, note: \"物业负责\") {\n      ...PropertyHandoversReportFields\n    }\n  }\n"): typeof import('./graphql').PropertyHandoversHandOverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropertyHandoversReport($id: ID!) {\n    issueReport(id: $id) {\n      ...PropertyHandoversReportFields\n    }\n  }\n"): typeof import('./graphql').PropertyHandoversReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropertyHandoversReportWithOrders($id: ID!) {\n    issueReport(id: $id) {\n      ...PropertyHandoversReportFields\n      workOrders {\n        ...PropertyHandoversWorkOrderFields\n      }\n    }\n  }\n"): typeof import('./graphql').PropertyHandoversReportWithOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropertyHandoversReportWithProgress($id: ID!) {\n    issueReport(id: $id) {\n      ...PropertyHandoversReportFields\n      workOrders {\n        status\n        assignee {\n          name\n        }\n        history {\n          action\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PropertyHandoversReportWithProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropertyHandoversCreateResident($i: CreateResidentInput!) {\n    createResident(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql').PropertyHandoversCreateResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropertyHandoversCloseReport($id: ID!) {\n    closeIssueReport(id: $id, satisfaction: 5, comment: \"修好了\") {\n      status\n      satisfaction\n      closedAt\n    }\n  }\n"): typeof import('./graphql').PropertyHandoversCloseReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropertyHandoversReportAccess($id: ID!) {\n    issueReport(id: $id) {\n      id\n      reporterResident {\n        id\n        name\n        phone\n      }\n      workOrders {\n        id\n        status\n        areaKey\n        priority\n        company {\n          id\n        }\n        history {\n          action\n          actor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PropertyHandoversReportAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropertyHandoversWorkOrder($id: ID!) {\n    workOrder(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').PropertyHandoversWorkOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropertyHandoversCompoundOrders($c: ID!) {\n    workOrders(compoundId: $c, first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PropertyHandoversCompoundOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropertyHandoversResolveReport($id: ID!) {\n    resolveIssueReport(id: $id, note: \"已联系自来水公司\") {\n      status\n      path\n    }\n  }\n"): typeof import('./graphql').PropertyHandoversResolveReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropertyHandoversRecordIntake($input: RecordAfterHoursIntakeInput!) {\n    recordAfterHoursIntake(input: $input) {\n      id\n      gridHandback\n      gridReportId\n    }\n  }\n"): typeof import('./graphql').PropertyHandoversRecordIntakeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropertyHandoversIntake($id: ID!) {\n    afterHoursIntake(id: $id) {\n      gridHandback\n      gridHandbackError\n      gridReportId\n    }\n  }\n"): typeof import('./graphql').PropertyHandoversIntakeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropertyHandoversSubmittedReports($c: ID!) {\n    issueReports(compoundId: $c, status: SUBMITTED, first: 100) {\n      edges {\n        node {\n          id\n          source\n          sourceIntakeId\n          area\n          description\n          reportedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PropertyHandoversSubmittedReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropertyHandoversReportsWithRepairs($c: ID!, $first: Int!) {\n    issueReports(compoundId: $c, first: $first) {\n      edges {\n        node {\n          id\n          propertyHandover {\n            status\n            workOrderId\n          }\n          workOrders {\n            id\n            status\n            company {\n              id\n              name\n            }\n            history {\n              action\n              actor\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PropertyHandoversReportsWithRepairsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropertyStatsWorkOrders($from: DateTimeISO!, $to: DateTimeISO!, $companyId: ID, $compoundId: ID) {\n    workOrderStats(from: $from, to: $to, companyId: $companyId, compoundId: $compoundId) {\n      total\n      byCategory {\n        category\n        count\n      }\n      resolvedCount\n      onTimeCount\n      onTimeRate\n      medianSecondsToResolve\n      ratedCount\n      averageRating\n      everResolvedCount\n      reopenedCount\n      reopenRate\n    }\n  }\n"): typeof import('./graphql').PropertyStatsWorkOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropertyWorkOrdersCreate($input: CreateWorkOrderInput!) {\n    createWorkOrder(input: $input) {\n      ...PropertyWorkOrderFields\n    }\n  }\n"): typeof import('./graphql').PropertyWorkOrdersCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropertyWorkOrdersGet($id: ID!) {\n    workOrder(id: $id) {\n      ...PropertyWorkOrderFields\n    }\n  }\n"): typeof import('./graphql').PropertyWorkOrdersGetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropertyWorkOrdersOverdue($id: ID!) {\n    workOrder(id: $id) {\n      overdue\n    }\n  }\n"): typeof import('./graphql').PropertyWorkOrdersOverdueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropertyWorkOrdersOfCompound($compoundId: ID, $after: String) {\n    workOrders(first: 7, after: $after, compoundId: $compoundId) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          company {\n            id\n          }\n          residentId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').PropertyWorkOrdersOfCompoundDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
