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
    "\n  mutation ActivitiesPointsCreateActivity($i: CreateActivityInput!) {\n    createActivity(input: $i) {\n      id\n      capacity\n      points\n      durationMinutes\n    }\n  }\n": typeof types.ActivitiesPointsCreateActivityDocument,
    "\n  mutation ActivitiesPointsSignUp($a: ID!) {\n    signUpForActivity(activityId: $a) {\n      participantId\n      attended\n    }\n  }\n": typeof types.ActivitiesPointsSignUpDocument,
    "\n  mutation ActivitiesPointsRecordAttendance($a: ID!, $p: String!) {\n    recordAttendance(activityId: $a, participantId: $p) {\n      attended\n      attendedAt\n    }\n  }\n": typeof types.ActivitiesPointsRecordAttendanceDocument,
    "\n  query ActivitiesPointsMyPoints {\n    myPoints {\n      balance\n      entries {\n        totalCount\n        edges {\n          node {\n            delta\n            kind\n            reason\n          }\n        }\n      }\n    }\n  }\n": typeof types.ActivitiesPointsMyPointsDocument,
    "\n  query ActivitiesPointsActivitiesWithSignUps($c: ID!) {\n    compound(id: $c) {\n      activities(first: 100) {\n        edges {\n          node {\n            title\n            signedUpCount\n            signUps {\n              participantId\n              participantName\n              attended\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ActivitiesPointsActivitiesWithSignUpsDocument,
    "\n  query ActivitiesPointsActivitiesForGrid($c: ID!) {\n    compound(id: $c) {\n      activities(first: 100) {\n        edges {\n          node {\n            title\n            signUps {\n              participantId\n              attended\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ActivitiesPointsActivitiesForGridDocument,
    "\n  mutation ActivitiesPointsRedeemPoints($i: RedeemPointsInput!) {\n    redeemPoints(input: $i) {\n      id\n      delta\n      kind\n      reason\n    }\n  }\n": typeof types.ActivitiesPointsRedeemPointsDocument,
    "\n  query PartyDemoQinglanJiayuan($id: ID!) {\n    compound(id: $id) {\n      buildings {\n        number\n        units {\n          number\n        }\n      }\n      households(first: 1) {\n        totalCount\n      }\n      partyOrganisation {\n        kind\n        name\n        officers {\n          position\n        }\n        members(first: 100) {\n          totalCount\n          edges {\n            node {\n              membership\n              reportedIn\n            }\n          }\n        }\n      }\n      serviceStation {\n        name\n        services {\n          name\n          mode\n        }\n      }\n    }\n  }\n": typeof types.PartyDemoQinglanJiayuanDocument,
    "\n  query PartyDemoResidentCompound($id: ID!) {\n    resident(id: $id) {\n      name\n      household {\n        compound {\n          name\n        }\n      }\n    }\n  }\n": typeof types.PartyDemoResidentCompoundDocument,
    "\n  query PartyDemoStatsByCompound {\n    partyStatsByCompound(from: \"2026-09-01\", to: \"2026-11-30\", first: 100) {\n      edges {\n        node {\n          compound {\n            name\n          }\n          reports\n          respondedWithinPromise\n          shareRespondedWithinPromise\n          byPath {\n            key\n            count\n          }\n        }\n      }\n    }\n  }\n": typeof types.PartyDemoStatsByCompoundDocument,
    "\n  query PartyDemoIssueReportsPage($c: ID!) {\n    issueReports(compoundId: $c, first: 2) {\n      edges {\n        node {\n          source\n          status\n          entries {\n            kind\n          }\n        }\n      }\n    }\n  }\n": typeof types.PartyDemoIssueReportsPageDocument,
    "\n  query PartyDemoResidentsPage($id: ID!, $n: Int) {\n    compound(id: $id) {\n      residents(first: $n) {\n        edges {\n          node {\n            name\n            household {\n              label\n              building {\n                number\n              }\n              unit {\n                number\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PartyDemoResidentsPageDocument,
    "\n  fragment IssueReportsReportFields on IssueReport {\n    id\n    status\n    path\n    source\n    reportedAt\n    respondedAt\n    respondedWithinPromise\n    responseSeconds\n    resolvedAt\n    resolutionNote\n    whistleDepartment\n    satisfaction\n    closedAt\n    reopenCount\n    reportedByMe\n    entries {\n      kind\n      note\n      by\n    }\n  }\n": typeof types.IssueReportsReportFieldsFragmentDoc,
    "\n  mutation IssueReportsReportIssue($i: ReportIssueInput!) {\n    reportIssue(input: $i) {\n      ...IssueReportsReportFields\n      reporterResident {\n        id\n        name\n      }\n    }\n  }\n": typeof types.IssueReportsReportIssueDocument,
    "\n  mutation IssueReportsRespond($id: ID!) {\n    respondToIssueReport(id: $id, note: \"在路上\") {\n      ...IssueReportsReportFields\n    }\n  }\n": typeof types.IssueReportsRespondDocument,
    "\n  mutation IssueReportsResolve($id: ID!) {\n    resolveIssueReport(id: $id, note: \"已更换灯泡\") {\n      ...IssueReportsReportFields\n    }\n  }\n": typeof types.IssueReportsResolveDocument,
    "\n  mutation IssueReportsClose($id: ID!, $s: Int!) {\n    closeIssueReport(id: $id, satisfaction: $s, comment: \"谢谢\") {\n      ...IssueReportsReportFields\n    }\n  }\n": typeof types.IssueReportsCloseDocument,
    "\n  mutation IssueReportsReopen($id: ID!, $reason: String!) {\n    reopenIssueReport(id: $id, reason: $reason) {\n      ...IssueReportsReportFields\n    }\n  }\n": typeof types.IssueReportsReopenDocument,
    "\n  mutation IssueReportsHandToProperty($id: ID!) {\n    handIssueReportToProperty(id: $id, note: \"物业维修\") {\n      ...IssueReportsReportFields\n    }\n  }\n": typeof types.IssueReportsHandToPropertyDocument,
    "\n  mutation IssueReportsAddFollowUp($id: ID!, $note: String!) {\n    addIssueFollowUp(id: $id, note: $note) {\n      id\n    }\n  }\n": typeof types.IssueReportsAddFollowUpDocument,
    "\n  mutation IssueReportsBlowWhistle($id: ID!, $department: String!, $note: String) {\n    blowWhistle(id: $id, department: $department, note: $note) {\n      ...IssueReportsReportFields\n    }\n  }\n": typeof types.IssueReportsBlowWhistleDocument,
    "\n  query IssueReportsOverdue($c: ID!) {\n    issueReports(compoundId: $c, overdue: true) {\n      edges {\n        node {\n          id\n          responseOverdue\n        }\n      }\n    }\n  }\n": typeof types.IssueReportsOverdueDocument,
    "\n  mutation IssueReportsReportSource($i: ReportIssueInput!) {\n    reportIssue(input: $i) {\n      id\n      source\n    }\n  }\n": typeof types.IssueReportsReportSourceDocument,
    "\n  mutation IssueReportsRegisterRider($c: ID!) {\n    registerPartTimeGridWorker(input: { compoundId: $c, userId: \"rider-1\", name: \"美团骑手小陈\", occupation: DELIVERY_RIDER }) {\n      id\n      occupation\n    }\n  }\n": typeof types.IssueReportsRegisterRiderDocument,
    "\n  query IssueReportsFirstPage($c: ID!) {\n    issueReports(compoundId: $c, first: 3) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.IssueReportsFirstPageDocument,
    "\n  query IssueReportsPageAfter($c: ID!, $a: String) {\n    issueReports(compoundId: $c, first: 100, after: $a) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.IssueReportsPageAfterDocument,
    "\n  query IssueReportsTotalCount($c: ID!) {\n    issueReports(compoundId: $c) {\n      totalCount\n    }\n  }\n": typeof types.IssueReportsTotalCountDocument,
    "\n  query IssueReportsMyClosed {\n    myIssueReports(first: 100, status: CLOSED) {\n      totalCount\n      edges {\n        node {\n          satisfaction\n          reporterResident {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.IssueReportsMyClosedDocument,
    "\n  query IssueReportsFirstReporter($c: ID!) {\n    issueReports(compoundId: $c, first: 1) {\n      edges {\n        node {\n          reporterResident {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.IssueReportsFirstReporterDocument,
    "\n  mutation ListsAndWishesAddNeed($i: AddNeedInput!) {\n    addNeed(input: $i) {\n      id\n      source\n    }\n  }\n": typeof types.ListsAndWishesAddNeedDocument,
    "\n  mutation ListsAndWishesAddResource($i: AddResourceInput!) {\n    addResource(input: $i) {\n      id\n      kind\n    }\n  }\n": typeof types.ListsAndWishesAddResourceDocument,
    "\n  mutation ListsAndWishesCreateProject($i: CreateProjectInput!) {\n    createProject(input: $i) {\n      id\n      title\n      needs {\n        title\n      }\n      resources {\n        name\n      }\n    }\n  }\n": typeof types.ListsAndWishesCreateProjectDocument,
    "\n  query ListsAndWishesLists($c: ID!) {\n    compound(id: $c) {\n      needs {\n        totalCount\n      }\n      resources {\n        totalCount\n      }\n      projects {\n        totalCount\n        edges {\n          node {\n            title\n            needs {\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ListsAndWishesListsDocument,
    "\n  mutation ListsAndWishesPostMicroWish($i: PostMicroWishInput!) {\n    postMicroWish(input: $i) {\n      id\n      status\n      resident {\n        name\n      }\n    }\n  }\n": typeof types.ListsAndWishesPostMicroWishDocument,
    "\n  mutation ListsAndWishesClaimWish($id: ID!) {\n    claimMicroWish(id: $id) {\n      status\n      claimedByMe\n      fulfilledAt\n    }\n  }\n": typeof types.ListsAndWishesClaimWishDocument,
    "\n  mutation ListsAndWishesFulfilWish($id: ID!) {\n    fulfilMicroWish(id: $id) {\n      status\n      claimedByMe\n      fulfilledAt\n    }\n  }\n": typeof types.ListsAndWishesFulfilWishDocument,
    "\n  mutation ListsAndWishesReleaseWish($id: ID!) {\n    releaseMicroWish(id: $id) {\n      status\n      claimedByMe\n      fulfilledAt\n    }\n  }\n": typeof types.ListsAndWishesReleaseWishDocument,
    "\n  query ListsAndWishesFulfilledWishes($c: ID!) {\n    compound(id: $c) {\n      microWishes(status: FULFILLED) {\n        totalCount\n        edges {\n          node {\n            title\n            resident {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ListsAndWishesFulfilledWishesDocument,
    "\n  mutation OrgTreeCreateUnit($b: ID!) {\n    createUnit(input: { buildingId: $b, number: 2 }) {\n      id\n      name\n    }\n  }\n": typeof types.OrgTreeCreateUnitDocument,
    "\n  mutation OrgTreeCreateHousehold($i: CreateHouseholdInput!) {\n    createHousehold(input: $i) {\n      id\n      label\n      isLocal\n    }\n  }\n": typeof types.OrgTreeCreateHouseholdDocument,
    "\n  query OrgTreeHouseholdUp($id: ID!) {\n    household(id: $id) {\n      label\n      unit {\n        number\n        building {\n          number\n          compound {\n            name\n            community {\n              name\n              street {\n                name\n                city\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrgTreeHouseholdUpDocument,
    "\n  query OrgTreeStreets {\n    streets(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OrgTreeStreetsDocument,
    "\n  query OrgTreeStreetDown($id: ID!) {\n    street(id: $id) {\n      communities {\n        compounds {\n          name\n          buildings {\n            number\n            units {\n              number\n              households {\n                label\n              }\n            }\n            households(first: 10) {\n              totalCount\n              edges {\n                node {\n                  label\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrgTreeStreetDownDocument,
    "\n  query OrgTreeHouseholdsPage($id: ID!, $after: String) {\n    compound(id: $id) {\n      households(first: 3, after: $after) {\n        totalCount\n        edges {\n          node {\n            label\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.OrgTreeHouseholdsPageDocument,
    "\n  mutation OrgTreeCreateBuilding($c: ID!, $number: Int!) {\n    createBuilding(input: { compoundId: $c, number: $number }) {\n      id\n    }\n  }\n": typeof types.OrgTreeCreateBuildingDocument,
    "\n  mutation OrgTreeCreateStreet {\n    createStreet(input: { name: \"X\", city: \"Y\" }) {\n      id\n    }\n  }\n": typeof types.OrgTreeCreateStreetDocument,
    "\n  mutation OrgTreeUpdateCompound($i: UpdateCompoundInput!) {\n    updateCompound(input: $i) {\n      name\n      nameZh\n    }\n  }\n": typeof types.OrgTreeUpdateCompoundDocument,
    "\n  query OrgTreeResidentRecord($id: ID!) {\n    resident(id: $id) {\n      id\n      name\n      phone\n      birthDate\n      isLocal\n      elderlyLivingAlone\n      erased\n      household {\n        label\n      }\n    }\n  }\n": typeof types.OrgTreeResidentRecordDocument,
    "\n  query OrgTreeElderlyLivingAlone($c: ID!) {\n    compound(id: $c) {\n      residents(first: 50, elderlyLivingAlone: true) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrgTreeElderlyLivingAloneDocument,
    "\n  query OrgTreeResidentCount($c: ID!) {\n    compound(id: $c) {\n      residents {\n        totalCount\n      }\n    }\n  }\n": typeof types.OrgTreeResidentCountDocument,
    "\n  mutation OrgTreeEraseResident($id: ID!) {\n    eraseResident(id: $id) {\n      id\n      name\n      phone\n      erased\n    }\n  }\n": typeof types.OrgTreeEraseResidentDocument,
    "\n  query OrgTreeErasedAsAdmin($id: ID!) {\n    resident(id: $id) {\n      name\n      phone\n      birthDate\n      erased\n      household {\n        id\n      }\n    }\n  }\n": typeof types.OrgTreeErasedAsAdminDocument,
    "\n  mutation OrgTreeUpdateResident($i: UpdateResidentInput!) {\n    updateResident(input: $i) {\n      phone\n      household {\n        id\n      }\n    }\n  }\n": typeof types.OrgTreeUpdateResidentDocument,
    "\n  mutation OrgTreeUpdateBuilding($i: UpdateBuildingInput!) {\n    updateBuilding(input: $i) {\n      name\n    }\n  }\n": typeof types.OrgTreeUpdateBuildingDocument,
    "\n  query OrgTreeTree($id: ID!) {\n    compound(id: $id) {\n      community {\n        id\n        street {\n          id\n        }\n      }\n      buildings {\n        units {\n          id\n        }\n      }\n    }\n  }\n": typeof types.OrgTreeTreeDocument,
    "\n  mutation OrgTreeUpdateStreet($id: ID!) {\n    updateStreet(input: { id: $id, nameZh: \"测试街道\" }) {\n      name\n      nameZh\n    }\n  }\n": typeof types.OrgTreeUpdateStreetDocument,
    "\n  mutation OrgTreeUpdateCommunity($id: ID!, $name: String!) {\n    updateCommunity(input: { id: $id, name: $name }) {\n      name\n    }\n  }\n": typeof types.OrgTreeUpdateCommunityDocument,
    "\n  mutation OrgTreeUpdateUnit($id: ID!, $name: String!) {\n    updateUnit(id: $id, name: $name) {\n      name\n    }\n  }\n": typeof types.OrgTreeUpdateUnitDocument,
    "\n  mutation OrgTreeUpdateHousehold($id: ID!) {\n    updateHousehold(input: { id: $id, doorNumber: \"302\", isLocal: false }) {\n      label\n      doorNumber\n      isLocal\n    }\n  }\n": typeof types.OrgTreeUpdateHouseholdDocument,
    "\n  mutation PartyHelpersCreateStreet($name: String!) {\n    createStreet(input: { name: $name, city: \"Tianjin\" }) {\n      id\n    }\n  }\n": typeof types.PartyHelpersCreateStreetDocument,
    "\n  mutation PartyHelpersCreateCommunity($s: ID!, $name: String!) {\n    createCommunity(input: { streetId: $s, name: $name }) {\n      id\n    }\n  }\n": typeof types.PartyHelpersCreateCommunityDocument,
    "\n  mutation PartyHelpersCreateCompound($c: ID!, $n: String!) {\n    createCompound(input: { communityId: $c, name: $n }) {\n      id\n    }\n  }\n": typeof types.PartyHelpersCreateCompoundDocument,
    "\n  mutation PartyHelpersCreateBuilding($c: ID!) {\n    createBuilding(input: { compoundId: $c, number: 1 }) {\n      id\n    }\n  }\n": typeof types.PartyHelpersCreateBuildingDocument,
    "\n  mutation PartyHelpersCreateHousehold($c: ID!, $b: ID!) {\n    createHousehold(input: { compoundId: $c, buildingId: $b, doorNumber: \"101\" }) {\n      id\n    }\n  }\n": typeof types.PartyHelpersCreateHouseholdDocument,
    "\n  mutation PartyHelpersCreateResident($i: CreateResidentInput!) {\n    createResident(input: $i) {\n      id\n    }\n  }\n": typeof types.PartyHelpersCreateResidentDocument,
    "\n  mutation PartyOrganisationReportIn($i: ReportInInput!) {\n    reportInAsPartyMember(input: $i) {\n      id\n      name\n      membership\n      homeOrganisation\n      position\n      reportedIn\n      reportedInAt\n    }\n  }\n": typeof types.PartyOrganisationReportInDocument,
    "\n  mutation PartyOrganisationCreate($i: CreatePartyOrganisationInput!) {\n    createPartyOrganisation(input: $i) {\n      id\n      kind\n    }\n  }\n": typeof types.PartyOrganisationCreateDocument,
    "\n  mutation PartyOrganisationAppointOfficer($i: AppointPartyOfficerInput!) {\n    appointPartyOfficer(input: $i) {\n      name\n      position\n    }\n  }\n": typeof types.PartyOrganisationAppointOfficerDocument,
    "\n  query PartyOrganisationOfficers($c: ID!) {\n    compound(id: $c) {\n      partyOrganisation {\n        name\n        officers {\n          name\n          position\n        }\n      }\n    }\n  }\n": typeof types.PartyOrganisationOfficersDocument,
    "\n  query PartyOrganisationMyMemberships {\n    myPartyMemberships {\n      reportedIn\n      membership\n      organisation {\n        name\n      }\n    }\n  }\n": typeof types.PartyOrganisationMyMembershipsDocument,
    "\n  query PartyOrganisationMembers($c: ID!) {\n    compound(id: $c) {\n      partyOrganisation {\n        members(first: 100) {\n          totalCount\n          edges {\n            node {\n              name\n              reportedIn\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PartyOrganisationMembersDocument,
    "\n  mutation PartyOrganisationCreateTask($i: CreateGovernanceTaskInput!) {\n    createGovernanceTask(input: $i) {\n      id\n      status\n    }\n  }\n": typeof types.PartyOrganisationCreateTaskDocument,
    "\n  mutation PartyOrganisationClaimTask($id: ID!) {\n    claimGovernanceTask(id: $id) {\n      status\n      claimedBy {\n        name\n      }\n    }\n  }\n": typeof types.PartyOrganisationClaimTaskDocument,
    "\n  mutation PartyOrganisationReleaseTask($id: ID!) {\n    releaseGovernanceTask(id: $id) {\n      id\n    }\n  }\n": typeof types.PartyOrganisationReleaseTaskDocument,
    "\n  mutation PartyOrganisationCompleteTask($id: ID!, $outcome: String!) {\n    completeGovernanceTask(id: $id, outcome: $outcome) {\n      status\n      outcome\n      completedAt\n    }\n  }\n": typeof types.PartyOrganisationCompleteTaskDocument,
    "\n  query PartyOrganisationClaimedTasks($c: ID!) {\n    compound(id: $c) {\n      governanceTasks(status: CLAIMED) {\n        totalCount\n        edges {\n          node {\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.PartyOrganisationClaimedTasksDocument,
    "\n  fragment PartyStatsFigures on CompoundPartyStats {\n    reports\n    responded\n    respondedWithinPromise\n    shareRespondedWithinPromise\n    medianResponseSeconds\n    resolved\n    medianResolutionSeconds\n    averageSatisfaction\n    byCategory {\n      key\n      count\n    }\n    byPath {\n      key\n      count\n    }\n    wishesFulfilled\n    volunteerMinutes\n    volunteerHours\n  }\n": typeof types.PartyStatsFiguresFragmentDoc,
    "\n  mutation PartyStatsReportIssue($i: ReportIssueInput!) {\n    reportIssue(input: $i) {\n      id\n    }\n  }\n": typeof types.PartyStatsReportIssueDocument,
    "\n  mutation PartyStatsRespond($id: ID!) {\n    respondToIssueReport(id: $id) {\n      id\n    }\n  }\n": typeof types.PartyStatsRespondDocument,
    "\n  mutation PartyStatsResolve($id: ID!, $note: String!) {\n    resolveIssueReport(id: $id, note: $note) {\n      id\n    }\n  }\n": typeof types.PartyStatsResolveDocument,
    "\n  mutation PartyStatsClose($id: ID!, $satisfaction: Int!) {\n    closeIssueReport(id: $id, satisfaction: $satisfaction) {\n      id\n    }\n  }\n": typeof types.PartyStatsCloseDocument,
    "\n  mutation PartyStatsBlowWhistle($id: ID!) {\n    blowWhistle(id: $id, department: \"区住建局\") {\n      id\n    }\n  }\n": typeof types.PartyStatsBlowWhistleDocument,
    "\n  mutation PartyStatsHandToProperty($id: ID!) {\n    handIssueReportToProperty(id: $id) {\n      id\n    }\n  }\n": typeof types.PartyStatsHandToPropertyDocument,
    "\n  mutation PartyStatsPostWish($c: ID!) {\n    postMicroWish(input: { compoundId: $c, title: \"心愿\" }) {\n      id\n    }\n  }\n": typeof types.PartyStatsPostWishDocument,
    "\n  mutation PartyStatsClaimWish($id: ID!) {\n    claimMicroWish(id: $id) {\n      id\n    }\n  }\n": typeof types.PartyStatsClaimWishDocument,
    "\n  mutation PartyStatsFulfilWish($id: ID!) {\n    fulfilMicroWish(id: $id) {\n      id\n    }\n  }\n": typeof types.PartyStatsFulfilWishDocument,
    "\n  mutation PartyStatsCreateActivity($i: CreateActivityInput!) {\n    createActivity(input: $i) {\n      id\n    }\n  }\n": typeof types.PartyStatsCreateActivityDocument,
    "\n  mutation PartyStatsSignUp($a: ID!) {\n    signUpForActivity(activityId: $a) {\n      id\n    }\n  }\n": typeof types.PartyStatsSignUpDocument,
    "\n  mutation PartyStatsRecordAttendance($a: ID!, $p: String!) {\n    recordAttendance(activityId: $a, participantId: $p) {\n      id\n    }\n  }\n": typeof types.PartyStatsRecordAttendanceDocument,
    "\n  mutation PartyStatsCreateCompoundInNewYork($c: ID!) {\n    createCompound(input: { communityId: $c, name: \"Zulu NY\", timeZone: \"America/New_York\" }) {\n      id\n      timeZone\n    }\n  }\n": typeof types.PartyStatsCreateCompoundInNewYorkDocument,
    "\n  query PartyStatsOfCompound($c: ID!, $from: String!, $to: String!) {\n    partyStats(compoundId: $c, from: $from, to: $to) {\n      from\n      to\n      ...PartyStatsFigures\n    }\n  }\n": typeof types.PartyStatsOfCompoundDocument,
    "\n  query PartyStatsNovemberFirstPage($a: String) {\n    partyStatsByCompound(from: \"2026-11-01\", to: \"2026-11-30\", first: 2, after: $a) {\n      totalCount\n      edges {\n        node {\n          compound {\n            name\n          }\n          reports\n          shareRespondedWithinPromise\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PartyStatsNovemberFirstPageDocument,
    "\n  query PartyStatsOctoberAfter($a: String) {\n    partyStatsByCompound(from: \"2026-10-01\", to: \"2026-10-31\", after: $a) {\n      edges {\n        node {\n          compound {\n            name\n          }\n          reports\n        }\n      }\n    }\n  }\n": typeof types.PartyStatsOctoberAfterDocument,
    "\n  query PartyStatsNovemberTotal {\n    partyStatsByCompound(from: \"2026-11-01\", to: \"2026-11-30\") {\n      totalCount\n    }\n  }\n": typeof types.PartyStatsNovemberTotalDocument,
    "\n  mutation ServiceStationCreate($i: CreateServiceStationInput!) {\n    createServiceStation(input: $i) {\n      id\n      functions\n      customFunctions\n    }\n  }\n": typeof types.ServiceStationCreateDocument,
    "\n  mutation ServiceStationAddService($i: AddStationServiceInput!) {\n    addStationService(input: $i) {\n      name\n      mode\n    }\n  }\n": typeof types.ServiceStationAddServiceDocument,
    "\n  query ServiceStationOfCompound($c: ID!) {\n    compound(id: $c) {\n      serviceStation {\n        name\n        services {\n          name\n          category\n          mode\n        }\n        compound {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ServiceStationOfCompoundDocument,
    "\n  query ServiceStationOnDutyAt($id: ID!, $at: DateTimeISO) {\n    serviceStation(id: $id) {\n      onDuty(at: $at) {\n        team\n        workingDay\n        localDate\n      }\n    }\n  }\n": typeof types.ServiceStationOnDutyAtDocument,
    "\n  query ServiceStationOnDutyNow($id: ID!) {\n    serviceStation(id: $id) {\n      onDuty {\n        team\n        at\n      }\n    }\n  }\n": typeof types.ServiceStationOnDutyNowDocument,
    "\n  mutation ServiceStationSetCalendarDay($i: SetCalendarDayInput!) {\n    setCompoundCalendarDay(input: $i) {\n      day\n      kind\n    }\n  }\n": typeof types.ServiceStationSetCalendarDayDocument,
    "\n  query ServiceStationCalendarDays($c: ID!) {\n    compound(id: $c) {\n      calendarDays {\n        day\n        kind\n      }\n    }\n  }\n": typeof types.ServiceStationCalendarDaysDocument,
};
const documents: Documents = {
    "\n  query FederationCompound($id: ID!) {\n    compound(id: $id) {\n      id\n      name\n      nameZh\n      buildings {\n        id\n        number\n      }\n      ownersCommittee {\n        id\n        name\n        compound {\n          id\n          name\n        }\n      }\n      serviceContracts {\n        company {\n          name\n        }\n        startsOn\n      }\n      outlets {\n        kind\n        name\n        enterprise {\n          name\n        }\n      }\n    }\n  }\n": types.FederationCompoundDocument,
    "\n  query FederationCompoundNames($after: String) {\n    compounds(first: 5, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FederationCompoundNamesDocument,
    "\n  query FederationCompoundsPage($first: Int, $after: String) {\n    compounds(first: $first, after: $after) {\n      totalCount\n    }\n  }\n": types.FederationCompoundsPageDocument,
    "\n  query FederationCompoundById($id: ID!) {\n    compound(id: $id) {\n      id\n    }\n  }\n": types.FederationCompoundByIdDocument,
    "\n  mutation ActivitiesPointsCreateActivity($i: CreateActivityInput!) {\n    createActivity(input: $i) {\n      id\n      capacity\n      points\n      durationMinutes\n    }\n  }\n": types.ActivitiesPointsCreateActivityDocument,
    "\n  mutation ActivitiesPointsSignUp($a: ID!) {\n    signUpForActivity(activityId: $a) {\n      participantId\n      attended\n    }\n  }\n": types.ActivitiesPointsSignUpDocument,
    "\n  mutation ActivitiesPointsRecordAttendance($a: ID!, $p: String!) {\n    recordAttendance(activityId: $a, participantId: $p) {\n      attended\n      attendedAt\n    }\n  }\n": types.ActivitiesPointsRecordAttendanceDocument,
    "\n  query ActivitiesPointsMyPoints {\n    myPoints {\n      balance\n      entries {\n        totalCount\n        edges {\n          node {\n            delta\n            kind\n            reason\n          }\n        }\n      }\n    }\n  }\n": types.ActivitiesPointsMyPointsDocument,
    "\n  query ActivitiesPointsActivitiesWithSignUps($c: ID!) {\n    compound(id: $c) {\n      activities(first: 100) {\n        edges {\n          node {\n            title\n            signedUpCount\n            signUps {\n              participantId\n              participantName\n              attended\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ActivitiesPointsActivitiesWithSignUpsDocument,
    "\n  query ActivitiesPointsActivitiesForGrid($c: ID!) {\n    compound(id: $c) {\n      activities(first: 100) {\n        edges {\n          node {\n            title\n            signUps {\n              participantId\n              attended\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ActivitiesPointsActivitiesForGridDocument,
    "\n  mutation ActivitiesPointsRedeemPoints($i: RedeemPointsInput!) {\n    redeemPoints(input: $i) {\n      id\n      delta\n      kind\n      reason\n    }\n  }\n": types.ActivitiesPointsRedeemPointsDocument,
    "\n  query PartyDemoQinglanJiayuan($id: ID!) {\n    compound(id: $id) {\n      buildings {\n        number\n        units {\n          number\n        }\n      }\n      households(first: 1) {\n        totalCount\n      }\n      partyOrganisation {\n        kind\n        name\n        officers {\n          position\n        }\n        members(first: 100) {\n          totalCount\n          edges {\n            node {\n              membership\n              reportedIn\n            }\n          }\n        }\n      }\n      serviceStation {\n        name\n        services {\n          name\n          mode\n        }\n      }\n    }\n  }\n": types.PartyDemoQinglanJiayuanDocument,
    "\n  query PartyDemoResidentCompound($id: ID!) {\n    resident(id: $id) {\n      name\n      household {\n        compound {\n          name\n        }\n      }\n    }\n  }\n": types.PartyDemoResidentCompoundDocument,
    "\n  query PartyDemoStatsByCompound {\n    partyStatsByCompound(from: \"2026-09-01\", to: \"2026-11-30\", first: 100) {\n      edges {\n        node {\n          compound {\n            name\n          }\n          reports\n          respondedWithinPromise\n          shareRespondedWithinPromise\n          byPath {\n            key\n            count\n          }\n        }\n      }\n    }\n  }\n": types.PartyDemoStatsByCompoundDocument,
    "\n  query PartyDemoIssueReportsPage($c: ID!) {\n    issueReports(compoundId: $c, first: 2) {\n      edges {\n        node {\n          source\n          status\n          entries {\n            kind\n          }\n        }\n      }\n    }\n  }\n": types.PartyDemoIssueReportsPageDocument,
    "\n  query PartyDemoResidentsPage($id: ID!, $n: Int) {\n    compound(id: $id) {\n      residents(first: $n) {\n        edges {\n          node {\n            name\n            household {\n              label\n              building {\n                number\n              }\n              unit {\n                number\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PartyDemoResidentsPageDocument,
    "\n  fragment IssueReportsReportFields on IssueReport {\n    id\n    status\n    path\n    source\n    reportedAt\n    respondedAt\n    respondedWithinPromise\n    responseSeconds\n    resolvedAt\n    resolutionNote\n    whistleDepartment\n    satisfaction\n    closedAt\n    reopenCount\n    reportedByMe\n    entries {\n      kind\n      note\n      by\n    }\n  }\n": types.IssueReportsReportFieldsFragmentDoc,
    "\n  mutation IssueReportsReportIssue($i: ReportIssueInput!) {\n    reportIssue(input: $i) {\n      ...IssueReportsReportFields\n      reporterResident {\n        id\n        name\n      }\n    }\n  }\n": types.IssueReportsReportIssueDocument,
    "\n  mutation IssueReportsRespond($id: ID!) {\n    respondToIssueReport(id: $id, note: \"在路上\") {\n      ...IssueReportsReportFields\n    }\n  }\n": types.IssueReportsRespondDocument,
    "\n  mutation IssueReportsResolve($id: ID!) {\n    resolveIssueReport(id: $id, note: \"已更换灯泡\") {\n      ...IssueReportsReportFields\n    }\n  }\n": types.IssueReportsResolveDocument,
    "\n  mutation IssueReportsClose($id: ID!, $s: Int!) {\n    closeIssueReport(id: $id, satisfaction: $s, comment: \"谢谢\") {\n      ...IssueReportsReportFields\n    }\n  }\n": types.IssueReportsCloseDocument,
    "\n  mutation IssueReportsReopen($id: ID!, $reason: String!) {\n    reopenIssueReport(id: $id, reason: $reason) {\n      ...IssueReportsReportFields\n    }\n  }\n": types.IssueReportsReopenDocument,
    "\n  mutation IssueReportsHandToProperty($id: ID!) {\n    handIssueReportToProperty(id: $id, note: \"物业维修\") {\n      ...IssueReportsReportFields\n    }\n  }\n": types.IssueReportsHandToPropertyDocument,
    "\n  mutation IssueReportsAddFollowUp($id: ID!, $note: String!) {\n    addIssueFollowUp(id: $id, note: $note) {\n      id\n    }\n  }\n": types.IssueReportsAddFollowUpDocument,
    "\n  mutation IssueReportsBlowWhistle($id: ID!, $department: String!, $note: String) {\n    blowWhistle(id: $id, department: $department, note: $note) {\n      ...IssueReportsReportFields\n    }\n  }\n": types.IssueReportsBlowWhistleDocument,
    "\n  query IssueReportsOverdue($c: ID!) {\n    issueReports(compoundId: $c, overdue: true) {\n      edges {\n        node {\n          id\n          responseOverdue\n        }\n      }\n    }\n  }\n": types.IssueReportsOverdueDocument,
    "\n  mutation IssueReportsReportSource($i: ReportIssueInput!) {\n    reportIssue(input: $i) {\n      id\n      source\n    }\n  }\n": types.IssueReportsReportSourceDocument,
    "\n  mutation IssueReportsRegisterRider($c: ID!) {\n    registerPartTimeGridWorker(input: { compoundId: $c, userId: \"rider-1\", name: \"美团骑手小陈\", occupation: DELIVERY_RIDER }) {\n      id\n      occupation\n    }\n  }\n": types.IssueReportsRegisterRiderDocument,
    "\n  query IssueReportsFirstPage($c: ID!) {\n    issueReports(compoundId: $c, first: 3) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.IssueReportsFirstPageDocument,
    "\n  query IssueReportsPageAfter($c: ID!, $a: String) {\n    issueReports(compoundId: $c, first: 100, after: $a) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.IssueReportsPageAfterDocument,
    "\n  query IssueReportsTotalCount($c: ID!) {\n    issueReports(compoundId: $c) {\n      totalCount\n    }\n  }\n": types.IssueReportsTotalCountDocument,
    "\n  query IssueReportsMyClosed {\n    myIssueReports(first: 100, status: CLOSED) {\n      totalCount\n      edges {\n        node {\n          satisfaction\n          reporterResident {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.IssueReportsMyClosedDocument,
    "\n  query IssueReportsFirstReporter($c: ID!) {\n    issueReports(compoundId: $c, first: 1) {\n      edges {\n        node {\n          reporterResident {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.IssueReportsFirstReporterDocument,
    "\n  mutation ListsAndWishesAddNeed($i: AddNeedInput!) {\n    addNeed(input: $i) {\n      id\n      source\n    }\n  }\n": types.ListsAndWishesAddNeedDocument,
    "\n  mutation ListsAndWishesAddResource($i: AddResourceInput!) {\n    addResource(input: $i) {\n      id\n      kind\n    }\n  }\n": types.ListsAndWishesAddResourceDocument,
    "\n  mutation ListsAndWishesCreateProject($i: CreateProjectInput!) {\n    createProject(input: $i) {\n      id\n      title\n      needs {\n        title\n      }\n      resources {\n        name\n      }\n    }\n  }\n": types.ListsAndWishesCreateProjectDocument,
    "\n  query ListsAndWishesLists($c: ID!) {\n    compound(id: $c) {\n      needs {\n        totalCount\n      }\n      resources {\n        totalCount\n      }\n      projects {\n        totalCount\n        edges {\n          node {\n            title\n            needs {\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ListsAndWishesListsDocument,
    "\n  mutation ListsAndWishesPostMicroWish($i: PostMicroWishInput!) {\n    postMicroWish(input: $i) {\n      id\n      status\n      resident {\n        name\n      }\n    }\n  }\n": types.ListsAndWishesPostMicroWishDocument,
    "\n  mutation ListsAndWishesClaimWish($id: ID!) {\n    claimMicroWish(id: $id) {\n      status\n      claimedByMe\n      fulfilledAt\n    }\n  }\n": types.ListsAndWishesClaimWishDocument,
    "\n  mutation ListsAndWishesFulfilWish($id: ID!) {\n    fulfilMicroWish(id: $id) {\n      status\n      claimedByMe\n      fulfilledAt\n    }\n  }\n": types.ListsAndWishesFulfilWishDocument,
    "\n  mutation ListsAndWishesReleaseWish($id: ID!) {\n    releaseMicroWish(id: $id) {\n      status\n      claimedByMe\n      fulfilledAt\n    }\n  }\n": types.ListsAndWishesReleaseWishDocument,
    "\n  query ListsAndWishesFulfilledWishes($c: ID!) {\n    compound(id: $c) {\n      microWishes(status: FULFILLED) {\n        totalCount\n        edges {\n          node {\n            title\n            resident {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ListsAndWishesFulfilledWishesDocument,
    "\n  mutation OrgTreeCreateUnit($b: ID!) {\n    createUnit(input: { buildingId: $b, number: 2 }) {\n      id\n      name\n    }\n  }\n": types.OrgTreeCreateUnitDocument,
    "\n  mutation OrgTreeCreateHousehold($i: CreateHouseholdInput!) {\n    createHousehold(input: $i) {\n      id\n      label\n      isLocal\n    }\n  }\n": types.OrgTreeCreateHouseholdDocument,
    "\n  query OrgTreeHouseholdUp($id: ID!) {\n    household(id: $id) {\n      label\n      unit {\n        number\n        building {\n          number\n          compound {\n            name\n            community {\n              name\n              street {\n                name\n                city\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.OrgTreeHouseholdUpDocument,
    "\n  query OrgTreeStreets {\n    streets(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OrgTreeStreetsDocument,
    "\n  query OrgTreeStreetDown($id: ID!) {\n    street(id: $id) {\n      communities {\n        compounds {\n          name\n          buildings {\n            number\n            units {\n              number\n              households {\n                label\n              }\n            }\n            households(first: 10) {\n              totalCount\n              edges {\n                node {\n                  label\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.OrgTreeStreetDownDocument,
    "\n  query OrgTreeHouseholdsPage($id: ID!, $after: String) {\n    compound(id: $id) {\n      households(first: 3, after: $after) {\n        totalCount\n        edges {\n          node {\n            label\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.OrgTreeHouseholdsPageDocument,
    "\n  mutation OrgTreeCreateBuilding($c: ID!, $number: Int!) {\n    createBuilding(input: { compoundId: $c, number: $number }) {\n      id\n    }\n  }\n": types.OrgTreeCreateBuildingDocument,
    "\n  mutation OrgTreeCreateStreet {\n    createStreet(input: { name: \"X\", city: \"Y\" }) {\n      id\n    }\n  }\n": types.OrgTreeCreateStreetDocument,
    "\n  mutation OrgTreeUpdateCompound($i: UpdateCompoundInput!) {\n    updateCompound(input: $i) {\n      name\n      nameZh\n    }\n  }\n": types.OrgTreeUpdateCompoundDocument,
    "\n  query OrgTreeResidentRecord($id: ID!) {\n    resident(id: $id) {\n      id\n      name\n      phone\n      birthDate\n      isLocal\n      elderlyLivingAlone\n      erased\n      household {\n        label\n      }\n    }\n  }\n": types.OrgTreeResidentRecordDocument,
    "\n  query OrgTreeElderlyLivingAlone($c: ID!) {\n    compound(id: $c) {\n      residents(first: 50, elderlyLivingAlone: true) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.OrgTreeElderlyLivingAloneDocument,
    "\n  query OrgTreeResidentCount($c: ID!) {\n    compound(id: $c) {\n      residents {\n        totalCount\n      }\n    }\n  }\n": types.OrgTreeResidentCountDocument,
    "\n  mutation OrgTreeEraseResident($id: ID!) {\n    eraseResident(id: $id) {\n      id\n      name\n      phone\n      erased\n    }\n  }\n": types.OrgTreeEraseResidentDocument,
    "\n  query OrgTreeErasedAsAdmin($id: ID!) {\n    resident(id: $id) {\n      name\n      phone\n      birthDate\n      erased\n      household {\n        id\n      }\n    }\n  }\n": types.OrgTreeErasedAsAdminDocument,
    "\n  mutation OrgTreeUpdateResident($i: UpdateResidentInput!) {\n    updateResident(input: $i) {\n      phone\n      household {\n        id\n      }\n    }\n  }\n": types.OrgTreeUpdateResidentDocument,
    "\n  mutation OrgTreeUpdateBuilding($i: UpdateBuildingInput!) {\n    updateBuilding(input: $i) {\n      name\n    }\n  }\n": types.OrgTreeUpdateBuildingDocument,
    "\n  query OrgTreeTree($id: ID!) {\n    compound(id: $id) {\n      community {\n        id\n        street {\n          id\n        }\n      }\n      buildings {\n        units {\n          id\n        }\n      }\n    }\n  }\n": types.OrgTreeTreeDocument,
    "\n  mutation OrgTreeUpdateStreet($id: ID!) {\n    updateStreet(input: { id: $id, nameZh: \"测试街道\" }) {\n      name\n      nameZh\n    }\n  }\n": types.OrgTreeUpdateStreetDocument,
    "\n  mutation OrgTreeUpdateCommunity($id: ID!, $name: String!) {\n    updateCommunity(input: { id: $id, name: $name }) {\n      name\n    }\n  }\n": types.OrgTreeUpdateCommunityDocument,
    "\n  mutation OrgTreeUpdateUnit($id: ID!, $name: String!) {\n    updateUnit(id: $id, name: $name) {\n      name\n    }\n  }\n": types.OrgTreeUpdateUnitDocument,
    "\n  mutation OrgTreeUpdateHousehold($id: ID!) {\n    updateHousehold(input: { id: $id, doorNumber: \"302\", isLocal: false }) {\n      label\n      doorNumber\n      isLocal\n    }\n  }\n": types.OrgTreeUpdateHouseholdDocument,
    "\n  mutation PartyHelpersCreateStreet($name: String!) {\n    createStreet(input: { name: $name, city: \"Tianjin\" }) {\n      id\n    }\n  }\n": types.PartyHelpersCreateStreetDocument,
    "\n  mutation PartyHelpersCreateCommunity($s: ID!, $name: String!) {\n    createCommunity(input: { streetId: $s, name: $name }) {\n      id\n    }\n  }\n": types.PartyHelpersCreateCommunityDocument,
    "\n  mutation PartyHelpersCreateCompound($c: ID!, $n: String!) {\n    createCompound(input: { communityId: $c, name: $n }) {\n      id\n    }\n  }\n": types.PartyHelpersCreateCompoundDocument,
    "\n  mutation PartyHelpersCreateBuilding($c: ID!) {\n    createBuilding(input: { compoundId: $c, number: 1 }) {\n      id\n    }\n  }\n": types.PartyHelpersCreateBuildingDocument,
    "\n  mutation PartyHelpersCreateHousehold($c: ID!, $b: ID!) {\n    createHousehold(input: { compoundId: $c, buildingId: $b, doorNumber: \"101\" }) {\n      id\n    }\n  }\n": types.PartyHelpersCreateHouseholdDocument,
    "\n  mutation PartyHelpersCreateResident($i: CreateResidentInput!) {\n    createResident(input: $i) {\n      id\n    }\n  }\n": types.PartyHelpersCreateResidentDocument,
    "\n  mutation PartyOrganisationReportIn($i: ReportInInput!) {\n    reportInAsPartyMember(input: $i) {\n      id\n      name\n      membership\n      homeOrganisation\n      position\n      reportedIn\n      reportedInAt\n    }\n  }\n": types.PartyOrganisationReportInDocument,
    "\n  mutation PartyOrganisationCreate($i: CreatePartyOrganisationInput!) {\n    createPartyOrganisation(input: $i) {\n      id\n      kind\n    }\n  }\n": types.PartyOrganisationCreateDocument,
    "\n  mutation PartyOrganisationAppointOfficer($i: AppointPartyOfficerInput!) {\n    appointPartyOfficer(input: $i) {\n      name\n      position\n    }\n  }\n": types.PartyOrganisationAppointOfficerDocument,
    "\n  query PartyOrganisationOfficers($c: ID!) {\n    compound(id: $c) {\n      partyOrganisation {\n        name\n        officers {\n          name\n          position\n        }\n      }\n    }\n  }\n": types.PartyOrganisationOfficersDocument,
    "\n  query PartyOrganisationMyMemberships {\n    myPartyMemberships {\n      reportedIn\n      membership\n      organisation {\n        name\n      }\n    }\n  }\n": types.PartyOrganisationMyMembershipsDocument,
    "\n  query PartyOrganisationMembers($c: ID!) {\n    compound(id: $c) {\n      partyOrganisation {\n        members(first: 100) {\n          totalCount\n          edges {\n            node {\n              name\n              reportedIn\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PartyOrganisationMembersDocument,
    "\n  mutation PartyOrganisationCreateTask($i: CreateGovernanceTaskInput!) {\n    createGovernanceTask(input: $i) {\n      id\n      status\n    }\n  }\n": types.PartyOrganisationCreateTaskDocument,
    "\n  mutation PartyOrganisationClaimTask($id: ID!) {\n    claimGovernanceTask(id: $id) {\n      status\n      claimedBy {\n        name\n      }\n    }\n  }\n": types.PartyOrganisationClaimTaskDocument,
    "\n  mutation PartyOrganisationReleaseTask($id: ID!) {\n    releaseGovernanceTask(id: $id) {\n      id\n    }\n  }\n": types.PartyOrganisationReleaseTaskDocument,
    "\n  mutation PartyOrganisationCompleteTask($id: ID!, $outcome: String!) {\n    completeGovernanceTask(id: $id, outcome: $outcome) {\n      status\n      outcome\n      completedAt\n    }\n  }\n": types.PartyOrganisationCompleteTaskDocument,
    "\n  query PartyOrganisationClaimedTasks($c: ID!) {\n    compound(id: $c) {\n      governanceTasks(status: CLAIMED) {\n        totalCount\n        edges {\n          node {\n            title\n          }\n        }\n      }\n    }\n  }\n": types.PartyOrganisationClaimedTasksDocument,
    "\n  fragment PartyStatsFigures on CompoundPartyStats {\n    reports\n    responded\n    respondedWithinPromise\n    shareRespondedWithinPromise\n    medianResponseSeconds\n    resolved\n    medianResolutionSeconds\n    averageSatisfaction\n    byCategory {\n      key\n      count\n    }\n    byPath {\n      key\n      count\n    }\n    wishesFulfilled\n    volunteerMinutes\n    volunteerHours\n  }\n": types.PartyStatsFiguresFragmentDoc,
    "\n  mutation PartyStatsReportIssue($i: ReportIssueInput!) {\n    reportIssue(input: $i) {\n      id\n    }\n  }\n": types.PartyStatsReportIssueDocument,
    "\n  mutation PartyStatsRespond($id: ID!) {\n    respondToIssueReport(id: $id) {\n      id\n    }\n  }\n": types.PartyStatsRespondDocument,
    "\n  mutation PartyStatsResolve($id: ID!, $note: String!) {\n    resolveIssueReport(id: $id, note: $note) {\n      id\n    }\n  }\n": types.PartyStatsResolveDocument,
    "\n  mutation PartyStatsClose($id: ID!, $satisfaction: Int!) {\n    closeIssueReport(id: $id, satisfaction: $satisfaction) {\n      id\n    }\n  }\n": types.PartyStatsCloseDocument,
    "\n  mutation PartyStatsBlowWhistle($id: ID!) {\n    blowWhistle(id: $id, department: \"区住建局\") {\n      id\n    }\n  }\n": types.PartyStatsBlowWhistleDocument,
    "\n  mutation PartyStatsHandToProperty($id: ID!) {\n    handIssueReportToProperty(id: $id) {\n      id\n    }\n  }\n": types.PartyStatsHandToPropertyDocument,
    "\n  mutation PartyStatsPostWish($c: ID!) {\n    postMicroWish(input: { compoundId: $c, title: \"心愿\" }) {\n      id\n    }\n  }\n": types.PartyStatsPostWishDocument,
    "\n  mutation PartyStatsClaimWish($id: ID!) {\n    claimMicroWish(id: $id) {\n      id\n    }\n  }\n": types.PartyStatsClaimWishDocument,
    "\n  mutation PartyStatsFulfilWish($id: ID!) {\n    fulfilMicroWish(id: $id) {\n      id\n    }\n  }\n": types.PartyStatsFulfilWishDocument,
    "\n  mutation PartyStatsCreateActivity($i: CreateActivityInput!) {\n    createActivity(input: $i) {\n      id\n    }\n  }\n": types.PartyStatsCreateActivityDocument,
    "\n  mutation PartyStatsSignUp($a: ID!) {\n    signUpForActivity(activityId: $a) {\n      id\n    }\n  }\n": types.PartyStatsSignUpDocument,
    "\n  mutation PartyStatsRecordAttendance($a: ID!, $p: String!) {\n    recordAttendance(activityId: $a, participantId: $p) {\n      id\n    }\n  }\n": types.PartyStatsRecordAttendanceDocument,
    "\n  mutation PartyStatsCreateCompoundInNewYork($c: ID!) {\n    createCompound(input: { communityId: $c, name: \"Zulu NY\", timeZone: \"America/New_York\" }) {\n      id\n      timeZone\n    }\n  }\n": types.PartyStatsCreateCompoundInNewYorkDocument,
    "\n  query PartyStatsOfCompound($c: ID!, $from: String!, $to: String!) {\n    partyStats(compoundId: $c, from: $from, to: $to) {\n      from\n      to\n      ...PartyStatsFigures\n    }\n  }\n": types.PartyStatsOfCompoundDocument,
    "\n  query PartyStatsNovemberFirstPage($a: String) {\n    partyStatsByCompound(from: \"2026-11-01\", to: \"2026-11-30\", first: 2, after: $a) {\n      totalCount\n      edges {\n        node {\n          compound {\n            name\n          }\n          reports\n          shareRespondedWithinPromise\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PartyStatsNovemberFirstPageDocument,
    "\n  query PartyStatsOctoberAfter($a: String) {\n    partyStatsByCompound(from: \"2026-10-01\", to: \"2026-10-31\", after: $a) {\n      edges {\n        node {\n          compound {\n            name\n          }\n          reports\n        }\n      }\n    }\n  }\n": types.PartyStatsOctoberAfterDocument,
    "\n  query PartyStatsNovemberTotal {\n    partyStatsByCompound(from: \"2026-11-01\", to: \"2026-11-30\") {\n      totalCount\n    }\n  }\n": types.PartyStatsNovemberTotalDocument,
    "\n  mutation ServiceStationCreate($i: CreateServiceStationInput!) {\n    createServiceStation(input: $i) {\n      id\n      functions\n      customFunctions\n    }\n  }\n": types.ServiceStationCreateDocument,
    "\n  mutation ServiceStationAddService($i: AddStationServiceInput!) {\n    addStationService(input: $i) {\n      name\n      mode\n    }\n  }\n": types.ServiceStationAddServiceDocument,
    "\n  query ServiceStationOfCompound($c: ID!) {\n    compound(id: $c) {\n      serviceStation {\n        name\n        services {\n          name\n          category\n          mode\n        }\n        compound {\n          id\n        }\n      }\n    }\n  }\n": types.ServiceStationOfCompoundDocument,
    "\n  query ServiceStationOnDutyAt($id: ID!, $at: DateTimeISO) {\n    serviceStation(id: $id) {\n      onDuty(at: $at) {\n        team\n        workingDay\n        localDate\n      }\n    }\n  }\n": types.ServiceStationOnDutyAtDocument,
    "\n  query ServiceStationOnDutyNow($id: ID!) {\n    serviceStation(id: $id) {\n      onDuty {\n        team\n        at\n      }\n    }\n  }\n": types.ServiceStationOnDutyNowDocument,
    "\n  mutation ServiceStationSetCalendarDay($i: SetCalendarDayInput!) {\n    setCompoundCalendarDay(input: $i) {\n      day\n      kind\n    }\n  }\n": types.ServiceStationSetCalendarDayDocument,
    "\n  query ServiceStationCalendarDays($c: ID!) {\n    compound(id: $c) {\n      calendarDays {\n        day\n        kind\n      }\n    }\n  }\n": types.ServiceStationCalendarDaysDocument,
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
export function graphql(source: "\n  mutation ActivitiesPointsCreateActivity($i: CreateActivityInput!) {\n    createActivity(input: $i) {\n      id\n      capacity\n      points\n      durationMinutes\n    }\n  }\n"): typeof import('./graphql').ActivitiesPointsCreateActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivitiesPointsSignUp($a: ID!) {\n    signUpForActivity(activityId: $a) {\n      participantId\n      attended\n    }\n  }\n"): typeof import('./graphql').ActivitiesPointsSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivitiesPointsRecordAttendance($a: ID!, $p: String!) {\n    recordAttendance(activityId: $a, participantId: $p) {\n      attended\n      attendedAt\n    }\n  }\n"): typeof import('./graphql').ActivitiesPointsRecordAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivitiesPointsMyPoints {\n    myPoints {\n      balance\n      entries {\n        totalCount\n        edges {\n          node {\n            delta\n            kind\n            reason\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ActivitiesPointsMyPointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivitiesPointsActivitiesWithSignUps($c: ID!) {\n    compound(id: $c) {\n      activities(first: 100) {\n        edges {\n          node {\n            title\n            signedUpCount\n            signUps {\n              participantId\n              participantName\n              attended\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ActivitiesPointsActivitiesWithSignUpsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivitiesPointsActivitiesForGrid($c: ID!) {\n    compound(id: $c) {\n      activities(first: 100) {\n        edges {\n          node {\n            title\n            signUps {\n              participantId\n              attended\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ActivitiesPointsActivitiesForGridDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivitiesPointsRedeemPoints($i: RedeemPointsInput!) {\n    redeemPoints(input: $i) {\n      id\n      delta\n      kind\n      reason\n    }\n  }\n"): typeof import('./graphql').ActivitiesPointsRedeemPointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyDemoQinglanJiayuan($id: ID!) {\n    compound(id: $id) {\n      buildings {\n        number\n        units {\n          number\n        }\n      }\n      households(first: 1) {\n        totalCount\n      }\n      partyOrganisation {\n        kind\n        name\n        officers {\n          position\n        }\n        members(first: 100) {\n          totalCount\n          edges {\n            node {\n              membership\n              reportedIn\n            }\n          }\n        }\n      }\n      serviceStation {\n        name\n        services {\n          name\n          mode\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartyDemoQinglanJiayuanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyDemoResidentCompound($id: ID!) {\n    resident(id: $id) {\n      name\n      household {\n        compound {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartyDemoResidentCompoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyDemoStatsByCompound {\n    partyStatsByCompound(from: \"2026-09-01\", to: \"2026-11-30\", first: 100) {\n      edges {\n        node {\n          compound {\n            name\n          }\n          reports\n          respondedWithinPromise\n          shareRespondedWithinPromise\n          byPath {\n            key\n            count\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartyDemoStatsByCompoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyDemoIssueReportsPage($c: ID!) {\n    issueReports(compoundId: $c, first: 2) {\n      edges {\n        node {\n          source\n          status\n          entries {\n            kind\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartyDemoIssueReportsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyDemoResidentsPage($id: ID!, $n: Int) {\n    compound(id: $id) {\n      residents(first: $n) {\n        edges {\n          node {\n            name\n            household {\n              label\n              building {\n                number\n              }\n              unit {\n                number\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartyDemoResidentsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IssueReportsReportFields on IssueReport {\n    id\n    status\n    path\n    source\n    reportedAt\n    respondedAt\n    respondedWithinPromise\n    responseSeconds\n    resolvedAt\n    resolutionNote\n    whistleDepartment\n    satisfaction\n    closedAt\n    reopenCount\n    reportedByMe\n    entries {\n      kind\n      note\n      by\n    }\n  }\n"): typeof import('./graphql').IssueReportsReportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueReportsReportIssue($i: ReportIssueInput!) {\n    reportIssue(input: $i) {\n      ...IssueReportsReportFields\n      reporterResident {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').IssueReportsReportIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueReportsRespond($id: ID!) {\n    respondToIssueReport(id: $id, note: \"在路上\") {\n      ...IssueReportsReportFields\n    }\n  }\n"): typeof import('./graphql').IssueReportsRespondDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueReportsResolve($id: ID!) {\n    resolveIssueReport(id: $id, note: \"已更换灯泡\") {\n      ...IssueReportsReportFields\n    }\n  }\n"): typeof import('./graphql').IssueReportsResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueReportsClose($id: ID!, $s: Int!) {\n    closeIssueReport(id: $id, satisfaction: $s, comment: \"谢谢\") {\n      ...IssueReportsReportFields\n    }\n  }\n"): typeof import('./graphql').IssueReportsCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueReportsReopen($id: ID!, $reason: String!) {\n    reopenIssueReport(id: $id, reason: $reason) {\n      ...IssueReportsReportFields\n    }\n  }\n"): typeof import('./graphql').IssueReportsReopenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueReportsHandToProperty($id: ID!) {\n    handIssueReportToProperty(id: $id, note: \"物业维修\") {\n      ...IssueReportsReportFields\n    }\n  }\n"): typeof import('./graphql').IssueReportsHandToPropertyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueReportsAddFollowUp($id: ID!, $note: String!) {\n    addIssueFollowUp(id: $id, note: $note) {\n      id\n    }\n  }\n"): typeof import('./graphql').IssueReportsAddFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueReportsBlowWhistle($id: ID!, $department: String!, $note: String) {\n    blowWhistle(id: $id, department: $department, note: $note) {\n      ...IssueReportsReportFields\n    }\n  }\n"): typeof import('./graphql').IssueReportsBlowWhistleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IssueReportsOverdue($c: ID!) {\n    issueReports(compoundId: $c, overdue: true) {\n      edges {\n        node {\n          id\n          responseOverdue\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').IssueReportsOverdueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueReportsReportSource($i: ReportIssueInput!) {\n    reportIssue(input: $i) {\n      id\n      source\n    }\n  }\n"): typeof import('./graphql').IssueReportsReportSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueReportsRegisterRider($c: ID!) {\n    registerPartTimeGridWorker(input: { compoundId: $c, userId: \"rider-1\", name: \"美团骑手小陈\", occupation: DELIVERY_RIDER }) {\n      id\n      occupation\n    }\n  }\n"): typeof import('./graphql').IssueReportsRegisterRiderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IssueReportsFirstPage($c: ID!) {\n    issueReports(compoundId: $c, first: 3) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').IssueReportsFirstPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IssueReportsPageAfter($c: ID!, $a: String) {\n    issueReports(compoundId: $c, first: 100, after: $a) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').IssueReportsPageAfterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IssueReportsTotalCount($c: ID!) {\n    issueReports(compoundId: $c) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').IssueReportsTotalCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IssueReportsMyClosed {\n    myIssueReports(first: 100, status: CLOSED) {\n      totalCount\n      edges {\n        node {\n          satisfaction\n          reporterResident {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').IssueReportsMyClosedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IssueReportsFirstReporter($c: ID!) {\n    issueReports(compoundId: $c, first: 1) {\n      edges {\n        node {\n          reporterResident {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').IssueReportsFirstReporterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ListsAndWishesAddNeed($i: AddNeedInput!) {\n    addNeed(input: $i) {\n      id\n      source\n    }\n  }\n"): typeof import('./graphql').ListsAndWishesAddNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ListsAndWishesAddResource($i: AddResourceInput!) {\n    addResource(input: $i) {\n      id\n      kind\n    }\n  }\n"): typeof import('./graphql').ListsAndWishesAddResourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ListsAndWishesCreateProject($i: CreateProjectInput!) {\n    createProject(input: $i) {\n      id\n      title\n      needs {\n        title\n      }\n      resources {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ListsAndWishesCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListsAndWishesLists($c: ID!) {\n    compound(id: $c) {\n      needs {\n        totalCount\n      }\n      resources {\n        totalCount\n      }\n      projects {\n        totalCount\n        edges {\n          node {\n            title\n            needs {\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ListsAndWishesListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ListsAndWishesPostMicroWish($i: PostMicroWishInput!) {\n    postMicroWish(input: $i) {\n      id\n      status\n      resident {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ListsAndWishesPostMicroWishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ListsAndWishesClaimWish($id: ID!) {\n    claimMicroWish(id: $id) {\n      status\n      claimedByMe\n      fulfilledAt\n    }\n  }\n"): typeof import('./graphql').ListsAndWishesClaimWishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ListsAndWishesFulfilWish($id: ID!) {\n    fulfilMicroWish(id: $id) {\n      status\n      claimedByMe\n      fulfilledAt\n    }\n  }\n"): typeof import('./graphql').ListsAndWishesFulfilWishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ListsAndWishesReleaseWish($id: ID!) {\n    releaseMicroWish(id: $id) {\n      status\n      claimedByMe\n      fulfilledAt\n    }\n  }\n"): typeof import('./graphql').ListsAndWishesReleaseWishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListsAndWishesFulfilledWishes($c: ID!) {\n    compound(id: $c) {\n      microWishes(status: FULFILLED) {\n        totalCount\n        edges {\n          node {\n            title\n            resident {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ListsAndWishesFulfilledWishesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgTreeCreateUnit($b: ID!) {\n    createUnit(input: { buildingId: $b, number: 2 }) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').OrgTreeCreateUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgTreeCreateHousehold($i: CreateHouseholdInput!) {\n    createHousehold(input: $i) {\n      id\n      label\n      isLocal\n    }\n  }\n"): typeof import('./graphql').OrgTreeCreateHouseholdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgTreeHouseholdUp($id: ID!) {\n    household(id: $id) {\n      label\n      unit {\n        number\n        building {\n          number\n          compound {\n            name\n            community {\n              name\n              street {\n                name\n                city\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrgTreeHouseholdUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgTreeStreets {\n    streets(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrgTreeStreetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgTreeStreetDown($id: ID!) {\n    street(id: $id) {\n      communities {\n        compounds {\n          name\n          buildings {\n            number\n            units {\n              number\n              households {\n                label\n              }\n            }\n            households(first: 10) {\n              totalCount\n              edges {\n                node {\n                  label\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrgTreeStreetDownDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgTreeHouseholdsPage($id: ID!, $after: String) {\n    compound(id: $id) {\n      households(first: 3, after: $after) {\n        totalCount\n        edges {\n          node {\n            label\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrgTreeHouseholdsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgTreeCreateBuilding($c: ID!, $number: Int!) {\n    createBuilding(input: { compoundId: $c, number: $number }) {\n      id\n    }\n  }\n"): typeof import('./graphql').OrgTreeCreateBuildingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgTreeCreateStreet {\n    createStreet(input: { name: \"X\", city: \"Y\" }) {\n      id\n    }\n  }\n"): typeof import('./graphql').OrgTreeCreateStreetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgTreeUpdateCompound($i: UpdateCompoundInput!) {\n    updateCompound(input: $i) {\n      name\n      nameZh\n    }\n  }\n"): typeof import('./graphql').OrgTreeUpdateCompoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgTreeResidentRecord($id: ID!) {\n    resident(id: $id) {\n      id\n      name\n      phone\n      birthDate\n      isLocal\n      elderlyLivingAlone\n      erased\n      household {\n        label\n      }\n    }\n  }\n"): typeof import('./graphql').OrgTreeResidentRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgTreeElderlyLivingAlone($c: ID!) {\n    compound(id: $c) {\n      residents(first: 50, elderlyLivingAlone: true) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrgTreeElderlyLivingAloneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgTreeResidentCount($c: ID!) {\n    compound(id: $c) {\n      residents {\n        totalCount\n      }\n    }\n  }\n"): typeof import('./graphql').OrgTreeResidentCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgTreeEraseResident($id: ID!) {\n    eraseResident(id: $id) {\n      id\n      name\n      phone\n      erased\n    }\n  }\n"): typeof import('./graphql').OrgTreeEraseResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgTreeErasedAsAdmin($id: ID!) {\n    resident(id: $id) {\n      name\n      phone\n      birthDate\n      erased\n      household {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').OrgTreeErasedAsAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgTreeUpdateResident($i: UpdateResidentInput!) {\n    updateResident(input: $i) {\n      phone\n      household {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').OrgTreeUpdateResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgTreeUpdateBuilding($i: UpdateBuildingInput!) {\n    updateBuilding(input: $i) {\n      name\n    }\n  }\n"): typeof import('./graphql').OrgTreeUpdateBuildingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgTreeTree($id: ID!) {\n    compound(id: $id) {\n      community {\n        id\n        street {\n          id\n        }\n      }\n      buildings {\n        units {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrgTreeTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgTreeUpdateStreet($id: ID!) {\n    updateStreet(input: { id: $id, nameZh: \"测试街道\" }) {\n      name\n      nameZh\n    }\n  }\n"): typeof import('./graphql').OrgTreeUpdateStreetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgTreeUpdateCommunity($id: ID!, $name: String!) {\n    updateCommunity(input: { id: $id, name: $name }) {\n      name\n    }\n  }\n"): typeof import('./graphql').OrgTreeUpdateCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgTreeUpdateUnit($id: ID!, $name: String!) {\n    updateUnit(id: $id, name: $name) {\n      name\n    }\n  }\n"): typeof import('./graphql').OrgTreeUpdateUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgTreeUpdateHousehold($id: ID!) {\n    updateHousehold(input: { id: $id, doorNumber: \"302\", isLocal: false }) {\n      label\n      doorNumber\n      isLocal\n    }\n  }\n"): typeof import('./graphql').OrgTreeUpdateHouseholdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyHelpersCreateStreet($name: String!) {\n    createStreet(input: { name: $name, city: \"Tianjin\" }) {\n      id\n    }\n  }\n"): typeof import('./graphql').PartyHelpersCreateStreetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyHelpersCreateCommunity($s: ID!, $name: String!) {\n    createCommunity(input: { streetId: $s, name: $name }) {\n      id\n    }\n  }\n"): typeof import('./graphql').PartyHelpersCreateCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyHelpersCreateCompound($c: ID!, $n: String!) {\n    createCompound(input: { communityId: $c, name: $n }) {\n      id\n    }\n  }\n"): typeof import('./graphql').PartyHelpersCreateCompoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyHelpersCreateBuilding($c: ID!) {\n    createBuilding(input: { compoundId: $c, number: 1 }) {\n      id\n    }\n  }\n"): typeof import('./graphql').PartyHelpersCreateBuildingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyHelpersCreateHousehold($c: ID!, $b: ID!) {\n    createHousehold(input: { compoundId: $c, buildingId: $b, doorNumber: \"101\" }) {\n      id\n    }\n  }\n"): typeof import('./graphql').PartyHelpersCreateHouseholdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyHelpersCreateResident($i: CreateResidentInput!) {\n    createResident(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql').PartyHelpersCreateResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyOrganisationReportIn($i: ReportInInput!) {\n    reportInAsPartyMember(input: $i) {\n      id\n      name\n      membership\n      homeOrganisation\n      position\n      reportedIn\n      reportedInAt\n    }\n  }\n"): typeof import('./graphql').PartyOrganisationReportInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyOrganisationCreate($i: CreatePartyOrganisationInput!) {\n    createPartyOrganisation(input: $i) {\n      id\n      kind\n    }\n  }\n"): typeof import('./graphql').PartyOrganisationCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyOrganisationAppointOfficer($i: AppointPartyOfficerInput!) {\n    appointPartyOfficer(input: $i) {\n      name\n      position\n    }\n  }\n"): typeof import('./graphql').PartyOrganisationAppointOfficerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyOrganisationOfficers($c: ID!) {\n    compound(id: $c) {\n      partyOrganisation {\n        name\n        officers {\n          name\n          position\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartyOrganisationOfficersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyOrganisationMyMemberships {\n    myPartyMemberships {\n      reportedIn\n      membership\n      organisation {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').PartyOrganisationMyMembershipsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyOrganisationMembers($c: ID!) {\n    compound(id: $c) {\n      partyOrganisation {\n        members(first: 100) {\n          totalCount\n          edges {\n            node {\n              name\n              reportedIn\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartyOrganisationMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyOrganisationCreateTask($i: CreateGovernanceTaskInput!) {\n    createGovernanceTask(input: $i) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').PartyOrganisationCreateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyOrganisationClaimTask($id: ID!) {\n    claimGovernanceTask(id: $id) {\n      status\n      claimedBy {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').PartyOrganisationClaimTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyOrganisationReleaseTask($id: ID!) {\n    releaseGovernanceTask(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').PartyOrganisationReleaseTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyOrganisationCompleteTask($id: ID!, $outcome: String!) {\n    completeGovernanceTask(id: $id, outcome: $outcome) {\n      status\n      outcome\n      completedAt\n    }\n  }\n"): typeof import('./graphql').PartyOrganisationCompleteTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyOrganisationClaimedTasks($c: ID!) {\n    compound(id: $c) {\n      governanceTasks(status: CLAIMED) {\n        totalCount\n        edges {\n          node {\n            title\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartyOrganisationClaimedTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartyStatsFigures on CompoundPartyStats {\n    reports\n    responded\n    respondedWithinPromise\n    shareRespondedWithinPromise\n    medianResponseSeconds\n    resolved\n    medianResolutionSeconds\n    averageSatisfaction\n    byCategory {\n      key\n      count\n    }\n    byPath {\n      key\n      count\n    }\n    wishesFulfilled\n    volunteerMinutes\n    volunteerHours\n  }\n"): typeof import('./graphql').PartyStatsFiguresFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyStatsReportIssue($i: ReportIssueInput!) {\n    reportIssue(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql').PartyStatsReportIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyStatsRespond($id: ID!) {\n    respondToIssueReport(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').PartyStatsRespondDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyStatsResolve($id: ID!, $note: String!) {\n    resolveIssueReport(id: $id, note: $note) {\n      id\n    }\n  }\n"): typeof import('./graphql').PartyStatsResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyStatsClose($id: ID!, $satisfaction: Int!) {\n    closeIssueReport(id: $id, satisfaction: $satisfaction) {\n      id\n    }\n  }\n"): typeof import('./graphql').PartyStatsCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyStatsBlowWhistle($id: ID!) {\n    blowWhistle(id: $id, department: \"区住建局\") {\n      id\n    }\n  }\n"): typeof import('./graphql').PartyStatsBlowWhistleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyStatsHandToProperty($id: ID!) {\n    handIssueReportToProperty(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').PartyStatsHandToPropertyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyStatsPostWish($c: ID!) {\n    postMicroWish(input: { compoundId: $c, title: \"心愿\" }) {\n      id\n    }\n  }\n"): typeof import('./graphql').PartyStatsPostWishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyStatsClaimWish($id: ID!) {\n    claimMicroWish(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').PartyStatsClaimWishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyStatsFulfilWish($id: ID!) {\n    fulfilMicroWish(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').PartyStatsFulfilWishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyStatsCreateActivity($i: CreateActivityInput!) {\n    createActivity(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql').PartyStatsCreateActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyStatsSignUp($a: ID!) {\n    signUpForActivity(activityId: $a) {\n      id\n    }\n  }\n"): typeof import('./graphql').PartyStatsSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyStatsRecordAttendance($a: ID!, $p: String!) {\n    recordAttendance(activityId: $a, participantId: $p) {\n      id\n    }\n  }\n"): typeof import('./graphql').PartyStatsRecordAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyStatsCreateCompoundInNewYork($c: ID!) {\n    createCompound(input: { communityId: $c, name: \"Zulu NY\", timeZone: \"America/New_York\" }) {\n      id\n      timeZone\n    }\n  }\n"): typeof import('./graphql').PartyStatsCreateCompoundInNewYorkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyStatsOfCompound($c: ID!, $from: String!, $to: String!) {\n    partyStats(compoundId: $c, from: $from, to: $to) {\n      from\n      to\n      ...PartyStatsFigures\n    }\n  }\n"): typeof import('./graphql').PartyStatsOfCompoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyStatsNovemberFirstPage($a: String) {\n    partyStatsByCompound(from: \"2026-11-01\", to: \"2026-11-30\", first: 2, after: $a) {\n      totalCount\n      edges {\n        node {\n          compound {\n            name\n          }\n          reports\n          shareRespondedWithinPromise\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').PartyStatsNovemberFirstPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyStatsOctoberAfter($a: String) {\n    partyStatsByCompound(from: \"2026-10-01\", to: \"2026-10-31\", after: $a) {\n      edges {\n        node {\n          compound {\n            name\n          }\n          reports\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartyStatsOctoberAfterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyStatsNovemberTotal {\n    partyStatsByCompound(from: \"2026-11-01\", to: \"2026-11-30\") {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').PartyStatsNovemberTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServiceStationCreate($i: CreateServiceStationInput!) {\n    createServiceStation(input: $i) {\n      id\n      functions\n      customFunctions\n    }\n  }\n"): typeof import('./graphql').ServiceStationCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServiceStationAddService($i: AddStationServiceInput!) {\n    addStationService(input: $i) {\n      name\n      mode\n    }\n  }\n"): typeof import('./graphql').ServiceStationAddServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceStationOfCompound($c: ID!) {\n    compound(id: $c) {\n      serviceStation {\n        name\n        services {\n          name\n          category\n          mode\n        }\n        compound {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ServiceStationOfCompoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceStationOnDutyAt($id: ID!, $at: DateTimeISO) {\n    serviceStation(id: $id) {\n      onDuty(at: $at) {\n        team\n        workingDay\n        localDate\n      }\n    }\n  }\n"): typeof import('./graphql').ServiceStationOnDutyAtDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceStationOnDutyNow($id: ID!) {\n    serviceStation(id: $id) {\n      onDuty {\n        team\n        at\n      }\n    }\n  }\n"): typeof import('./graphql').ServiceStationOnDutyNowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServiceStationSetCalendarDay($i: SetCalendarDayInput!) {\n    setCompoundCalendarDay(input: $i) {\n      day\n      kind\n    }\n  }\n"): typeof import('./graphql').ServiceStationSetCalendarDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceStationCalendarDays($c: ID!) {\n    compound(id: $c) {\n      calendarDays {\n        day\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').ServiceStationCalendarDaysDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
