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
    "\n  fragment ListConventionsPageInfo on PageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n": typeof types.ListConventionsPageInfoFragmentDoc,
    "\n  query ListConventionsReportsPage($c: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: IssueReportOrder) {\n    issueReports(compoundId: $c, first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...ListConventionsPageInfo\n      }\n    }\n  }\n": typeof types.ListConventionsReportsPageDocument,
    "\n  query ListConventionsWorkOrdersPage($co: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: WorkOrderOrder) {\n    workOrders(companyId: $co, first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...ListConventionsPageInfo\n      }\n    }\n  }\n": typeof types.ListConventionsWorkOrdersPageDocument,
    "\n  query ListConventionsResidentsPage($c: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: ResidentOrder) {\n    compound(id: $c) {\n      residents(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n          }\n        }\n        pageInfo {\n          ...ListConventionsPageInfo\n        }\n      }\n    }\n  }\n": typeof types.ListConventionsResidentsPageDocument,
    "\n  query ListConventionsFundEntriesPage($c: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: FundEntryOrder) {\n    publicFund(compoundId: $c) {\n      entries(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n          }\n        }\n        pageInfo {\n          ...ListConventionsPageInfo\n        }\n      }\n    }\n  }\n": typeof types.ListConventionsFundEntriesPageDocument,
    "\n  query ListConventionsSettlementsPage($o: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: SettlementOrder) {\n    settlements(outletId: $o, first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...ListConventionsPageInfo\n      }\n    }\n  }\n": typeof types.ListConventionsSettlementsPageDocument,
    "\n  query ListConventionsMealsPage($o: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: MealOrder) {\n    meals(outletId: $o, first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...ListConventionsPageInfo\n      }\n    }\n  }\n": typeof types.ListConventionsMealsPageDocument,
    "\n  query ListConventionsCompaniesPage($first: Int, $after: String, $last: Int, $before: String) {\n    propertyCompanies(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...ListConventionsPageInfo\n      }\n    }\n  }\n": typeof types.ListConventionsCompaniesPageDocument,
    "\n  query ListConventionsCompanyNames {\n    propertyCompanies(first: 10) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n": typeof types.ListConventionsCompanyNamesDocument,
    "\n  query ListConventionsCompanyCount {\n    propertyCompanies(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.ListConventionsCompanyCountDocument,
    "\n  query ListConventionsOverdueWorkOrders($co: ID!) {\n    workOrders(companyId: $co, overdue: true, orderBy: { field: SLA_DEADLINE }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          overdue\n        }\n      }\n    }\n  }\n": typeof types.ListConventionsOverdueWorkOrdersDocument,
    "\n  query ListConventionsEveryWorkOrderFilter($co: ID!, $c: ID!) {\n    workOrders(\n      companyId: $co\n      compoundId: $c\n      statuses: [SUBMITTED, ACCEPTED, RESOLVED, CONFIRMED]\n      priorities: [NORMAL, LOW]\n      overdue: false\n      period: { from: \"2026-10-01\", to: \"2026-11-21\" }\n      orderBy: { field: PRIORITY, direction: DESC }\n      first: 100\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ListConventionsEveryWorkOrderFilterDocument,
    "\n  query ListConventionsFilteredReports($c: ID!, $statuses: [IssueStatus!], $overdue: Boolean, $period: DateRange) {\n    issueReports(compoundId: $c, statuses: $statuses, overdue: $overdue, period: $period, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ListConventionsFilteredReportsDocument,
    "\n  query ListConventionsElderlyResidents($c: ID!) {\n    compound(id: $c) {\n      residents(elderlyLivingAlone: true, orderBy: { field: NAME, direction: DESC }, first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ListConventionsElderlyResidentsDocument,
    "\n  query ListConventionsPostedEntries($c: ID!) {\n    publicFund(compoundId: $c) {\n      entries(statuses: [POSTED], orderBy: { field: AMOUNT, direction: DESC }, first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.ListConventionsPostedEntriesDocument,
    "\n  query ListConventionsSpringSettlements($o: ID!) {\n    settlements(outletId: $o, within: { from: \"2026-03-15\", to: \"2026-05-02\" }, first: 100) {\n      edges {\n        node {\n          period\n        }\n      }\n    }\n  }\n": typeof types.ListConventionsSpringSettlementsDocument,
    "\n  query ListConventionsMealsOfTwoDays($o: ID!) {\n    meals(outletId: $o, period: { from: \"2026-11-02\", to: \"2026-11-03\" }, orderBy: { field: MEAL_DATE, direction: DESC }, first: 100) {\n      edges {\n        node {\n          id\n          mealDate\n        }\n      }\n    }\n  }\n": typeof types.ListConventionsMealsOfTwoDaysDocument,
    "\n  fragment ListConventionsPartyStats on CompoundPartyStats {\n    reports\n    responded\n    respondedWithinPromise\n    resolved\n    byCategory {\n      key\n      count\n    }\n    wishesFulfilled\n    volunteerMinutes\n  }\n": typeof types.ListConventionsPartyStatsFragmentDoc,
    "\n  query ListConventionsPartyStatsOld($c: ID!) {\n    partyStats(compoundId: $c, from: \"2026-10-01\", to: \"2026-10-31\") {\n      ...ListConventionsPartyStats\n    }\n  }\n": typeof types.ListConventionsPartyStatsOldDocument,
    "\n  query ListConventionsPartyStatsNew($c: ID!) {\n    partyStats(compoundId: $c, period: { from: \"2026-10-01\", to: \"2026-10-31\" }) {\n      ...ListConventionsPartyStats\n    }\n  }\n": typeof types.ListConventionsPartyStatsNewDocument,
    "\n  query ListConventionsStatsByCompoundOld {\n    partyStatsByCompound(from: \"2026-11-01\", to: \"2026-11-30\", first: 5) {\n      totalCount\n      edges {\n        node {\n          compound {\n            id\n          }\n          reports\n        }\n      }\n    }\n  }\n": typeof types.ListConventionsStatsByCompoundOldDocument,
    "\n  query ListConventionsStatsByCompoundNew {\n    partyStatsByCompound(period: { from: \"2026-11-01\", to: \"2026-11-30\" }, first: 5) {\n      totalCount\n      edges {\n        node {\n          compound {\n            id\n          }\n          reports\n        }\n      }\n    }\n  }\n": typeof types.ListConventionsStatsByCompoundNewDocument,
    "\n  query ListConventionsFundFlowsOld($c: ID!) {\n    fundFlowReport(compoundId: $c, fromMonth: \"2026-09\", toMonth: \"2026-10\") {\n      period\n      direction\n      source\n      entries\n      total {\n        fen\n      }\n    }\n  }\n": typeof types.ListConventionsFundFlowsOldDocument,
    "\n  query ListConventionsFundFlowsNew($c: ID!) {\n    fundFlowReport(compoundId: $c, period: { from: \"2026-09-01\", to: \"2026-10-31\" }) {\n      period\n      direction\n      source\n      entries\n      total {\n        fen\n      }\n    }\n  }\n": typeof types.ListConventionsFundFlowsNewDocument,
    "\n  query ListConventionsWorkOrderStatsOld($co: ID!) {\n    workOrderStats(companyId: $co, from: \"2026-09-30T16:00:00Z\", to: \"2026-10-31T16:00:00Z\") {\n      total\n      resolvedCount\n      byCategory {\n        category\n        count\n      }\n    }\n  }\n": typeof types.ListConventionsWorkOrderStatsOldDocument,
    "\n  query ListConventionsWorkOrderStatsNew($co: ID!) {\n    workOrderStats(companyId: $co, period: { from: \"2026-10-01\", to: \"2026-10-31\" }) {\n      total\n      resolvedCount\n      byCategory {\n        category\n        count\n      }\n    }\n  }\n": typeof types.ListConventionsWorkOrderStatsNewDocument,
    "\n  query ListConventionsOutletFiguresOld($o: ID!) {\n    outletPeriodFigures(outletId: $o, from: \"2026-09\", to: \"2026-11\") {\n      period\n      sales {\n        fen\n      }\n      costOfGoods {\n        fen\n      }\n      settled\n    }\n  }\n": typeof types.ListConventionsOutletFiguresOldDocument,
    "\n  query ListConventionsOutletFiguresNew($o: ID!) {\n    outletPeriodFigures(outletId: $o, period: { from: \"2026-09-01\", to: \"2026-11-30\" }) {\n      period\n      sales {\n        fen\n      }\n      costOfGoods {\n        fen\n      }\n      settled\n    }\n  }\n": typeof types.ListConventionsOutletFiguresNewDocument,
    "\n  query ListConventionsMealTiersOld($o: ID!) {\n    mealsByAgeTier(outletId: $o, from: \"2026-11\", to: \"2026-11\") {\n      tierMinAge\n      meals\n      amount {\n        fen\n      }\n    }\n  }\n": typeof types.ListConventionsMealTiersOldDocument,
    "\n  query ListConventionsMealTiersNew($o: ID!) {\n    mealsByAgeTier(outletId: $o, period: { from: \"2026-11-01\", to: \"2026-11-30\" }) {\n      tierMinAge\n      meals\n      amount {\n        fen\n      }\n    }\n  }\n": typeof types.ListConventionsMealTiersNewDocument,
    "\n  query ListConventionsCharityOld($o: ID!) {\n    charityFundReport(outletId: $o, from: \"2026-11\", to: \"2026-11\") {\n      income {\n        fen\n      }\n      spending {\n        fen\n      }\n      byKind {\n        kind\n        entries\n      }\n    }\n  }\n": typeof types.ListConventionsCharityOldDocument,
    "\n  query ListConventionsCharityNew($o: ID!) {\n    charityFundReport(outletId: $o, period: { from: \"2026-11-01\", to: \"2026-11-30\" }) {\n      income {\n        fen\n      }\n      spending {\n        fen\n      }\n      byKind {\n        kind\n        entries\n      }\n    }\n  }\n": typeof types.ListConventionsCharityNewDocument,
    "\n  query ListConventionsSubsidiesOld {\n    communitySubsidies(from: \"2026-11\", to: \"2026-11\") {\n      period\n      sales\n      subsidies {\n        fen\n      }\n    }\n  }\n": typeof types.ListConventionsSubsidiesOldDocument,
    "\n  query ListConventionsSubsidiesNew {\n    communitySubsidies(period: { from: \"2026-11-01\", to: \"2026-11-30\" }) {\n      period\n      sales\n      subsidies {\n        fen\n      }\n    }\n  }\n": typeof types.ListConventionsSubsidiesNewDocument,
    "\n  query ListConventionsMealsOfDayOld($o: ID!) {\n    meals(outletId: $o, date: \"2026-11-02\", first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ListConventionsMealsOfDayOldDocument,
    "\n  query ListConventionsMealsOfDayNew($o: ID!) {\n    meals(outletId: $o, period: { from: \"2026-11-02\", to: \"2026-11-02\" }, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ListConventionsMealsOfDayNewDocument,
    "\n  query ListConventionsSettlementsOfMonthOld($o: ID!) {\n    settlements(outletId: $o, period: \"2026-03\") {\n      totalCount\n      edges {\n        node {\n          id\n          period\n        }\n      }\n    }\n  }\n": typeof types.ListConventionsSettlementsOfMonthOldDocument,
    "\n  query ListConventionsSettlementsOfMonthNew($o: ID!) {\n    settlements(outletId: $o, within: { from: \"2026-03-01\", to: \"2026-03-31\" }) {\n      totalCount\n      edges {\n        node {\n          id\n          period\n        }\n      }\n    }\n  }\n": typeof types.ListConventionsSettlementsOfMonthNewDocument,
    "\n  query ListConventionsReportsByStatusOld($c: ID!) {\n    issueReports(compoundId: $c, status: SUBMITTED, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ListConventionsReportsByStatusOldDocument,
    "\n  query ListConventionsReportsByStatusNew($c: ID!) {\n    issueReports(compoundId: $c, statuses: [SUBMITTED], first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ListConventionsReportsByStatusNewDocument,
    "\n  query ListConventionsWorkOrdersByStatusOld($c: ID!) {\n    workOrders(compoundId: $c, status: ACCEPTED, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ListConventionsWorkOrdersByStatusOldDocument,
    "\n  query ListConventionsWorkOrdersByStatusNew($c: ID!) {\n    workOrders(compoundId: $c, statuses: [ACCEPTED], first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ListConventionsWorkOrdersByStatusNewDocument,
    "\n  query ListConventionsWishesByStatusOld($c: ID!) {\n    compound(id: $c) {\n      microWishes(status: CLAIMED, first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ListConventionsWishesByStatusOldDocument,
    "\n  query ListConventionsWishesByStatusNew($c: ID!) {\n    compound(id: $c) {\n      microWishes(statuses: [CLAIMED], first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ListConventionsWishesByStatusNewDocument,
    "\n  query ListConventionsStatsByCompoundInPeriod($p: DateRange!) {\n    partyStatsByCompound(period: $p, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.ListConventionsStatsByCompoundInPeriodDocument,
    "\n  query ListConventionsPartyStatsWithoutPeriod($c: ID!) {\n    partyStats(compoundId: $c) {\n      reports\n    }\n  }\n": typeof types.ListConventionsPartyStatsWithoutPeriodDocument,
    "\n  query ListConventionsPartyStatsBothPeriods($c: ID!) {\n    partyStats(compoundId: $c, from: \"2026-10-01\", to: \"2026-10-31\", period: { from: \"2026-10-01\", to: \"2026-10-31\" }) {\n      reports\n    }\n  }\n": typeof types.ListConventionsPartyStatsBothPeriodsDocument,
    "\n  query ListConventionsFiguresWithoutEnd {\n    outletPeriodFigures(from: \"2026-09\") {\n      period\n    }\n  }\n": typeof types.ListConventionsFiguresWithoutEndDocument,
    "\n  query ListConventionsSettlementsBothPeriods {\n    settlements(period: \"2026-03\", within: { from: \"2026-03-01\", to: \"2026-03-31\" }) {\n      totalCount\n    }\n  }\n": typeof types.ListConventionsSettlementsBothPeriodsDocument,
    "\n  query ListConventionsWorkOrdersNoStatus {\n    workOrders(statuses: []) {\n      totalCount\n    }\n  }\n": typeof types.ListConventionsWorkOrdersNoStatusDocument,
    "\n  query ListConventionsWorkOrdersBothStatuses {\n    workOrders(status: SUBMITTED, statuses: [ACCEPTED]) {\n      totalCount\n    }\n  }\n": typeof types.ListConventionsWorkOrdersBothStatusesDocument,
    "\n  query ListConventionsAnyWorkOrdersPage($after: String, $before: String, $orderBy: WorkOrderOrder, $first: Int, $last: Int) {\n    workOrders(after: $after, before: $before, orderBy: $orderBy, first: $first, last: $last) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n": typeof types.ListConventionsAnyWorkOrdersPageDocument,
    "\n  query ListConventionsFirstReportCursor($c: ID!) {\n    issueReports(compoundId: $c, first: 1) {\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n": typeof types.ListConventionsFirstReportCursorDocument,
    "\n  query ListConventionsResidentsByName($c: ID!) {\n    compound(id: $c) {\n      residents(orderBy: { field: NAME }) {\n        totalCount\n      }\n    }\n  }\n": typeof types.ListConventionsResidentsByNameDocument,
    "\n  query ListConventionsFirstResidentByName($c: ID!) {\n    compound(id: $c) {\n      residents(orderBy: { field: NAME }, first: 1) {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ListConventionsFirstResidentByNameDocument,
    "\n  query ListConventionsNestedLists($n: Int!) {\n    compounds(first: $n) {\n      edges {\n        node {\n          id\n          residents(elderlyLivingAlone: true, orderBy: { field: REGISTERED_AT, direction: DESC }, first: 2) {\n            totalCount\n            edges {\n              node {\n                id\n              }\n            }\n          }\n          microWishes(statuses: [OPEN, CLAIMED], last: 3) {\n            totalCount\n            edges {\n              node {\n                id\n              }\n            }\n          }\n          publicFund {\n            entries(statuses: [POSTED], orderBy: { field: AMOUNT, direction: DESC }, first: 2) {\n              totalCount\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n          outlets {\n            id\n            settlements(orderBy: { field: PROCEEDS, direction: DESC }, last: 1) {\n              totalCount\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ListConventionsNestedListsDocument,
    "\n  fragment NPlusOneCompound on Compound {\n    id\n    name\n    buildings {\n      id\n      number\n      compound {\n        id\n        name\n      }\n    }\n    ownersCommittee {\n      id\n      name\n    }\n    serviceContracts {\n      startsOn\n      company {\n        id\n        name\n      }\n    }\n    outlets {\n      kind\n      name\n      enterprise {\n        id\n        name\n      }\n    }\n  }\n": typeof types.NPlusOneCompoundFragmentDoc,
    "\n  query NPlusOneCompoundsWithTotal($first: Int!) {\n    compounds(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...NPlusOneCompound\n        }\n      }\n    }\n  }\n": typeof types.NPlusOneCompoundsWithTotalDocument,
    "\n  query NPlusOneCompounds($first: Int!) {\n    compounds(first: $first) {\n      edges {\n        node {\n          ...NPlusOneCompound\n        }\n      }\n    }\n  }\n": typeof types.NPlusOneCompoundsDocument,
    "\n  query GatewayCompoundAndCommittee($id: ID!) {\n    compound(id: $id) {\n      name\n      ownersCommittee {\n        name\n      }\n    }\n  }\n": typeof types.GatewayCompoundAndCommitteeDocument,
    "\n  query HostileInputCompoundId($id: ID!) {\n    compound(id: $id) {\n      id\n    }\n  }\n": typeof types.HostileInputCompoundIdDocument,
    "\n  mutation HostileInputCreateWorkOrder($input: CreateWorkOrderInput!) {\n    createWorkOrder(input: $input) {\n      id\n    }\n  }\n": typeof types.HostileInputCreateWorkOrderDocument,
    "\n  query LimitsFourLevels($id: ID!) {\n    compound(id: $id) {\n      buildings {\n        compound {\n          buildings {\n            compound {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.LimitsFourLevelsDocument,
    "\n  query LimitsNameAndBuildings($id: ID!) {\n    compound(id: $id) {\n      name\n      buildings {\n        id\n      }\n    }\n  }\n": typeof types.LimitsNameAndBuildingsDocument,
    "\n  query LimitsCommittee($id: ID!) {\n    compound(id: $id) {\n      ownersCommittee {\n        name\n      }\n    }\n  }\n": typeof types.LimitsCommitteeDocument,
    "\n  query LoadSheddingPartyOnly {\n    compounds(first: 3) {\n      totalCount\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n": typeof types.LoadSheddingPartyOnlyDocument,
    "\n  query LoadSheddingWithCommittee {\n    compounds(first: 3) {\n      edges {\n        node {\n          name\n          ownersCommittee {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.LoadSheddingWithCommitteeDocument,
    "\n  query SecurityCompoundCount {\n    compounds(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.SecurityCompoundCountDocument,
    "\n  mutation MetricsRefused($id: ID!) {\n    respondToIssueReport(id: $id, note: \"x\") {\n      id\n    }\n  }\n": typeof types.MetricsRefusedDocument,
    "\n  mutation MetricsReportIssue($i: ReportIssueInput!) {\n    reportIssue(input: $i) {\n      id\n    }\n  }\n": typeof types.MetricsReportIssueDocument,
    "\n  mutation MetricsRespond($id: ID!, $note: String) {\n    respondToIssueReport(id: $id, note: $note) {\n      id\n    }\n  }\n": typeof types.MetricsRespondDocument,
    "\n  mutation MetricsHandToProperty($id: ID!, $note: String) {\n    handIssueReportToProperty(id: $id, note: $note) {\n      status\n    }\n  }\n": typeof types.MetricsHandToPropertyDocument,
    "\n  query TracingOneCompound {\n    compounds(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.TracingOneCompoundDocument,
    "\n  query StartDemoCounts {\n    compounds(first: 100) {\n      totalCount\n      edges {\n        node {\n          name\n          buildings {\n            id\n          }\n          ownersCommittee {\n            id\n          }\n          serviceContracts {\n            id\n          }\n          outlets {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.StartDemoCountsDocument,
    "\n  query TrustFund($c: ID!) {\n    publicFund(compoundId: $c) {\n      balance {\n        fen\n      }\n      entries(first: 100) {\n        totalCount\n      }\n    }\n  }\n": typeof types.TrustFundDocument,
    "\n  query TrustFundAndPlaces($c: ID!) {\n    compound(id: $c) {\n      name\n      buildings {\n        id\n      }\n      ownersCommittee {\n        id\n      }\n      serviceContracts {\n        id\n      }\n      outlets {\n        id\n      }\n    }\n  }\n": typeof types.TrustFundAndPlacesDocument,
};
const documents: Documents = {
    "\n  query FederationCompound($id: ID!) {\n    compound(id: $id) {\n      id\n      name\n      nameZh\n      buildings {\n        id\n        number\n      }\n      ownersCommittee {\n        id\n        name\n        compound {\n          id\n          name\n        }\n      }\n      serviceContracts {\n        company {\n          name\n        }\n        startsOn\n      }\n      outlets {\n        kind\n        name\n        enterprise {\n          name\n        }\n      }\n    }\n  }\n": types.FederationCompoundDocument,
    "\n  query FederationCompoundNames($after: String) {\n    compounds(first: 5, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FederationCompoundNamesDocument,
    "\n  query FederationCompoundsPage($first: Int, $after: String) {\n    compounds(first: $first, after: $after) {\n      totalCount\n    }\n  }\n": types.FederationCompoundsPageDocument,
    "\n  query FederationCompoundById($id: ID!) {\n    compound(id: $id) {\n      id\n    }\n  }\n": types.FederationCompoundByIdDocument,
    "\n  fragment ListConventionsPageInfo on PageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n": types.ListConventionsPageInfoFragmentDoc,
    "\n  query ListConventionsReportsPage($c: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: IssueReportOrder) {\n    issueReports(compoundId: $c, first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...ListConventionsPageInfo\n      }\n    }\n  }\n": types.ListConventionsReportsPageDocument,
    "\n  query ListConventionsWorkOrdersPage($co: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: WorkOrderOrder) {\n    workOrders(companyId: $co, first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...ListConventionsPageInfo\n      }\n    }\n  }\n": types.ListConventionsWorkOrdersPageDocument,
    "\n  query ListConventionsResidentsPage($c: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: ResidentOrder) {\n    compound(id: $c) {\n      residents(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n          }\n        }\n        pageInfo {\n          ...ListConventionsPageInfo\n        }\n      }\n    }\n  }\n": types.ListConventionsResidentsPageDocument,
    "\n  query ListConventionsFundEntriesPage($c: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: FundEntryOrder) {\n    publicFund(compoundId: $c) {\n      entries(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n          }\n        }\n        pageInfo {\n          ...ListConventionsPageInfo\n        }\n      }\n    }\n  }\n": types.ListConventionsFundEntriesPageDocument,
    "\n  query ListConventionsSettlementsPage($o: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: SettlementOrder) {\n    settlements(outletId: $o, first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...ListConventionsPageInfo\n      }\n    }\n  }\n": types.ListConventionsSettlementsPageDocument,
    "\n  query ListConventionsMealsPage($o: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: MealOrder) {\n    meals(outletId: $o, first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...ListConventionsPageInfo\n      }\n    }\n  }\n": types.ListConventionsMealsPageDocument,
    "\n  query ListConventionsCompaniesPage($first: Int, $after: String, $last: Int, $before: String) {\n    propertyCompanies(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...ListConventionsPageInfo\n      }\n    }\n  }\n": types.ListConventionsCompaniesPageDocument,
    "\n  query ListConventionsCompanyNames {\n    propertyCompanies(first: 10) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n": types.ListConventionsCompanyNamesDocument,
    "\n  query ListConventionsCompanyCount {\n    propertyCompanies(first: 1) {\n      totalCount\n    }\n  }\n": types.ListConventionsCompanyCountDocument,
    "\n  query ListConventionsOverdueWorkOrders($co: ID!) {\n    workOrders(companyId: $co, overdue: true, orderBy: { field: SLA_DEADLINE }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          overdue\n        }\n      }\n    }\n  }\n": types.ListConventionsOverdueWorkOrdersDocument,
    "\n  query ListConventionsEveryWorkOrderFilter($co: ID!, $c: ID!) {\n    workOrders(\n      companyId: $co\n      compoundId: $c\n      statuses: [SUBMITTED, ACCEPTED, RESOLVED, CONFIRMED]\n      priorities: [NORMAL, LOW]\n      overdue: false\n      period: { from: \"2026-10-01\", to: \"2026-11-21\" }\n      orderBy: { field: PRIORITY, direction: DESC }\n      first: 100\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.ListConventionsEveryWorkOrderFilterDocument,
    "\n  query ListConventionsFilteredReports($c: ID!, $statuses: [IssueStatus!], $overdue: Boolean, $period: DateRange) {\n    issueReports(compoundId: $c, statuses: $statuses, overdue: $overdue, period: $period, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.ListConventionsFilteredReportsDocument,
    "\n  query ListConventionsElderlyResidents($c: ID!) {\n    compound(id: $c) {\n      residents(elderlyLivingAlone: true, orderBy: { field: NAME, direction: DESC }, first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ListConventionsElderlyResidentsDocument,
    "\n  query ListConventionsPostedEntries($c: ID!) {\n    publicFund(compoundId: $c) {\n      entries(statuses: [POSTED], orderBy: { field: AMOUNT, direction: DESC }, first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n": types.ListConventionsPostedEntriesDocument,
    "\n  query ListConventionsSpringSettlements($o: ID!) {\n    settlements(outletId: $o, within: { from: \"2026-03-15\", to: \"2026-05-02\" }, first: 100) {\n      edges {\n        node {\n          period\n        }\n      }\n    }\n  }\n": types.ListConventionsSpringSettlementsDocument,
    "\n  query ListConventionsMealsOfTwoDays($o: ID!) {\n    meals(outletId: $o, period: { from: \"2026-11-02\", to: \"2026-11-03\" }, orderBy: { field: MEAL_DATE, direction: DESC }, first: 100) {\n      edges {\n        node {\n          id\n          mealDate\n        }\n      }\n    }\n  }\n": types.ListConventionsMealsOfTwoDaysDocument,
    "\n  fragment ListConventionsPartyStats on CompoundPartyStats {\n    reports\n    responded\n    respondedWithinPromise\n    resolved\n    byCategory {\n      key\n      count\n    }\n    wishesFulfilled\n    volunteerMinutes\n  }\n": types.ListConventionsPartyStatsFragmentDoc,
    "\n  query ListConventionsPartyStatsOld($c: ID!) {\n    partyStats(compoundId: $c, from: \"2026-10-01\", to: \"2026-10-31\") {\n      ...ListConventionsPartyStats\n    }\n  }\n": types.ListConventionsPartyStatsOldDocument,
    "\n  query ListConventionsPartyStatsNew($c: ID!) {\n    partyStats(compoundId: $c, period: { from: \"2026-10-01\", to: \"2026-10-31\" }) {\n      ...ListConventionsPartyStats\n    }\n  }\n": types.ListConventionsPartyStatsNewDocument,
    "\n  query ListConventionsStatsByCompoundOld {\n    partyStatsByCompound(from: \"2026-11-01\", to: \"2026-11-30\", first: 5) {\n      totalCount\n      edges {\n        node {\n          compound {\n            id\n          }\n          reports\n        }\n      }\n    }\n  }\n": types.ListConventionsStatsByCompoundOldDocument,
    "\n  query ListConventionsStatsByCompoundNew {\n    partyStatsByCompound(period: { from: \"2026-11-01\", to: \"2026-11-30\" }, first: 5) {\n      totalCount\n      edges {\n        node {\n          compound {\n            id\n          }\n          reports\n        }\n      }\n    }\n  }\n": types.ListConventionsStatsByCompoundNewDocument,
    "\n  query ListConventionsFundFlowsOld($c: ID!) {\n    fundFlowReport(compoundId: $c, fromMonth: \"2026-09\", toMonth: \"2026-10\") {\n      period\n      direction\n      source\n      entries\n      total {\n        fen\n      }\n    }\n  }\n": types.ListConventionsFundFlowsOldDocument,
    "\n  query ListConventionsFundFlowsNew($c: ID!) {\n    fundFlowReport(compoundId: $c, period: { from: \"2026-09-01\", to: \"2026-10-31\" }) {\n      period\n      direction\n      source\n      entries\n      total {\n        fen\n      }\n    }\n  }\n": types.ListConventionsFundFlowsNewDocument,
    "\n  query ListConventionsWorkOrderStatsOld($co: ID!) {\n    workOrderStats(companyId: $co, from: \"2026-09-30T16:00:00Z\", to: \"2026-10-31T16:00:00Z\") {\n      total\n      resolvedCount\n      byCategory {\n        category\n        count\n      }\n    }\n  }\n": types.ListConventionsWorkOrderStatsOldDocument,
    "\n  query ListConventionsWorkOrderStatsNew($co: ID!) {\n    workOrderStats(companyId: $co, period: { from: \"2026-10-01\", to: \"2026-10-31\" }) {\n      total\n      resolvedCount\n      byCategory {\n        category\n        count\n      }\n    }\n  }\n": types.ListConventionsWorkOrderStatsNewDocument,
    "\n  query ListConventionsOutletFiguresOld($o: ID!) {\n    outletPeriodFigures(outletId: $o, from: \"2026-09\", to: \"2026-11\") {\n      period\n      sales {\n        fen\n      }\n      costOfGoods {\n        fen\n      }\n      settled\n    }\n  }\n": types.ListConventionsOutletFiguresOldDocument,
    "\n  query ListConventionsOutletFiguresNew($o: ID!) {\n    outletPeriodFigures(outletId: $o, period: { from: \"2026-09-01\", to: \"2026-11-30\" }) {\n      period\n      sales {\n        fen\n      }\n      costOfGoods {\n        fen\n      }\n      settled\n    }\n  }\n": types.ListConventionsOutletFiguresNewDocument,
    "\n  query ListConventionsMealTiersOld($o: ID!) {\n    mealsByAgeTier(outletId: $o, from: \"2026-11\", to: \"2026-11\") {\n      tierMinAge\n      meals\n      amount {\n        fen\n      }\n    }\n  }\n": types.ListConventionsMealTiersOldDocument,
    "\n  query ListConventionsMealTiersNew($o: ID!) {\n    mealsByAgeTier(outletId: $o, period: { from: \"2026-11-01\", to: \"2026-11-30\" }) {\n      tierMinAge\n      meals\n      amount {\n        fen\n      }\n    }\n  }\n": types.ListConventionsMealTiersNewDocument,
    "\n  query ListConventionsCharityOld($o: ID!) {\n    charityFundReport(outletId: $o, from: \"2026-11\", to: \"2026-11\") {\n      income {\n        fen\n      }\n      spending {\n        fen\n      }\n      byKind {\n        kind\n        entries\n      }\n    }\n  }\n": types.ListConventionsCharityOldDocument,
    "\n  query ListConventionsCharityNew($o: ID!) {\n    charityFundReport(outletId: $o, period: { from: \"2026-11-01\", to: \"2026-11-30\" }) {\n      income {\n        fen\n      }\n      spending {\n        fen\n      }\n      byKind {\n        kind\n        entries\n      }\n    }\n  }\n": types.ListConventionsCharityNewDocument,
    "\n  query ListConventionsSubsidiesOld {\n    communitySubsidies(from: \"2026-11\", to: \"2026-11\") {\n      period\n      sales\n      subsidies {\n        fen\n      }\n    }\n  }\n": types.ListConventionsSubsidiesOldDocument,
    "\n  query ListConventionsSubsidiesNew {\n    communitySubsidies(period: { from: \"2026-11-01\", to: \"2026-11-30\" }) {\n      period\n      sales\n      subsidies {\n        fen\n      }\n    }\n  }\n": types.ListConventionsSubsidiesNewDocument,
    "\n  query ListConventionsMealsOfDayOld($o: ID!) {\n    meals(outletId: $o, date: \"2026-11-02\", first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.ListConventionsMealsOfDayOldDocument,
    "\n  query ListConventionsMealsOfDayNew($o: ID!) {\n    meals(outletId: $o, period: { from: \"2026-11-02\", to: \"2026-11-02\" }, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.ListConventionsMealsOfDayNewDocument,
    "\n  query ListConventionsSettlementsOfMonthOld($o: ID!) {\n    settlements(outletId: $o, period: \"2026-03\") {\n      totalCount\n      edges {\n        node {\n          id\n          period\n        }\n      }\n    }\n  }\n": types.ListConventionsSettlementsOfMonthOldDocument,
    "\n  query ListConventionsSettlementsOfMonthNew($o: ID!) {\n    settlements(outletId: $o, within: { from: \"2026-03-01\", to: \"2026-03-31\" }) {\n      totalCount\n      edges {\n        node {\n          id\n          period\n        }\n      }\n    }\n  }\n": types.ListConventionsSettlementsOfMonthNewDocument,
    "\n  query ListConventionsReportsByStatusOld($c: ID!) {\n    issueReports(compoundId: $c, status: SUBMITTED, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.ListConventionsReportsByStatusOldDocument,
    "\n  query ListConventionsReportsByStatusNew($c: ID!) {\n    issueReports(compoundId: $c, statuses: [SUBMITTED], first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.ListConventionsReportsByStatusNewDocument,
    "\n  query ListConventionsWorkOrdersByStatusOld($c: ID!) {\n    workOrders(compoundId: $c, status: ACCEPTED, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.ListConventionsWorkOrdersByStatusOldDocument,
    "\n  query ListConventionsWorkOrdersByStatusNew($c: ID!) {\n    workOrders(compoundId: $c, statuses: [ACCEPTED], first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.ListConventionsWorkOrdersByStatusNewDocument,
    "\n  query ListConventionsWishesByStatusOld($c: ID!) {\n    compound(id: $c) {\n      microWishes(status: CLAIMED, first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ListConventionsWishesByStatusOldDocument,
    "\n  query ListConventionsWishesByStatusNew($c: ID!) {\n    compound(id: $c) {\n      microWishes(statuses: [CLAIMED], first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ListConventionsWishesByStatusNewDocument,
    "\n  query ListConventionsStatsByCompoundInPeriod($p: DateRange!) {\n    partyStatsByCompound(period: $p, first: 1) {\n      totalCount\n    }\n  }\n": types.ListConventionsStatsByCompoundInPeriodDocument,
    "\n  query ListConventionsPartyStatsWithoutPeriod($c: ID!) {\n    partyStats(compoundId: $c) {\n      reports\n    }\n  }\n": types.ListConventionsPartyStatsWithoutPeriodDocument,
    "\n  query ListConventionsPartyStatsBothPeriods($c: ID!) {\n    partyStats(compoundId: $c, from: \"2026-10-01\", to: \"2026-10-31\", period: { from: \"2026-10-01\", to: \"2026-10-31\" }) {\n      reports\n    }\n  }\n": types.ListConventionsPartyStatsBothPeriodsDocument,
    "\n  query ListConventionsFiguresWithoutEnd {\n    outletPeriodFigures(from: \"2026-09\") {\n      period\n    }\n  }\n": types.ListConventionsFiguresWithoutEndDocument,
    "\n  query ListConventionsSettlementsBothPeriods {\n    settlements(period: \"2026-03\", within: { from: \"2026-03-01\", to: \"2026-03-31\" }) {\n      totalCount\n    }\n  }\n": types.ListConventionsSettlementsBothPeriodsDocument,
    "\n  query ListConventionsWorkOrdersNoStatus {\n    workOrders(statuses: []) {\n      totalCount\n    }\n  }\n": types.ListConventionsWorkOrdersNoStatusDocument,
    "\n  query ListConventionsWorkOrdersBothStatuses {\n    workOrders(status: SUBMITTED, statuses: [ACCEPTED]) {\n      totalCount\n    }\n  }\n": types.ListConventionsWorkOrdersBothStatusesDocument,
    "\n  query ListConventionsAnyWorkOrdersPage($after: String, $before: String, $orderBy: WorkOrderOrder, $first: Int, $last: Int) {\n    workOrders(after: $after, before: $before, orderBy: $orderBy, first: $first, last: $last) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n": types.ListConventionsAnyWorkOrdersPageDocument,
    "\n  query ListConventionsFirstReportCursor($c: ID!) {\n    issueReports(compoundId: $c, first: 1) {\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n": types.ListConventionsFirstReportCursorDocument,
    "\n  query ListConventionsResidentsByName($c: ID!) {\n    compound(id: $c) {\n      residents(orderBy: { field: NAME }) {\n        totalCount\n      }\n    }\n  }\n": types.ListConventionsResidentsByNameDocument,
    "\n  query ListConventionsFirstResidentByName($c: ID!) {\n    compound(id: $c) {\n      residents(orderBy: { field: NAME }, first: 1) {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ListConventionsFirstResidentByNameDocument,
    "\n  query ListConventionsNestedLists($n: Int!) {\n    compounds(first: $n) {\n      edges {\n        node {\n          id\n          residents(elderlyLivingAlone: true, orderBy: { field: REGISTERED_AT, direction: DESC }, first: 2) {\n            totalCount\n            edges {\n              node {\n                id\n              }\n            }\n          }\n          microWishes(statuses: [OPEN, CLAIMED], last: 3) {\n            totalCount\n            edges {\n              node {\n                id\n              }\n            }\n          }\n          publicFund {\n            entries(statuses: [POSTED], orderBy: { field: AMOUNT, direction: DESC }, first: 2) {\n              totalCount\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n          outlets {\n            id\n            settlements(orderBy: { field: PROCEEDS, direction: DESC }, last: 1) {\n              totalCount\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ListConventionsNestedListsDocument,
    "\n  fragment NPlusOneCompound on Compound {\n    id\n    name\n    buildings {\n      id\n      number\n      compound {\n        id\n        name\n      }\n    }\n    ownersCommittee {\n      id\n      name\n    }\n    serviceContracts {\n      startsOn\n      company {\n        id\n        name\n      }\n    }\n    outlets {\n      kind\n      name\n      enterprise {\n        id\n        name\n      }\n    }\n  }\n": types.NPlusOneCompoundFragmentDoc,
    "\n  query NPlusOneCompoundsWithTotal($first: Int!) {\n    compounds(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...NPlusOneCompound\n        }\n      }\n    }\n  }\n": types.NPlusOneCompoundsWithTotalDocument,
    "\n  query NPlusOneCompounds($first: Int!) {\n    compounds(first: $first) {\n      edges {\n        node {\n          ...NPlusOneCompound\n        }\n      }\n    }\n  }\n": types.NPlusOneCompoundsDocument,
    "\n  query GatewayCompoundAndCommittee($id: ID!) {\n    compound(id: $id) {\n      name\n      ownersCommittee {\n        name\n      }\n    }\n  }\n": types.GatewayCompoundAndCommitteeDocument,
    "\n  query HostileInputCompoundId($id: ID!) {\n    compound(id: $id) {\n      id\n    }\n  }\n": types.HostileInputCompoundIdDocument,
    "\n  mutation HostileInputCreateWorkOrder($input: CreateWorkOrderInput!) {\n    createWorkOrder(input: $input) {\n      id\n    }\n  }\n": types.HostileInputCreateWorkOrderDocument,
    "\n  query LimitsFourLevels($id: ID!) {\n    compound(id: $id) {\n      buildings {\n        compound {\n          buildings {\n            compound {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.LimitsFourLevelsDocument,
    "\n  query LimitsNameAndBuildings($id: ID!) {\n    compound(id: $id) {\n      name\n      buildings {\n        id\n      }\n    }\n  }\n": types.LimitsNameAndBuildingsDocument,
    "\n  query LimitsCommittee($id: ID!) {\n    compound(id: $id) {\n      ownersCommittee {\n        name\n      }\n    }\n  }\n": types.LimitsCommitteeDocument,
    "\n  query LoadSheddingPartyOnly {\n    compounds(first: 3) {\n      totalCount\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n": types.LoadSheddingPartyOnlyDocument,
    "\n  query LoadSheddingWithCommittee {\n    compounds(first: 3) {\n      edges {\n        node {\n          name\n          ownersCommittee {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.LoadSheddingWithCommitteeDocument,
    "\n  query SecurityCompoundCount {\n    compounds(first: 1) {\n      totalCount\n    }\n  }\n": types.SecurityCompoundCountDocument,
    "\n  mutation MetricsRefused($id: ID!) {\n    respondToIssueReport(id: $id, note: \"x\") {\n      id\n    }\n  }\n": types.MetricsRefusedDocument,
    "\n  mutation MetricsReportIssue($i: ReportIssueInput!) {\n    reportIssue(input: $i) {\n      id\n    }\n  }\n": types.MetricsReportIssueDocument,
    "\n  mutation MetricsRespond($id: ID!, $note: String) {\n    respondToIssueReport(id: $id, note: $note) {\n      id\n    }\n  }\n": types.MetricsRespondDocument,
    "\n  mutation MetricsHandToProperty($id: ID!, $note: String) {\n    handIssueReportToProperty(id: $id, note: $note) {\n      status\n    }\n  }\n": types.MetricsHandToPropertyDocument,
    "\n  query TracingOneCompound {\n    compounds(first: 1) {\n      totalCount\n    }\n  }\n": types.TracingOneCompoundDocument,
    "\n  query StartDemoCounts {\n    compounds(first: 100) {\n      totalCount\n      edges {\n        node {\n          name\n          buildings {\n            id\n          }\n          ownersCommittee {\n            id\n          }\n          serviceContracts {\n            id\n          }\n          outlets {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.StartDemoCountsDocument,
    "\n  query TrustFund($c: ID!) {\n    publicFund(compoundId: $c) {\n      balance {\n        fen\n      }\n      entries(first: 100) {\n        totalCount\n      }\n    }\n  }\n": types.TrustFundDocument,
    "\n  query TrustFundAndPlaces($c: ID!) {\n    compound(id: $c) {\n      name\n      buildings {\n        id\n      }\n      ownersCommittee {\n        id\n      }\n      serviceContracts {\n        id\n      }\n      outlets {\n        id\n      }\n    }\n  }\n": types.TrustFundAndPlacesDocument,
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
export function graphql(source: "\n  fragment ListConventionsPageInfo on PageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n"): typeof import('./graphql').ListConventionsPageInfoFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsReportsPage($c: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: IssueReportOrder) {\n    issueReports(compoundId: $c, first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...ListConventionsPageInfo\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsReportsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsWorkOrdersPage($co: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: WorkOrderOrder) {\n    workOrders(companyId: $co, first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...ListConventionsPageInfo\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsWorkOrdersPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsResidentsPage($c: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: ResidentOrder) {\n    compound(id: $c) {\n      residents(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n          }\n        }\n        pageInfo {\n          ...ListConventionsPageInfo\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsResidentsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsFundEntriesPage($c: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: FundEntryOrder) {\n    publicFund(compoundId: $c) {\n      entries(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n          }\n        }\n        pageInfo {\n          ...ListConventionsPageInfo\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsFundEntriesPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsSettlementsPage($o: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: SettlementOrder) {\n    settlements(outletId: $o, first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...ListConventionsPageInfo\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsSettlementsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsMealsPage($o: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: MealOrder) {\n    meals(outletId: $o, first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...ListConventionsPageInfo\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsMealsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsCompaniesPage($first: Int, $after: String, $last: Int, $before: String) {\n    propertyCompanies(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...ListConventionsPageInfo\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsCompaniesPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsCompanyNames {\n    propertyCompanies(first: 10) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsCompanyNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsCompanyCount {\n    propertyCompanies(first: 1) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').ListConventionsCompanyCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsOverdueWorkOrders($co: ID!) {\n    workOrders(companyId: $co, overdue: true, orderBy: { field: SLA_DEADLINE }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          overdue\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsOverdueWorkOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsEveryWorkOrderFilter($co: ID!, $c: ID!) {\n    workOrders(\n      companyId: $co\n      compoundId: $c\n      statuses: [SUBMITTED, ACCEPTED, RESOLVED, CONFIRMED]\n      priorities: [NORMAL, LOW]\n      overdue: false\n      period: { from: \"2026-10-01\", to: \"2026-11-21\" }\n      orderBy: { field: PRIORITY, direction: DESC }\n      first: 100\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsEveryWorkOrderFilterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsFilteredReports($c: ID!, $statuses: [IssueStatus!], $overdue: Boolean, $period: DateRange) {\n    issueReports(compoundId: $c, statuses: $statuses, overdue: $overdue, period: $period, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsFilteredReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsElderlyResidents($c: ID!) {\n    compound(id: $c) {\n      residents(elderlyLivingAlone: true, orderBy: { field: NAME, direction: DESC }, first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsElderlyResidentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsPostedEntries($c: ID!) {\n    publicFund(compoundId: $c) {\n      entries(statuses: [POSTED], orderBy: { field: AMOUNT, direction: DESC }, first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsPostedEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsSpringSettlements($o: ID!) {\n    settlements(outletId: $o, within: { from: \"2026-03-15\", to: \"2026-05-02\" }, first: 100) {\n      edges {\n        node {\n          period\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsSpringSettlementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsMealsOfTwoDays($o: ID!) {\n    meals(outletId: $o, period: { from: \"2026-11-02\", to: \"2026-11-03\" }, orderBy: { field: MEAL_DATE, direction: DESC }, first: 100) {\n      edges {\n        node {\n          id\n          mealDate\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsMealsOfTwoDaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ListConventionsPartyStats on CompoundPartyStats {\n    reports\n    responded\n    respondedWithinPromise\n    resolved\n    byCategory {\n      key\n      count\n    }\n    wishesFulfilled\n    volunteerMinutes\n  }\n"): typeof import('./graphql').ListConventionsPartyStatsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsPartyStatsOld($c: ID!) {\n    partyStats(compoundId: $c, from: \"2026-10-01\", to: \"2026-10-31\") {\n      ...ListConventionsPartyStats\n    }\n  }\n"): typeof import('./graphql').ListConventionsPartyStatsOldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsPartyStatsNew($c: ID!) {\n    partyStats(compoundId: $c, period: { from: \"2026-10-01\", to: \"2026-10-31\" }) {\n      ...ListConventionsPartyStats\n    }\n  }\n"): typeof import('./graphql').ListConventionsPartyStatsNewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsStatsByCompoundOld {\n    partyStatsByCompound(from: \"2026-11-01\", to: \"2026-11-30\", first: 5) {\n      totalCount\n      edges {\n        node {\n          compound {\n            id\n          }\n          reports\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsStatsByCompoundOldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsStatsByCompoundNew {\n    partyStatsByCompound(period: { from: \"2026-11-01\", to: \"2026-11-30\" }, first: 5) {\n      totalCount\n      edges {\n        node {\n          compound {\n            id\n          }\n          reports\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsStatsByCompoundNewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsFundFlowsOld($c: ID!) {\n    fundFlowReport(compoundId: $c, fromMonth: \"2026-09\", toMonth: \"2026-10\") {\n      period\n      direction\n      source\n      entries\n      total {\n        fen\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsFundFlowsOldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsFundFlowsNew($c: ID!) {\n    fundFlowReport(compoundId: $c, period: { from: \"2026-09-01\", to: \"2026-10-31\" }) {\n      period\n      direction\n      source\n      entries\n      total {\n        fen\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsFundFlowsNewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsWorkOrderStatsOld($co: ID!) {\n    workOrderStats(companyId: $co, from: \"2026-09-30T16:00:00Z\", to: \"2026-10-31T16:00:00Z\") {\n      total\n      resolvedCount\n      byCategory {\n        category\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsWorkOrderStatsOldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsWorkOrderStatsNew($co: ID!) {\n    workOrderStats(companyId: $co, period: { from: \"2026-10-01\", to: \"2026-10-31\" }) {\n      total\n      resolvedCount\n      byCategory {\n        category\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsWorkOrderStatsNewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsOutletFiguresOld($o: ID!) {\n    outletPeriodFigures(outletId: $o, from: \"2026-09\", to: \"2026-11\") {\n      period\n      sales {\n        fen\n      }\n      costOfGoods {\n        fen\n      }\n      settled\n    }\n  }\n"): typeof import('./graphql').ListConventionsOutletFiguresOldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsOutletFiguresNew($o: ID!) {\n    outletPeriodFigures(outletId: $o, period: { from: \"2026-09-01\", to: \"2026-11-30\" }) {\n      period\n      sales {\n        fen\n      }\n      costOfGoods {\n        fen\n      }\n      settled\n    }\n  }\n"): typeof import('./graphql').ListConventionsOutletFiguresNewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsMealTiersOld($o: ID!) {\n    mealsByAgeTier(outletId: $o, from: \"2026-11\", to: \"2026-11\") {\n      tierMinAge\n      meals\n      amount {\n        fen\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsMealTiersOldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsMealTiersNew($o: ID!) {\n    mealsByAgeTier(outletId: $o, period: { from: \"2026-11-01\", to: \"2026-11-30\" }) {\n      tierMinAge\n      meals\n      amount {\n        fen\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsMealTiersNewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsCharityOld($o: ID!) {\n    charityFundReport(outletId: $o, from: \"2026-11\", to: \"2026-11\") {\n      income {\n        fen\n      }\n      spending {\n        fen\n      }\n      byKind {\n        kind\n        entries\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsCharityOldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsCharityNew($o: ID!) {\n    charityFundReport(outletId: $o, period: { from: \"2026-11-01\", to: \"2026-11-30\" }) {\n      income {\n        fen\n      }\n      spending {\n        fen\n      }\n      byKind {\n        kind\n        entries\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsCharityNewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsSubsidiesOld {\n    communitySubsidies(from: \"2026-11\", to: \"2026-11\") {\n      period\n      sales\n      subsidies {\n        fen\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsSubsidiesOldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsSubsidiesNew {\n    communitySubsidies(period: { from: \"2026-11-01\", to: \"2026-11-30\" }) {\n      period\n      sales\n      subsidies {\n        fen\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsSubsidiesNewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsMealsOfDayOld($o: ID!) {\n    meals(outletId: $o, date: \"2026-11-02\", first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsMealsOfDayOldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsMealsOfDayNew($o: ID!) {\n    meals(outletId: $o, period: { from: \"2026-11-02\", to: \"2026-11-02\" }, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsMealsOfDayNewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsSettlementsOfMonthOld($o: ID!) {\n    settlements(outletId: $o, period: \"2026-03\") {\n      totalCount\n      edges {\n        node {\n          id\n          period\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsSettlementsOfMonthOldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsSettlementsOfMonthNew($o: ID!) {\n    settlements(outletId: $o, within: { from: \"2026-03-01\", to: \"2026-03-31\" }) {\n      totalCount\n      edges {\n        node {\n          id\n          period\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsSettlementsOfMonthNewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsReportsByStatusOld($c: ID!) {\n    issueReports(compoundId: $c, status: SUBMITTED, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsReportsByStatusOldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsReportsByStatusNew($c: ID!) {\n    issueReports(compoundId: $c, statuses: [SUBMITTED], first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsReportsByStatusNewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsWorkOrdersByStatusOld($c: ID!) {\n    workOrders(compoundId: $c, status: ACCEPTED, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsWorkOrdersByStatusOldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsWorkOrdersByStatusNew($c: ID!) {\n    workOrders(compoundId: $c, statuses: [ACCEPTED], first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsWorkOrdersByStatusNewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsWishesByStatusOld($c: ID!) {\n    compound(id: $c) {\n      microWishes(status: CLAIMED, first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsWishesByStatusOldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsWishesByStatusNew($c: ID!) {\n    compound(id: $c) {\n      microWishes(statuses: [CLAIMED], first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsWishesByStatusNewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsStatsByCompoundInPeriod($p: DateRange!) {\n    partyStatsByCompound(period: $p, first: 1) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').ListConventionsStatsByCompoundInPeriodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsPartyStatsWithoutPeriod($c: ID!) {\n    partyStats(compoundId: $c) {\n      reports\n    }\n  }\n"): typeof import('./graphql').ListConventionsPartyStatsWithoutPeriodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsPartyStatsBothPeriods($c: ID!) {\n    partyStats(compoundId: $c, from: \"2026-10-01\", to: \"2026-10-31\", period: { from: \"2026-10-01\", to: \"2026-10-31\" }) {\n      reports\n    }\n  }\n"): typeof import('./graphql').ListConventionsPartyStatsBothPeriodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsFiguresWithoutEnd {\n    outletPeriodFigures(from: \"2026-09\") {\n      period\n    }\n  }\n"): typeof import('./graphql').ListConventionsFiguresWithoutEndDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsSettlementsBothPeriods {\n    settlements(period: \"2026-03\", within: { from: \"2026-03-01\", to: \"2026-03-31\" }) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').ListConventionsSettlementsBothPeriodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsWorkOrdersNoStatus {\n    workOrders(statuses: []) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').ListConventionsWorkOrdersNoStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsWorkOrdersBothStatuses {\n    workOrders(status: SUBMITTED, statuses: [ACCEPTED]) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').ListConventionsWorkOrdersBothStatusesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsAnyWorkOrdersPage($after: String, $before: String, $orderBy: WorkOrderOrder, $first: Int, $last: Int) {\n    workOrders(after: $after, before: $before, orderBy: $orderBy, first: $first, last: $last) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsAnyWorkOrdersPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsFirstReportCursor($c: ID!) {\n    issueReports(compoundId: $c, first: 1) {\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsFirstReportCursorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsResidentsByName($c: ID!) {\n    compound(id: $c) {\n      residents(orderBy: { field: NAME }) {\n        totalCount\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsResidentsByNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsFirstResidentByName($c: ID!) {\n    compound(id: $c) {\n      residents(orderBy: { field: NAME }, first: 1) {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsFirstResidentByNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListConventionsNestedLists($n: Int!) {\n    compounds(first: $n) {\n      edges {\n        node {\n          id\n          residents(elderlyLivingAlone: true, orderBy: { field: REGISTERED_AT, direction: DESC }, first: 2) {\n            totalCount\n            edges {\n              node {\n                id\n              }\n            }\n          }\n          microWishes(statuses: [OPEN, CLAIMED], last: 3) {\n            totalCount\n            edges {\n              node {\n                id\n              }\n            }\n          }\n          publicFund {\n            entries(statuses: [POSTED], orderBy: { field: AMOUNT, direction: DESC }, first: 2) {\n              totalCount\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n          outlets {\n            id\n            settlements(orderBy: { field: PROCEEDS, direction: DESC }, last: 1) {\n              totalCount\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ListConventionsNestedListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NPlusOneCompound on Compound {\n    id\n    name\n    buildings {\n      id\n      number\n      compound {\n        id\n        name\n      }\n    }\n    ownersCommittee {\n      id\n      name\n    }\n    serviceContracts {\n      startsOn\n      company {\n        id\n        name\n      }\n    }\n    outlets {\n      kind\n      name\n      enterprise {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').NPlusOneCompoundFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NPlusOneCompoundsWithTotal($first: Int!) {\n    compounds(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...NPlusOneCompound\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NPlusOneCompoundsWithTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NPlusOneCompounds($first: Int!) {\n    compounds(first: $first) {\n      edges {\n        node {\n          ...NPlusOneCompound\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NPlusOneCompoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GatewayCompoundAndCommittee($id: ID!) {\n    compound(id: $id) {\n      name\n      ownersCommittee {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').GatewayCompoundAndCommitteeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HostileInputCompoundId($id: ID!) {\n    compound(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').HostileInputCompoundIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HostileInputCreateWorkOrder($input: CreateWorkOrderInput!) {\n    createWorkOrder(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').HostileInputCreateWorkOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsFourLevels($id: ID!) {\n    compound(id: $id) {\n      buildings {\n        compound {\n          buildings {\n            compound {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LimitsFourLevelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsNameAndBuildings($id: ID!) {\n    compound(id: $id) {\n      name\n      buildings {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').LimitsNameAndBuildingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsCommittee($id: ID!) {\n    compound(id: $id) {\n      ownersCommittee {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').LimitsCommitteeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoadSheddingPartyOnly {\n    compounds(first: 3) {\n      totalCount\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LoadSheddingPartyOnlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoadSheddingWithCommittee {\n    compounds(first: 3) {\n      edges {\n        node {\n          name\n          ownersCommittee {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LoadSheddingWithCommitteeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityCompoundCount {\n    compounds(first: 1) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').SecurityCompoundCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MetricsRefused($id: ID!) {\n    respondToIssueReport(id: $id, note: \"x\") {\n      id\n    }\n  }\n"): typeof import('./graphql').MetricsRefusedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MetricsReportIssue($i: ReportIssueInput!) {\n    reportIssue(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql').MetricsReportIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MetricsRespond($id: ID!, $note: String) {\n    respondToIssueReport(id: $id, note: $note) {\n      id\n    }\n  }\n"): typeof import('./graphql').MetricsRespondDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MetricsHandToProperty($id: ID!, $note: String) {\n    handIssueReportToProperty(id: $id, note: $note) {\n      status\n    }\n  }\n"): typeof import('./graphql').MetricsHandToPropertyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TracingOneCompound {\n    compounds(first: 1) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').TracingOneCompoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StartDemoCounts {\n    compounds(first: 100) {\n      totalCount\n      edges {\n        node {\n          name\n          buildings {\n            id\n          }\n          ownersCommittee {\n            id\n          }\n          serviceContracts {\n            id\n          }\n          outlets {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StartDemoCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustFund($c: ID!) {\n    publicFund(compoundId: $c) {\n      balance {\n        fen\n      }\n      entries(first: 100) {\n        totalCount\n      }\n    }\n  }\n"): typeof import('./graphql').TrustFundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustFundAndPlaces($c: ID!) {\n    compound(id: $c) {\n      name\n      buildings {\n        id\n      }\n      ownersCommittee {\n        id\n      }\n      serviceContracts {\n        id\n      }\n      outlets {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').TrustFundAndPlacesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
