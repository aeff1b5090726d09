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
    "\n  query CommitteeAnalyticsFundFlows($c: ID!, $from: String!, $to: String!) {\n    fundFlowReport(compoundId: $c, fromMonth: $from, toMonth: $to) {\n      period\n      direction\n      source\n      entries\n      total {\n        fen\n        yuan\n      }\n    }\n  }\n": typeof types.CommitteeAnalyticsFundFlowsDocument,
    "\n  query CommitteeAnalyticsTurnout($c: ID!) {\n    voteTurnoutReport(compoundId: $c) {\n      title\n      matter\n      rollHeads\n      participatingHeads\n      participatingAreaCentiM2\n      turnoutHeadsBasisPoints\n      turnoutAreaBasisPoints\n      forHeads\n      valid\n      passed\n    }\n  }\n": typeof types.CommitteeAnalyticsTurnoutDocument,
    "\n  query CommitteeAnalyticsOutcomes($c: ID) {\n    voteOutcomesByMatter(compoundId: $c) {\n      matter\n      closedVotes\n      validVotes\n      passedVotes\n      participatingHeads\n      rollHeads\n    }\n  }\n": typeof types.CommitteeAnalyticsOutcomesDocument,
    "\n  mutation CommitteeElectionRecord($input: RecordElectionInput!) {\n    recordCommitteeElection(input: $input) {\n      id\n      name\n      termStartsOn\n      termEndsOn\n      compound {\n        id\n      }\n      currentTerm {\n        startsOn\n        endsOn\n        electedBy {\n          id\n          matter\n        }\n        seats {\n          role\n          owner {\n            id\n            name\n          }\n        }\n      }\n      terms {\n        id\n      }\n    }\n  }\n": typeof types.CommitteeElectionRecordDocument,
    "\n  query CommitteeElectionPublicSeats($id: ID!) {\n    ownersCommittee(id: $id) {\n      currentTerm {\n        seats {\n          role\n          owner {\n            name\n            areaCentiM2\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommitteeElectionPublicSeatsDocument,
    "\n  query CommitteeElectionSeatsAsResident($id: ID!) {\n    ownersCommittee(id: $id) {\n      currentTerm {\n        seats {\n          owner {\n            name\n            areaCentiM2\n            units {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommitteeElectionSeatsAsResidentDocument,
    "\n  mutation ConsultationStart($input: StartConsultationInput!) {\n    startConsultation(input: $input) {\n      id\n      stage\n    }\n  }\n": typeof types.ConsultationStartDocument,
    "\n  mutation ConsultationAdvance($input: AdvanceConsultationInput!) {\n    advanceConsultation(input: $input) {\n      id\n      stage\n      decisionVote {\n        id\n      }\n    }\n  }\n": typeof types.ConsultationAdvanceDocument,
    "\n  mutation ConsultationProposeTopic($input: ProposeTopicInput!) {\n    proposeConsultationTopic(input: $input) {\n      id\n      text\n    }\n  }\n": typeof types.ConsultationProposeTopicDocument,
    "\n  mutation ConsultationAdoptDocumentVersion($input: AdoptDocumentVersionInput!) {\n    adoptGovernanceDocumentVersion(input: $input) {\n      id\n      version\n      title\n      effectiveOn\n      adoptedBy {\n        id\n      }\n    }\n  }\n": typeof types.ConsultationAdoptDocumentVersionDocument,
    "\n  query ConsultationGovernanceDocuments($c: ID!) {\n    governanceDocuments(compoundId: $c) {\n      kind\n      current {\n        version\n        title\n      }\n      history {\n        version\n        effectiveOn\n      }\n    }\n  }\n": typeof types.ConsultationGovernanceDocumentsDocument,
    "\n  query ConsultationRecord($id: ID!) {\n    consultation(id: $id) {\n      stage\n      topics {\n        text\n      }\n      steps {\n        stage\n        note\n        vote {\n          id\n          result {\n            passed\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsultationRecordDocument,
    "\n  query CommitteeDemoKuiguangtaStory($c: ID!, $committee: ID!) {\n    compound: ownersCommittee(id: $committee) {\n      name\n      currentTerm {\n        startsOn\n        seats {\n          role\n          owner {\n            name\n          }\n        }\n        electedBy {\n          matter\n          result {\n            passed\n          }\n        }\n      }\n      fund {\n        balance {\n          yuan\n        }\n        entries {\n          totalCount\n          edges {\n            node {\n              source\n              direction\n              status\n              amount {\n                yuan\n              }\n            }\n          }\n        }\n      }\n    }\n    ownerRoll(compoundId: $c) {\n      heads\n      areaCentiM2\n    }\n    governanceDocuments(compoundId: $c) {\n      kind\n      current {\n        version\n        title\n        adoptedBy {\n          matter\n          result {\n            passed\n          }\n        }\n      }\n    }\n    consultations(compoundId: $c) {\n      edges {\n        node {\n          stage\n          decisionVote {\n            title\n          }\n          steps {\n            stage\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommitteeDemoKuiguangtaStoryDocument,
    "\n  query CommitteeDemoVote($id: ID!) {\n    vote(id: $id) {\n      matter\n      approvalRule\n      status\n      result {\n        valid\n        passed\n        explanation\n      }\n    }\n  }\n": typeof types.CommitteeDemoVoteDocument,
    "\n  query CommitteeDemoRoll($c: ID!, $n: Int!) {\n    ownerRoll(compoundId: $c) {\n      owners(first: $n) {\n        edges {\n          node {\n            name\n            residentId\n            areaCentiM2\n            units {\n              area\n              household {\n                ownedUnit {\n                  id\n                  owner {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommitteeDemoRollDocument,
    "\n  query CommitteeDemoLedger($c: ID!, $n: Int!) {\n    publicFund(compoundId: $c) {\n      entries(first: $n) {\n        edges {\n          node {\n            amount {\n              fen\n            }\n            reverses {\n              id\n            }\n            reversedBy {\n              id\n            }\n            committee {\n              name\n            }\n            settlement {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommitteeDemoLedgerDocument,
    "\n  query CommitteeDemoVotes($c: ID!, $n: Int!) {\n    compound(id: $c) {\n      jointVotes(first: $n) {\n        totalCount\n        edges {\n          node {\n            roll {\n              heads\n            }\n            result {\n              passed\n              checks {\n                met\n              }\n            }\n            myBallot {\n              choice\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommitteeDemoVotesDocument,
    "\n  query CommitteeDemoConsultations($c: ID!, $n: Int!) {\n    consultations(compoundId: $c, first: $n) {\n      edges {\n        node {\n          topics {\n            text\n          }\n          steps {\n            stage\n            vote {\n              title\n              result {\n                passed\n              }\n              myBallot {\n                choice\n              }\n            }\n          }\n          decisionVote {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommitteeDemoConsultationsDocument,
    "\n  mutation CommitteeRegisterOwner($input: RegisterOwnerInput!) {\n    registerOwner(input: $input) {\n      id\n      isDeveloper\n      name\n    }\n  }\n": typeof types.CommitteeRegisterOwnerDocument,
    "\n  mutation CommitteeRegisterOwnedUnit($input: RegisterOwnedUnitInput!) {\n    registerOwnedUnit(input: $input) {\n      id\n      areaCentiM2\n      area\n    }\n  }\n": typeof types.CommitteeRegisterOwnedUnitDocument,
    "\n  mutation CommitteeOpenVote($input: OpenVoteInput!) {\n    openVote(input: $input) {\n      id\n      status\n      matter\n      approvalRule\n      roll {\n        heads\n        areaCentiM2\n        area\n      }\n    }\n  }\n": typeof types.CommitteeOpenVoteDocument,
    "\n  mutation CommitteeCastBallot($input: BallotInput!) {\n    castBallot(input: $input) {\n      id\n      choice\n      castAt\n      changedAt\n    }\n  }\n": typeof types.CommitteeCastBallotDocument,
    "\n  mutation CommitteeCloseVote($id: ID!) {\n    closeVote(id: $id) {\n      id\n      status\n      closedAt\n      result {\n        valid\n        passed\n        participatingAreaCentiM2\n        participatingHeads\n        forAreaCentiM2\n        forHeads\n        againstAreaCentiM2\n        againstHeads\n        abstainAreaCentiM2\n        abstainHeads\n        explanation\n        checks {\n          stage\n          measure\n          rule\n          count\n          base\n          required\n          shortfall\n          met\n          text\n        }\n      }\n    }\n  }\n": typeof types.CommitteeCloseVoteDocument,
    "\n  query FollowTheMoneyFromCompound($c: ID!) {\n    compound(id: $c) {\n      outlets {\n        kind\n        settlements(first: 10) {\n          edges {\n            node {\n              id\n              period\n              proceeds {\n                fen\n              }\n              enterpriseShare {\n                fen\n              }\n              propertyKept {\n                fen\n              }\n              committeeRebate {\n                fen\n              }\n              rebate {\n                status\n              }\n              fundEntry {\n                id\n                source\n                direction\n                status\n                period\n                amount {\n                  fen\n                }\n                balanceAfter {\n                  fen\n                }\n                committee {\n                  id\n                }\n              }\n            }\n          }\n        }\n        cofunding {\n          contributions {\n            source\n            amount {\n              fen\n            }\n            fundEntry {\n              id\n              direction\n              amount {\n                fen\n              }\n            }\n          }\n        }\n      }\n      publicFund {\n        balance {\n          fen\n          yuan\n        }\n        pendingSpending {\n          fen\n        }\n        committee {\n          id\n        }\n        entries(first: 100) {\n          totalCount\n          edges {\n            node {\n              id\n              source\n              direction\n              amount {\n                fen\n              }\n              balanceAfter {\n                fen\n              }\n              settlement {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.FollowTheMoneyFromCompoundDocument,
    "\n  query FollowTheMoneyFundTotals($c: ID!) {\n    compound(id: $c) {\n      publicFund {\n        balance {\n          fen\n        }\n        entries {\n          totalCount\n        }\n      }\n    }\n  }\n": typeof types.FollowTheMoneyFundTotalsDocument,
    "\n  query FollowTheMoneyFundBalance($c: ID!) {\n    compound(id: $c) {\n      publicFund {\n        balance {\n          fen\n        }\n      }\n    }\n  }\n": typeof types.FollowTheMoneyFundBalanceDocument,
    "\n  mutation JointVoteChangeBallot($input: BallotInput!) {\n    changeBallot(input: $input) {\n      id\n      choice\n      castAt\n      changedAt\n    }\n  }\n": typeof types.JointVoteChangeBallotDocument,
    "\n  query JointVoteRollWithOwners($c: ID!) {\n    ownerRoll(compoundId: $c) {\n      heads\n      areaCentiM2\n      area\n      owners {\n        totalCount\n        edges {\n          node {\n            id\n            heads\n            areaCentiM2\n            isDeveloper\n            units {\n              areaCentiM2\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.JointVoteRollWithOwnersDocument,
    "\n  query JointVoteRollHouseholds($c: ID!) {\n    ownerRoll(compoundId: $c) {\n      owners {\n        edges {\n          node {\n            units {\n              household {\n                id\n                ownedUnit {\n                  area\n                  owner {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.JointVoteRollHouseholdsDocument,
    "\n  query JointVoteMyBallot($id: ID!) {\n    vote(id: $id) {\n      id\n      status\n      result {\n        valid\n      }\n      myBallot {\n        choice\n      }\n    }\n  }\n": typeof types.JointVoteMyBallotDocument,
    "\n  mutation JointVoteUpdateOwnedUnit($input: UpdateOwnedUnitInput!) {\n    updateOwnedUnit(input: $input) {\n      areaCentiM2\n    }\n  }\n": typeof types.JointVoteUpdateOwnedUnitDocument,
    "\n  mutation JointVoteEraseOwner($r: ID!) {\n    eraseOwnerPersonalData(residentId: $r)\n  }\n": typeof types.JointVoteEraseOwnerDocument,
    "\n  query JointVoteRollNames($c: ID!) {\n    ownerRoll(compoundId: $c) {\n      heads\n      owners {\n        edges {\n          node {\n            name\n            residentId\n            areaCentiM2\n          }\n        }\n      }\n    }\n  }\n": typeof types.JointVoteRollNamesDocument,
    "\n  fragment PublicFundEntryFields on FundEntry {\n    id\n    direction\n    source\n    status\n    amount {\n      fen\n      yuan\n    }\n    balanceAfter {\n      fen\n    }\n    description\n    submittedBy\n    decidedBy\n    postedAt\n    period\n    reverses {\n      id\n    }\n    reversedBy {\n      id\n    }\n    settlement {\n      id\n    }\n  }\n": typeof types.PublicFundEntryFieldsFragmentDoc,
    "\n  mutation PublicFundRecordIncome($input: RecordFundIncomeInput!) {\n    recordFundIncome(input: $input) {\n      ...PublicFundEntryFields\n    }\n  }\n": typeof types.PublicFundRecordIncomeDocument,
    "\n  mutation PublicFundSubmitSpending($input: SubmitFundSpendingInput!) {\n    submitFundSpending(input: $input) {\n      ...PublicFundEntryFields\n    }\n  }\n": typeof types.PublicFundSubmitSpendingDocument,
    "\n  mutation PublicFundApproveSpending($input: DecideFundSpendingInput!) {\n    approveFundSpending(input: $input) {\n      ...PublicFundEntryFields\n    }\n  }\n": typeof types.PublicFundApproveSpendingDocument,
    "\n  mutation PublicFundRejectSpending($input: DecideFundSpendingInput!) {\n    rejectFundSpending(input: $input) {\n      ...PublicFundEntryFields\n    }\n  }\n": typeof types.PublicFundRejectSpendingDocument,
    "\n  mutation PublicFundReverseEntry($input: ReverseFundEntryInput!) {\n    reverseFundEntry(input: $input) {\n      ...PublicFundEntryFields\n    }\n  }\n": typeof types.PublicFundReverseEntryDocument,
    "\n  query PublicFundLedger($c: ID!) {\n    publicFund(compoundId: $c) {\n      balance {\n        fen\n        yuan\n      }\n      committee {\n        id\n      }\n      entries(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            source\n            status\n            amount {\n              fen\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PublicFundLedgerDocument,
    "\n  query PublicFundLedgerPage($c: ID!, $after: String) {\n    publicFund(compoundId: $c) {\n      entries(first: 3, after: $after) {\n        edges {\n          node {\n            id\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.PublicFundLedgerPageDocument,
    "\n  query PublicFundOfCommittee($id: ID!) {\n    ownersCommittee(id: $id) {\n      fund {\n        balance {\n          fen\n        }\n      }\n    }\n  }\n": typeof types.PublicFundOfCommitteeDocument,
    "\n  query PublicFundBalanceAndPending($c: ID!) {\n    publicFund(compoundId: $c) {\n      balance {\n        fen\n      }\n      pendingSpending {\n        fen\n      }\n    }\n  }\n": typeof types.PublicFundBalanceAndPendingDocument,
    "\n  query PublicFundEntry($id: ID!) {\n    fundEntry(id: $id) {\n      amount {\n        fen\n      }\n      status\n      reversedBy {\n        id\n      }\n    }\n  }\n": typeof types.PublicFundEntryDocument,
    "\n  query EnterpriseAccessVegOrderPage($o: ID!, $n: Int) {\n    vegOrders(outletId: $o, first: $n) {\n      edges {\n        node {\n          total {\n            fen\n          }\n          outlet {\n            name\n          }\n          lines {\n            quantity\n            product {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseAccessVegOrderPageDocument,
    "\n  query EnterpriseAccessMealPage($o: ID!, $n: Int) {\n    meals(outletId: $o, first: $n) {\n      edges {\n        node {\n          price {\n            fen\n          }\n          ageYears\n          card {\n            cardNo\n            holderName\n          }\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseAccessMealPageDocument,
    "\n  query EnterpriseAccessSettlementPages($id: ID!, $n: Int) {\n    compound(id: $id) {\n      outlets {\n        settlements(first: $n) {\n          totalCount\n          edges {\n            node {\n              proceeds {\n                fen\n              }\n              agreement {\n                enterpriseBp\n              }\n              rebate {\n                status\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseAccessSettlementPagesDocument,
    "\n  query EnterpriseAccessCommitteeRebates($c: ID!) {\n    settlements(ownersCommitteeId: $c, first: 100) {\n      totalCount\n      edges {\n        node {\n          period\n          committeeRebate {\n            fen\n          }\n          rebate {\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseAccessCommitteeRebatesDocument,
    "\n  query EnterpriseAccessCompanyAgreements($id: ID!) {\n    propertyCompany(id: $id) {\n      name\n      revenueShareAgreements {\n        enterpriseBp\n        propertyBp\n        rebateBpOfProperty\n        effectiveFrom\n        outlet {\n          kind\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseAccessCompanyAgreementsDocument,
    "\n  query EnterpriseAccessOutletAgreements($id: ID!) {\n    compound(id: $id) {\n      outlets {\n        revenueShareAgreements {\n          enterpriseBp\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseAccessOutletAgreementsDocument,
    "\n  query EnterpriseAccessVegOrderCount($o: ID!) {\n    vegOrders(outletId: $o) {\n      totalCount\n    }\n  }\n": typeof types.EnterpriseAccessVegOrderCountDocument,
    "\n  query EnterpriseAccessMealCount($o: ID!) {\n    meals(outletId: $o) {\n      totalCount\n    }\n  }\n": typeof types.EnterpriseAccessMealCountDocument,
    "\n  query EnterpriseAccessCharityFund($o: ID!) {\n    charityFund(outletId: $o) {\n      balance {\n        fen\n      }\n    }\n  }\n": typeof types.EnterpriseAccessCharityFundDocument,
    "\n  query EnterpriseAccessMarketSaleCount($o: ID!) {\n    marketSales(outletId: $o) {\n      totalCount\n    }\n  }\n": typeof types.EnterpriseAccessMarketSaleCountDocument,
    "\n  mutation EnterpriseAnalyticsSettleOctober($outletId: ID!) {\n    settleOutletPeriod(input: { outletId: $outletId, period: \"2026-10\", idempotencyKey: \"oct\" }) {\n      proceeds {\n        fen\n      }\n    }\n  }\n": typeof types.EnterpriseAnalyticsSettleOctoberDocument,
    "\n  query EnterpriseAnalyticsOutletFigures($o: ID) {\n    outletPeriodFigures(from: \"2026-10\", to: \"2026-11\", outletId: $o) {\n      outlet {\n        id\n      }\n      period\n      sales {\n        fen\n      }\n      costOfGoods {\n        fen\n      }\n      proceeds {\n        fen\n      }\n      settled\n    }\n  }\n": typeof types.EnterpriseAnalyticsOutletFiguresDocument,
    "\n  query EnterpriseAnalyticsAllOutletFigures {\n    outletPeriodFigures(from: \"2026-09\", to: \"2026-12\") {\n      outlet {\n        id\n      }\n      period\n      sales {\n        fen\n      }\n    }\n  }\n": typeof types.EnterpriseAnalyticsAllOutletFiguresDocument,
    "\n  query EnterpriseAnalyticsMealsByAgeTier($o: ID!) {\n    mealsByAgeTier(outletId: $o, from: \"2026-10\", to: \"2026-11\") {\n      tierMinAge\n      meals\n      paidByCharityFund\n      amount {\n        fen\n      }\n    }\n  }\n": typeof types.EnterpriseAnalyticsMealsByAgeTierDocument,
    "\n  query EnterpriseAnalyticsCharityFundReport($o: ID!) {\n    charityFundReport(outletId: $o, from: \"2026-10\", to: \"2026-11\") {\n      income {\n        fen\n      }\n      spending {\n        fen\n      }\n      balance {\n        fen\n      }\n      byKind {\n        kind\n        entries\n        amount {\n          fen\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseAnalyticsCharityFundReportDocument,
    "\n  query EnterpriseAnalyticsCommunitySubsidies {\n    communitySubsidies(from: \"2026-10\", to: \"2026-11\") {\n      outlet {\n        id\n      }\n      period\n      sales\n      subsidies {\n        fen\n      }\n      seniorCover {\n        fen\n      }\n      total {\n        fen\n      }\n    }\n  }\n": typeof types.EnterpriseAnalyticsCommunitySubsidiesDocument,
    "\n  query EnterpriseAnalyticsPeriods {\n    outletPeriodFigures(from: \"2026-10\", to: \"2026-11\") {\n      period\n    }\n  }\n": typeof types.EnterpriseAnalyticsPeriodsDocument,
    "\n  query EnterpriseAnalyticsSubsidyPeriods($f: String!, $t: String!) {\n    communitySubsidies(from: $f, to: $t) {\n      period\n    }\n  }\n": typeof types.EnterpriseAnalyticsSubsidyPeriodsDocument,
    "\n  mutation EnterpriseCanteenIssueCard($i: IssueMealCardInput!) {\n    issueMealCard(input: $i) {\n      id\n      cardNo\n      birthDate\n      holderName\n      birthDateVerifiedAt\n    }\n  }\n": typeof types.EnterpriseCanteenIssueCardDocument,
    "\n  mutation EnterpriseCanteenRecordMeal($i: RecordMealInput!) {\n    recordMeal(input: $i) {\n      id\n      mealDate\n      ageYears\n      tierMinAge\n      paidBy\n      price {\n        fen\n        yuan\n      }\n    }\n  }\n": typeof types.EnterpriseCanteenRecordMealDocument,
    "\n  query EnterpriseCanteenPriceTiers($o: ID!) {\n    mealPriceTiers(outletId: $o) {\n      minAge\n      price {\n        fen\n      }\n    }\n  }\n": typeof types.EnterpriseCanteenPriceTiersDocument,
    "\n  mutation EnterpriseCanteenVerifyBirthDate($c: ID!, $b: String!) {\n    verifyMealCardBirthDate(cardId: $c, birthDate: $b) {\n      id\n    }\n  }\n": typeof types.EnterpriseCanteenVerifyBirthDateDocument,
    "\n  mutation EnterpriseCanteenVerifiedBirthDate($c: ID!, $b: String!) {\n    verifyMealCardBirthDate(cardId: $c, birthDate: $b) {\n      birthDate\n      birthDateVerifiedAt\n    }\n  }\n": typeof types.EnterpriseCanteenVerifiedBirthDateDocument,
    "\n  query EnterpriseCanteenCardsAndMeals($o: ID!) {\n    mealCards(outletId: $o, first: 100) {\n      edges {\n        node {\n          holderName\n          birthDate\n          birthDateVerifiedAt\n        }\n      }\n    }\n    meals(outletId: $o, first: 5) {\n      edges {\n        node {\n          ageYears\n          tierMinAge\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseCanteenCardsAndMealsDocument,
    "\n  query EnterpriseCanteenMyCards {\n    myMealCards {\n      holderName\n      birthDate\n    }\n  }\n": typeof types.EnterpriseCanteenMyCardsDocument,
    "\n  query EnterpriseCanteenCardHolders($o: ID!) {\n    mealCards(outletId: $o, first: 100) {\n      edges {\n        node {\n          holderName\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseCanteenCardHoldersDocument,
    "\n  query EnterpriseCanteenCardCount($o: ID!) {\n    mealCards(outletId: $o) {\n      totalCount\n    }\n  }\n": typeof types.EnterpriseCanteenCardCountDocument,
    "\n  mutation EnterpriseCanteenEraseHolder($c: ID!) {\n    eraseMealCardHolder(cardId: $c) {\n      id\n      holderName\n      birthDate\n      erasedAt\n    }\n  }\n": typeof types.EnterpriseCanteenEraseHolderDocument,
    "\n  query EnterpriseCanteenMyMeals {\n    myMeals {\n      totalCount\n      edges {\n        node {\n          price {\n            fen\n          }\n          ageYears\n          card {\n            birthDate\n          }\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseCanteenMyMealsDocument,
    "\n  query EnterpriseCanteenMyMealCount {\n    myMeals {\n      totalCount\n    }\n  }\n": typeof types.EnterpriseCanteenMyMealCountDocument,
    "\n  query EnterpriseCanteenCard($id: ID!) {\n    mealCard(id: $id) {\n      id\n    }\n  }\n": typeof types.EnterpriseCanteenCardDocument,
    "\n  mutation EnterpriseCanteenRecordSupply($i: RecordMerchantSupplyInput!) {\n    recordMerchantSupply(input: $i) {\n      value {\n        fen\n      }\n      paid {\n        fen\n      }\n      credited {\n        fen\n      }\n    }\n  }\n": typeof types.EnterpriseCanteenRecordSupplyDocument,
    "\n  mutation EnterpriseCanteenRegisterFamily($i: RegisterDifficultyFamilyInput!) {\n    registerDifficultyFamily(input: $i) {\n      householdId\n    }\n  }\n": typeof types.EnterpriseCanteenRegisterFamilyDocument,
    "\n  query EnterpriseCanteenCharityFund($o: ID!) {\n    charityFund(outletId: $o) {\n      balance {\n        fen\n      }\n    }\n    charityFundEntries(outletId: $o, first: 100) {\n      totalCount\n      edges {\n        node {\n          kind\n          amount {\n            fen\n          }\n          balanceAfter {\n            fen\n          }\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseCanteenCharityFundDocument,
    "\n  query EnterpriseDemoCompoundSettlements($id: ID!) {\n    compound(id: $id) {\n      outlets {\n        kind\n        settlements(first: 10) {\n          totalCount\n          edges {\n            node {\n              period\n              proceeds {\n                fen\n              }\n              enterpriseShare {\n                fen\n              }\n              propertyKept {\n                fen\n              }\n              committeeRebate {\n                fen\n              }\n              rebate {\n                status\n                amount {\n                  fen\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseDemoCompoundSettlementsDocument,
    "\n  query EnterpriseDemoOutletFigures {\n    outletPeriodFigures(from: \"2026-08\", to: \"2026-10\") {\n      outlet {\n        id\n        kind\n      }\n      period\n      proceeds {\n        fen\n      }\n      settled\n    }\n  }\n": typeof types.EnterpriseDemoOutletFiguresDocument,
    "\n  query EnterpriseDemoMealsByAgeTier($o: ID!) {\n    mealsByAgeTier(outletId: $o, from: \"2026-08\", to: \"2026-10\") {\n      tierMinAge\n      meals\n      paidByCharityFund\n    }\n  }\n": typeof types.EnterpriseDemoMealsByAgeTierDocument,
    "\n  query EnterpriseDemoCommunitySubsidies {\n    communitySubsidies(from: \"2026-08\", to: \"2026-10\") {\n      period\n      sales\n    }\n  }\n": typeof types.EnterpriseDemoCommunitySubsidiesDocument,
    "\n  query EnterpriseDemoCofunding($o: ID!) {\n    cofunding(outletId: $o) {\n      total {\n        yuan\n      }\n      totals {\n        source\n        amount {\n          yuan\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseDemoCofundingDocument,
    "\n  query EnterpriseDemoCompoundCofunding($id: ID!) {\n    compound(id: $id) {\n      outlets {\n        kind\n        cofunding {\n          total {\n            fen\n          }\n          totals {\n            source\n            amount {\n              fen\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseDemoCompoundCofundingDocument,
    "\n  query EnterpriseDemoCofundingToFund($id: ID!) {\n    compound(id: $id) {\n      outlets {\n        kind\n        cofunding {\n          contributions {\n            source\n            amount {\n              fen\n            }\n            ownersCommittee {\n              id\n              name\n            }\n            fundEntry {\n              id\n              direction\n              source\n              status\n              amount {\n                fen\n              }\n              committee {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseDemoCofundingToFundDocument,
    "\n  mutation EnterpriseCreateAgreement($input: CreateRevenueShareAgreementInput!) {\n    createRevenueShareAgreement(input: $input) {\n      id\n    }\n  }\n": typeof types.EnterpriseCreateAgreementDocument,
    "\n  mutation EnterpriseMarketRecordSale($i: RecordMarketSaleInput!) {\n    recordMarketSale(input: $i) {\n      id\n      quantity\n      senior\n      listPrice {\n        fen\n      }\n      merchantDiscount {\n        fen\n      }\n      communitySubsidy {\n        fen\n      }\n      seniorCover {\n        fen\n      }\n      residentPaid {\n        fen\n      }\n      item {\n        name\n      }\n    }\n  }\n": typeof types.EnterpriseMarketRecordSaleDocument,
    "\n  mutation EnterpriseMarketCreateItem($i: CreateMarketItemInput!) {\n    createMarketItem(input: $i) {\n      id\n      name\n      listPrice {\n        fen\n      }\n      residentPrice {\n        fen\n      }\n    }\n  }\n": typeof types.EnterpriseMarketCreateItemDocument,
    "\n  mutation EnterpriseMarketRecordFundIncome($input: RecordFundIncomeInput!) {\n    recordFundIncome(input: $input) {\n      id\n    }\n  }\n": typeof types.EnterpriseMarketRecordFundIncomeDocument,
    "\n  mutation EnterpriseMarketSubmitFundSpending($input: SubmitFundSpendingInput!) {\n    submitFundSpending(input: $input) {\n      id\n    }\n  }\n": typeof types.EnterpriseMarketSubmitFundSpendingDocument,
    "\n  mutation EnterpriseMarketApproveFundSpending($input: DecideFundSpendingInput!) {\n    approveFundSpending(input: $input) {\n      id\n    }\n  }\n": typeof types.EnterpriseMarketApproveFundSpendingDocument,
    "\n  mutation EnterpriseMarketReverseFundEntry($input: ReverseFundEntryInput!) {\n    reverseFundEntry(input: $input) {\n      id\n    }\n  }\n": typeof types.EnterpriseMarketReverseFundEntryDocument,
    "\n  mutation EnterpriseMarketRecordCofunding($i: RecordCofundingInput!) {\n    recordCofunding(input: $i) {\n      id\n      source\n      amount {\n        fen\n      }\n      fundEntry {\n        id\n        direction\n        status\n        amount {\n          fen\n        }\n      }\n      ownersCommittee {\n        id\n      }\n      propertyCompany {\n        id\n      }\n      merchantName\n    }\n  }\n": typeof types.EnterpriseMarketRecordCofundingDocument,
    "\n  query EnterpriseMarketCofunding($o: ID!) {\n    cofunding(outletId: $o) {\n      total {\n        fen\n        yuan\n      }\n      totals {\n        source\n        amount {\n          fen\n        }\n      }\n      contributions {\n        source\n      }\n    }\n  }\n": typeof types.EnterpriseMarketCofundingDocument,
    "\n  mutation EnterpriseMarketRecordCofundingId($i: RecordCofundingInput!) {\n    recordCofunding(input: $i) {\n      id\n    }\n  }\n": typeof types.EnterpriseMarketRecordCofundingIdDocument,
    "\n  mutation EnterpriseRebateFaultsSettle($input: SettleOutletPeriodInput!) {\n    settleOutletPeriod(input: $input) {\n      id\n      committeeRebate {\n        fen\n      }\n      rebate {\n        status\n        attempts\n      }\n    }\n  }\n": typeof types.EnterpriseRebateFaultsSettleDocument,
    "\n  query EnterpriseRebateFaultsRead($id: ID!) {\n    settlement(id: $id) {\n      id\n      committeeRebate {\n        fen\n      }\n      rebate {\n        status\n        fundEntryId\n        failureReason\n        attempts\n      }\n      fundEntry {\n        id\n        source\n        direction\n        status\n        amount {\n          fen\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseRebateFaultsReadDocument,
    "\n  query EnterpriseRebateFaultsRebateStatus($id: ID!) {\n    settlement(id: $id) {\n      rebate {\n        status\n        failureReason\n      }\n    }\n  }\n": typeof types.EnterpriseRebateFaultsRebateStatusDocument,
    "\n  mutation EnterpriseSplitSettle($input: SettleOutletPeriodInput!) {\n    settleOutletPeriod(input: $input) {\n      proceeds {\n        fen\n      }\n      enterpriseShare {\n        fen\n      }\n      propertyKept {\n        fen\n      }\n      committeeRebate {\n        fen\n        yuan\n      }\n    }\n  }\n": typeof types.EnterpriseSplitSettleDocument,
    "\n  mutation EnterpriseSettlementCreateAgreement($input: CreateRevenueShareAgreementInput!) {\n    createRevenueShareAgreement(input: $input) {\n      id\n      enterpriseBp\n      propertyBp\n      rebateBpOfProperty\n      effectiveFrom\n      propertyCompany {\n        id\n      }\n      ownersCommittee {\n        id\n      }\n    }\n  }\n": typeof types.EnterpriseSettlementCreateAgreementDocument,
    "\n  mutation EnterpriseSettlementSettle($input: SettleOutletPeriodInput!) {\n    settleOutletPeriod(input: $input) {\n      id\n      period\n      note\n      enterpriseBp\n      propertyBp\n      rebateBpOfProperty\n      sales {\n        fen\n        yuan\n      }\n      costOfGoods {\n        fen\n      }\n      proceeds {\n        fen\n      }\n      enterpriseShare {\n        fen\n      }\n      propertyKept {\n        fen\n      }\n      committeeRebate {\n        fen\n        yuan\n      }\n      rebate {\n        status\n        amount {\n          fen\n        }\n        fundEntryId\n        failureReason\n        attempts\n      }\n      outlet {\n        id\n      }\n      ownersCommittee {\n        id\n      }\n      propertyCompany {\n        id\n      }\n    }\n  }\n": typeof types.EnterpriseSettlementSettleDocument,
    "\n  query EnterpriseSettlementRead($id: ID!) {\n    settlement(id: $id) {\n      id\n      period\n      committeeRebate {\n        fen\n      }\n      rebate {\n        status\n        fundEntryId\n        failureReason\n        attempts\n        deliveredAt\n      }\n    }\n  }\n": typeof types.EnterpriseSettlementReadDocument,
    "\n  query EnterpriseSettlementCount {\n    settlements(first: 100) {\n      totalCount\n    }\n  }\n": typeof types.EnterpriseSettlementCountDocument,
    "\n  query EnterpriseSettlementPeriods {\n    settlements(first: 100) {\n      totalCount\n      edges {\n        node {\n          period\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseSettlementPeriodsDocument,
    "\n  query EnterpriseSettlementCompoundPages($id: ID!, $after: String) {\n    compound(id: $id) {\n      outlets {\n        id\n        settlements(first: 1, after: $after) {\n          totalCount\n          edges {\n            cursor\n            node {\n              period\n              enterpriseShare {\n                fen\n              }\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseSettlementCompoundPagesDocument,
    "\n  mutation EnterpriseVegShopPlaceOrder($input: PlaceVegOrderInput!) {\n    placeVegOrder(input: $input) {\n      id\n      channel\n      status\n      priceDate\n      total {\n        fen\n      }\n      lines {\n        lineNo\n        quantity\n        unitPrice {\n          fen\n        }\n        amount {\n          fen\n        }\n        product {\n          name\n        }\n      }\n      resident {\n        id\n      }\n    }\n  }\n": typeof types.EnterpriseVegShopPlaceOrderDocument,
    "\n  mutation EnterpriseVegShopCreateProduct($i: CreateVegProductInput!) {\n    createVegProduct(input: $i) {\n      id\n      name\n      unit\n    }\n  }\n": typeof types.EnterpriseVegShopCreateProductDocument,
    "\n  mutation EnterpriseVegShopSetDailyPrice($i: SetVegDailyPriceInput!) {\n    setVegDailyPrice(input: $i) {\n      date\n      discountBp\n      marketPrice {\n        fen\n      }\n      salePrice {\n        fen\n        yuan\n      }\n    }\n  }\n": typeof types.EnterpriseVegShopSetDailyPriceDocument,
    "\n  query EnterpriseVegShopPriceHistory($id: ID!) {\n    vegPriceHistory(productId: $id) {\n      totalCount\n      edges {\n        node {\n          date\n          salePrice {\n            fen\n          }\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseVegShopPriceHistoryDocument,
    "\n  query EnterpriseVegShopProducts($o: ID!) {\n    vegProducts(outletId: $o) {\n      name\n      todayPrice {\n        salePrice {\n          fen\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseVegShopProductsDocument,
    "\n  mutation EnterpriseVegShopRecordPurchase($i: RecordVegPurchaseInput!) {\n    recordVegPurchase(input: $i) {\n      id\n      quantity\n      supplier\n      unitCost {\n        fen\n      }\n      total {\n        fen\n      }\n      product {\n        name\n      }\n    }\n  }\n": typeof types.EnterpriseVegShopRecordPurchaseDocument,
    "\n  mutation EnterpriseVegShopCancelOrder($id: ID!) {\n    cancelVegOrder(orderId: $id) {\n      id\n    }\n  }\n": typeof types.EnterpriseVegShopCancelOrderDocument,
    "\n  mutation EnterpriseVegShopCancelOrderShowing($id: ID!) {\n    cancelVegOrder(orderId: $id) {\n      status\n      cancelledAt\n    }\n  }\n": typeof types.EnterpriseVegShopCancelOrderShowingDocument,
    "\n  mutation EnterpriseVegShopMarkPickedUp($id: ID!) {\n    markVegOrderPickedUp(orderId: $id) {\n      id\n    }\n  }\n": typeof types.EnterpriseVegShopMarkPickedUpDocument,
    "\n  mutation EnterpriseVegShopMarkPickedUpShowing($id: ID!) {\n    markVegOrderPickedUp(orderId: $id) {\n      status\n      pickedUpAt\n    }\n  }\n": typeof types.EnterpriseVegShopMarkPickedUpShowingDocument,
    "\n  query EnterpriseVegShopMyOrders {\n    myVegOrders {\n      totalCount\n      edges {\n        node {\n          resident {\n            id\n          }\n          status\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseVegShopMyOrdersDocument,
    "\n  query EnterpriseVegShopMyOrderCount {\n    myVegOrders {\n      totalCount\n    }\n  }\n": typeof types.EnterpriseVegShopMyOrderCountDocument,
    "\n  query EnterpriseVegShopOrder($id: ID!) {\n    vegOrder(id: $id) {\n      id\n    }\n  }\n": typeof types.EnterpriseVegShopOrderDocument,
    "\n  query EnterpriseVegShopBooks($o: ID!) {\n    vegOrders(outletId: $o) {\n      totalCount\n    }\n    vegPurchases(outletId: $o) {\n      totalCount\n    }\n  }\n": typeof types.EnterpriseVegShopBooksDocument,
    "\n  query EnterpriseVegShopOrderCount($o: ID!) {\n    vegOrders(outletId: $o) {\n      totalCount\n    }\n  }\n": typeof types.EnterpriseVegShopOrderCountDocument,
    "\n  mutation EnterpriseVegShopRequestProduct($i: RequestVegProductInput!) {\n    requestVegProduct(input: $i) {\n      productName\n      note\n      requestedAt\n    }\n  }\n": typeof types.EnterpriseVegShopRequestProductDocument,
    "\n  query EnterpriseVegShopRequestCount($o: ID!) {\n    vegProductRequests(outletId: $o) {\n      totalCount\n    }\n  }\n": typeof types.EnterpriseVegShopRequestCountDocument,
    "\n  mutation EnterpriseVegShopSettleMonth($i: SettleOutletPeriodInput!) {\n    settleOutletPeriod(input: $i) {\n      sales {\n        fen\n      }\n      costOfGoods {\n        fen\n      }\n      proceeds {\n        fen\n      }\n      enterpriseShare {\n        fen\n      }\n      committeeRebate {\n        fen\n      }\n    }\n  }\n": typeof types.EnterpriseVegShopSettleMonthDocument,
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
    "\n  query SelectedColumnsCompoundNames($first: Int!) {\n    compounds(first: $first) {\n      edges {\n        node {\n          name\n          buildings {\n            number\n          }\n        }\n      }\n    }\n  }\n": typeof types.SelectedColumnsCompoundNamesDocument,
    "\n  query SelectedColumnsCompoundCommunities($first: Int!) {\n    compounds(first: $first) {\n      edges {\n        node {\n          name\n          community {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.SelectedColumnsCompoundCommunitiesDocument,
    "\n  query NotifyMyNotifications($first: Int, $after: String, $last: Int, $before: String, $unreadOnly: Boolean) {\n    myNotifications(first: $first, after: $after, last: $last, before: $before, unreadOnly: $unreadOnly) {\n      totalCount\n      unreadCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          sequence\n          kind\n          recordType\n          recordId\n          compoundId\n          level\n          textZh\n          textEn\n          occurredAt\n          readAt\n        }\n      }\n    }\n  }\n": typeof types.NotifyMyNotificationsDocument,
    "\n  mutation NotifyMarkRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      markedCount\n      unreadCount\n    }\n  }\n": typeof types.NotifyMarkReadDocument,
    "\n  mutation NotifyMarkAllRead {\n    markAllNotificationsRead {\n      markedCount\n      unreadCount\n    }\n  }\n": typeof types.NotifyMarkAllReadDocument,
    "\n  query NotifyStats($from: DateTimeISO!, $to: DateTimeISO!) {\n    notificationStats(from: $from, to: $to) {\n      recorded\n      byKind {\n        kind\n        count\n      }\n      delivered\n      pending\n      failed\n    }\n  }\n": typeof types.NotifyStatsDocument,
    "\n  mutation NotifyWebhooksRegister($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        url\n        eventKinds\n        compoundIds\n        description\n        active\n      }\n    }\n  }\n": typeof types.NotifyWebhooksRegisterDocument,
    "\n  query NotifyWebhooksList {\n    webhooks {\n      id\n      url\n      active\n    }\n  }\n": typeof types.NotifyWebhooksListDocument,
    "\n  query NotifyWebhooksDeliveries($webhookId: ID!, $state: WebhookDeliveryState, $first: Int, $after: String) {\n    webhookDeliveries(webhookId: $webhookId, state: $state, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          eventId\n          kind\n          state\n          attempts\n          lastStatus\n          lastError\n          nextAttemptAt\n          deliveredAt\n          parkedAt\n        }\n      }\n    }\n  }\n": typeof types.NotifyWebhooksDeliveriesDocument,
    "\n  mutation NotifyWebhooksResend($id: ID!) {\n    resendWebhookDelivery(id: $id) {\n      id\n      state\n      attempts\n      lastError\n    }\n  }\n": typeof types.NotifyWebhooksResendDocument,
    "\n  mutation NotifyWebhooksDeactivate($id: ID!) {\n    deactivateWebhook(id: $id) {\n      id\n      active\n      deactivatedAt\n    }\n  }\n": typeof types.NotifyWebhooksDeactivateDocument,
    "\n  mutation NotifyWebhooksRotate($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      webhook {\n        secretRotatedAt\n      }\n    }\n  }\n": typeof types.NotifyWebhooksRotateDocument,
    "\n  query NotifyWebhooksStats($from: DateTimeISO!, $to: DateTimeISO!) {\n    notificationStats(from: $from, to: $to) {\n      recorded\n      webhookDeliveries {\n        state\n        count\n      }\n    }\n  }\n": typeof types.NotifyWebhooksStatsDocument,
    "\n  mutation NotifyChainFile($i: ReportIssueInput!) {\n    reportIssue(input: $i) {\n      id\n      promiseStartedAt\n    }\n  }\n": typeof types.NotifyChainFileDocument,
    "\n  mutation NotifyChainRespond($id: ID!) {\n    respondToIssueReport(id: $id) {\n      id\n      escalationLevel\n      status\n    }\n  }\n": typeof types.NotifyChainRespondDocument,
    "\n  mutation NotifyChainHandToProperty($id: ID!) {\n    handIssueReportToProperty(id: $id) {\n      id\n    }\n  }\n": typeof types.NotifyChainHandToPropertyDocument,
    "\n  query NotifyChainHandover($id: ID!) {\n    issueReport(id: $id) {\n      propertyHandover {\n        status\n        workOrderId\n      }\n    }\n  }\n": typeof types.NotifyChainHandoverDocument,
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
    "\n  fragment PromiseEscalationReport on IssueReport {\n    id\n    status\n    reportedAt\n    promiseStartedAt\n    respondedWithinPromise\n    responseOverdue\n    escalationLevel\n    escalations {\n      level\n      dueAt\n      recipients\n      status\n      doneAt\n    }\n  }\n": typeof types.PromiseEscalationReportFragmentDoc,
    "\n  mutation PromiseEscalationFile($i: ReportIssueInput!) {\n    reportIssue(input: $i) {\n      ...PromiseEscalationReport\n    }\n  }\n": typeof types.PromiseEscalationFileDocument,
    "\n  query PromiseEscalationReport($id: ID!) {\n    issueReport(id: $id) {\n      ...PromiseEscalationReport\n      entries {\n        kind\n        note\n        by\n      }\n    }\n  }\n": typeof types.PromiseEscalationReportDocument,
    "\n  mutation PromiseEscalationRespond($id: ID!) {\n    respondToIssueReport(id: $id) {\n      ...PromiseEscalationReport\n    }\n  }\n": typeof types.PromiseEscalationRespondDocument,
    "\n  mutation PromiseEscalationResolve($id: ID!) {\n    resolveIssueReport(id: $id, note: \"已处理\") {\n      id\n      status\n    }\n  }\n": typeof types.PromiseEscalationResolveDocument,
    "\n  mutation PromiseEscalationHandToProperty($id: ID!) {\n    handIssueReportToProperty(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PromiseEscalationHandToPropertyDocument,
    "\n  query PromiseEscalationPolicy($id: ID!) {\n    compound(id: $id) {\n      escalationPolicy {\n        isDefault\n        levels {\n          level\n          afterSeconds\n          recipients\n        }\n      }\n    }\n  }\n": typeof types.PromiseEscalationPolicyDocument,
    "\n  mutation PromiseEscalationSetPolicy($i: SetEscalationPolicyInput!) {\n    setCompoundEscalationPolicy(input: $i) {\n      isDefault\n      levels {\n        level\n        afterSeconds\n        recipients\n      }\n    }\n  }\n": typeof types.PromiseEscalationSetPolicyDocument,
    "\n  query PromiseEscalationStats($c: ID!) {\n    partyStats(compoundId: $c, from: \"2026-11-01\", to: \"2026-12-31\") {\n      reports\n      respondedWithinPromise\n      escalatedLevel1\n      escalatedLevel2\n    }\n  }\n": typeof types.PromiseEscalationStatsDocument,
    "\n  mutation ServiceStationCreate($i: CreateServiceStationInput!) {\n    createServiceStation(input: $i) {\n      id\n      functions\n      customFunctions\n    }\n  }\n": typeof types.ServiceStationCreateDocument,
    "\n  mutation ServiceStationAddService($i: AddStationServiceInput!) {\n    addStationService(input: $i) {\n      name\n      mode\n    }\n  }\n": typeof types.ServiceStationAddServiceDocument,
    "\n  query ServiceStationOfCompound($c: ID!) {\n    compound(id: $c) {\n      serviceStation {\n        name\n        services {\n          name\n          category\n          mode\n        }\n        compound {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ServiceStationOfCompoundDocument,
    "\n  query ServiceStationOnDutyAt($id: ID!, $at: DateTimeISO) {\n    serviceStation(id: $id) {\n      onDuty(at: $at) {\n        team\n        workingDay\n        localDate\n      }\n    }\n  }\n": typeof types.ServiceStationOnDutyAtDocument,
    "\n  query ServiceStationOnDutyNow($id: ID!) {\n    serviceStation(id: $id) {\n      onDuty {\n        team\n        at\n      }\n    }\n  }\n": typeof types.ServiceStationOnDutyNowDocument,
    "\n  mutation ServiceStationSetCalendarDay($i: SetCalendarDayInput!) {\n    setCompoundCalendarDay(input: $i) {\n      day\n      kind\n    }\n  }\n": typeof types.ServiceStationSetCalendarDayDocument,
    "\n  query ServiceStationCalendarDays($c: ID!) {\n    compound(id: $c) {\n      calendarDays {\n        day\n        kind\n      }\n    }\n  }\n": typeof types.ServiceStationCalendarDaysDocument,
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
    "\n  mutation PropertyNotifySetStaffDuty($input: SetStaffDutyInput!) {\n    setStaffDuty(input: $input) {\n      id\n      companyId\n      dutyManager\n      accountSub\n    }\n  }\n": typeof types.PropertyNotifySetStaffDutyDocument,
    "\n  query PropertyNotifyCompanyStaff($id: ID!) {\n    propertyCompany(id: $id) {\n      staff {\n        id\n        name\n        dutyManager\n        accountSub\n      }\n    }\n  }\n": typeof types.PropertyNotifyCompanyStaffDocument,
    "\n  mutation PropertyNotifyCreateOrder($input: CreateWorkOrderInput!) {\n    createWorkOrder(input: $input) {\n      id\n      slaDeadline\n      residentId\n    }\n  }\n": typeof types.PropertyNotifyCreateOrderDocument,
    "\n  mutation PropertyNotifyHandOver($id: ID!) {\n    handIssueReportToProperty(id: $id) {\n      id\n    }\n  }\n": typeof types.PropertyNotifyHandOverDocument,
    "\n  mutation PropertyNotifyCreateResident($i: CreateResidentInput!) {\n    createResident(input: $i) {\n      id\n    }\n  }\n": typeof types.PropertyNotifyCreateResidentDocument,
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
    "\n  query DemoScaleDashboard {\n    compounds(first: 20) {\n      totalCount\n      edges {\n        node {\n          name\n          buildings {\n            number\n          }\n          ownersCommittee {\n            name\n          }\n          serviceContracts {\n            company {\n              name\n            }\n          }\n          outlets {\n            kind\n          }\n        }\n      }\n    }\n  }\n": typeof types.DemoScaleDashboardDocument,
    "\n  query DemoScaleFigures($p: DateRange!) {\n    partyStatsByCompound(period: $p, first: 100) {\n      edges {\n        node {\n          reports\n          byPath {\n            key\n            count\n          }\n        }\n      }\n    }\n    workOrderStats(period: $p) {\n      total\n      byCategory {\n        count\n      }\n    }\n    fundFlowReport(period: $p) {\n      source\n      entries\n    }\n  }\n": typeof types.DemoScaleFiguresDocument,
    "\n  query DemoScaleMyReports {\n    myIssueReports(first: 20) {\n      totalCount\n      edges {\n        node {\n          reportedAt\n        }\n      }\n    }\n  }\n": typeof types.DemoScaleMyReportsDocument,
    "\n  query DemoScaleOpenReports($c: ID!) {\n    issueReports(compoundId: $c, statuses: [SUBMITTED, RESPONDED, ESCALATED, REOPENED], first: 20) {\n      totalCount\n    }\n  }\n": typeof types.DemoScaleOpenReportsDocument,
    "\n  query StartDemoCounts {\n    compounds(first: 100) {\n      totalCount\n      edges {\n        node {\n          name\n          buildings {\n            id\n          }\n          ownersCommittee {\n            id\n          }\n          serviceContracts {\n            id\n          }\n          outlets {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.StartDemoCountsDocument,
    "\n  query TrustFund($c: ID!) {\n    publicFund(compoundId: $c) {\n      balance {\n        fen\n      }\n      entries(first: 100) {\n        totalCount\n      }\n    }\n  }\n": typeof types.TrustFundDocument,
    "\n  query TrustFundAndPlaces($c: ID!) {\n    compound(id: $c) {\n      name\n      buildings {\n        id\n      }\n      ownersCommittee {\n        id\n      }\n      serviceContracts {\n        id\n      }\n      outlets {\n        id\n      }\n    }\n  }\n": typeof types.TrustFundAndPlacesDocument,
};
const documents: Documents = {
    "\n  query CommitteeAnalyticsFundFlows($c: ID!, $from: String!, $to: String!) {\n    fundFlowReport(compoundId: $c, fromMonth: $from, toMonth: $to) {\n      period\n      direction\n      source\n      entries\n      total {\n        fen\n        yuan\n      }\n    }\n  }\n": types.CommitteeAnalyticsFundFlowsDocument,
    "\n  query CommitteeAnalyticsTurnout($c: ID!) {\n    voteTurnoutReport(compoundId: $c) {\n      title\n      matter\n      rollHeads\n      participatingHeads\n      participatingAreaCentiM2\n      turnoutHeadsBasisPoints\n      turnoutAreaBasisPoints\n      forHeads\n      valid\n      passed\n    }\n  }\n": types.CommitteeAnalyticsTurnoutDocument,
    "\n  query CommitteeAnalyticsOutcomes($c: ID) {\n    voteOutcomesByMatter(compoundId: $c) {\n      matter\n      closedVotes\n      validVotes\n      passedVotes\n      participatingHeads\n      rollHeads\n    }\n  }\n": types.CommitteeAnalyticsOutcomesDocument,
    "\n  mutation CommitteeElectionRecord($input: RecordElectionInput!) {\n    recordCommitteeElection(input: $input) {\n      id\n      name\n      termStartsOn\n      termEndsOn\n      compound {\n        id\n      }\n      currentTerm {\n        startsOn\n        endsOn\n        electedBy {\n          id\n          matter\n        }\n        seats {\n          role\n          owner {\n            id\n            name\n          }\n        }\n      }\n      terms {\n        id\n      }\n    }\n  }\n": types.CommitteeElectionRecordDocument,
    "\n  query CommitteeElectionPublicSeats($id: ID!) {\n    ownersCommittee(id: $id) {\n      currentTerm {\n        seats {\n          role\n          owner {\n            name\n            areaCentiM2\n          }\n        }\n      }\n    }\n  }\n": types.CommitteeElectionPublicSeatsDocument,
    "\n  query CommitteeElectionSeatsAsResident($id: ID!) {\n    ownersCommittee(id: $id) {\n      currentTerm {\n        seats {\n          owner {\n            name\n            areaCentiM2\n            units {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CommitteeElectionSeatsAsResidentDocument,
    "\n  mutation ConsultationStart($input: StartConsultationInput!) {\n    startConsultation(input: $input) {\n      id\n      stage\n    }\n  }\n": types.ConsultationStartDocument,
    "\n  mutation ConsultationAdvance($input: AdvanceConsultationInput!) {\n    advanceConsultation(input: $input) {\n      id\n      stage\n      decisionVote {\n        id\n      }\n    }\n  }\n": types.ConsultationAdvanceDocument,
    "\n  mutation ConsultationProposeTopic($input: ProposeTopicInput!) {\n    proposeConsultationTopic(input: $input) {\n      id\n      text\n    }\n  }\n": types.ConsultationProposeTopicDocument,
    "\n  mutation ConsultationAdoptDocumentVersion($input: AdoptDocumentVersionInput!) {\n    adoptGovernanceDocumentVersion(input: $input) {\n      id\n      version\n      title\n      effectiveOn\n      adoptedBy {\n        id\n      }\n    }\n  }\n": types.ConsultationAdoptDocumentVersionDocument,
    "\n  query ConsultationGovernanceDocuments($c: ID!) {\n    governanceDocuments(compoundId: $c) {\n      kind\n      current {\n        version\n        title\n      }\n      history {\n        version\n        effectiveOn\n      }\n    }\n  }\n": types.ConsultationGovernanceDocumentsDocument,
    "\n  query ConsultationRecord($id: ID!) {\n    consultation(id: $id) {\n      stage\n      topics {\n        text\n      }\n      steps {\n        stage\n        note\n        vote {\n          id\n          result {\n            passed\n          }\n        }\n      }\n    }\n  }\n": types.ConsultationRecordDocument,
    "\n  query CommitteeDemoKuiguangtaStory($c: ID!, $committee: ID!) {\n    compound: ownersCommittee(id: $committee) {\n      name\n      currentTerm {\n        startsOn\n        seats {\n          role\n          owner {\n            name\n          }\n        }\n        electedBy {\n          matter\n          result {\n            passed\n          }\n        }\n      }\n      fund {\n        balance {\n          yuan\n        }\n        entries {\n          totalCount\n          edges {\n            node {\n              source\n              direction\n              status\n              amount {\n                yuan\n              }\n            }\n          }\n        }\n      }\n    }\n    ownerRoll(compoundId: $c) {\n      heads\n      areaCentiM2\n    }\n    governanceDocuments(compoundId: $c) {\n      kind\n      current {\n        version\n        title\n        adoptedBy {\n          matter\n          result {\n            passed\n          }\n        }\n      }\n    }\n    consultations(compoundId: $c) {\n      edges {\n        node {\n          stage\n          decisionVote {\n            title\n          }\n          steps {\n            stage\n          }\n        }\n      }\n    }\n  }\n": types.CommitteeDemoKuiguangtaStoryDocument,
    "\n  query CommitteeDemoVote($id: ID!) {\n    vote(id: $id) {\n      matter\n      approvalRule\n      status\n      result {\n        valid\n        passed\n        explanation\n      }\n    }\n  }\n": types.CommitteeDemoVoteDocument,
    "\n  query CommitteeDemoRoll($c: ID!, $n: Int!) {\n    ownerRoll(compoundId: $c) {\n      owners(first: $n) {\n        edges {\n          node {\n            name\n            residentId\n            areaCentiM2\n            units {\n              area\n              household {\n                ownedUnit {\n                  id\n                  owner {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CommitteeDemoRollDocument,
    "\n  query CommitteeDemoLedger($c: ID!, $n: Int!) {\n    publicFund(compoundId: $c) {\n      entries(first: $n) {\n        edges {\n          node {\n            amount {\n              fen\n            }\n            reverses {\n              id\n            }\n            reversedBy {\n              id\n            }\n            committee {\n              name\n            }\n            settlement {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CommitteeDemoLedgerDocument,
    "\n  query CommitteeDemoVotes($c: ID!, $n: Int!) {\n    compound(id: $c) {\n      jointVotes(first: $n) {\n        totalCount\n        edges {\n          node {\n            roll {\n              heads\n            }\n            result {\n              passed\n              checks {\n                met\n              }\n            }\n            myBallot {\n              choice\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CommitteeDemoVotesDocument,
    "\n  query CommitteeDemoConsultations($c: ID!, $n: Int!) {\n    consultations(compoundId: $c, first: $n) {\n      edges {\n        node {\n          topics {\n            text\n          }\n          steps {\n            stage\n            vote {\n              title\n              result {\n                passed\n              }\n              myBallot {\n                choice\n              }\n            }\n          }\n          decisionVote {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.CommitteeDemoConsultationsDocument,
    "\n  mutation CommitteeRegisterOwner($input: RegisterOwnerInput!) {\n    registerOwner(input: $input) {\n      id\n      isDeveloper\n      name\n    }\n  }\n": types.CommitteeRegisterOwnerDocument,
    "\n  mutation CommitteeRegisterOwnedUnit($input: RegisterOwnedUnitInput!) {\n    registerOwnedUnit(input: $input) {\n      id\n      areaCentiM2\n      area\n    }\n  }\n": types.CommitteeRegisterOwnedUnitDocument,
    "\n  mutation CommitteeOpenVote($input: OpenVoteInput!) {\n    openVote(input: $input) {\n      id\n      status\n      matter\n      approvalRule\n      roll {\n        heads\n        areaCentiM2\n        area\n      }\n    }\n  }\n": types.CommitteeOpenVoteDocument,
    "\n  mutation CommitteeCastBallot($input: BallotInput!) {\n    castBallot(input: $input) {\n      id\n      choice\n      castAt\n      changedAt\n    }\n  }\n": types.CommitteeCastBallotDocument,
    "\n  mutation CommitteeCloseVote($id: ID!) {\n    closeVote(id: $id) {\n      id\n      status\n      closedAt\n      result {\n        valid\n        passed\n        participatingAreaCentiM2\n        participatingHeads\n        forAreaCentiM2\n        forHeads\n        againstAreaCentiM2\n        againstHeads\n        abstainAreaCentiM2\n        abstainHeads\n        explanation\n        checks {\n          stage\n          measure\n          rule\n          count\n          base\n          required\n          shortfall\n          met\n          text\n        }\n      }\n    }\n  }\n": types.CommitteeCloseVoteDocument,
    "\n  query FollowTheMoneyFromCompound($c: ID!) {\n    compound(id: $c) {\n      outlets {\n        kind\n        settlements(first: 10) {\n          edges {\n            node {\n              id\n              period\n              proceeds {\n                fen\n              }\n              enterpriseShare {\n                fen\n              }\n              propertyKept {\n                fen\n              }\n              committeeRebate {\n                fen\n              }\n              rebate {\n                status\n              }\n              fundEntry {\n                id\n                source\n                direction\n                status\n                period\n                amount {\n                  fen\n                }\n                balanceAfter {\n                  fen\n                }\n                committee {\n                  id\n                }\n              }\n            }\n          }\n        }\n        cofunding {\n          contributions {\n            source\n            amount {\n              fen\n            }\n            fundEntry {\n              id\n              direction\n              amount {\n                fen\n              }\n            }\n          }\n        }\n      }\n      publicFund {\n        balance {\n          fen\n          yuan\n        }\n        pendingSpending {\n          fen\n        }\n        committee {\n          id\n        }\n        entries(first: 100) {\n          totalCount\n          edges {\n            node {\n              id\n              source\n              direction\n              amount {\n                fen\n              }\n              balanceAfter {\n                fen\n              }\n              settlement {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.FollowTheMoneyFromCompoundDocument,
    "\n  query FollowTheMoneyFundTotals($c: ID!) {\n    compound(id: $c) {\n      publicFund {\n        balance {\n          fen\n        }\n        entries {\n          totalCount\n        }\n      }\n    }\n  }\n": types.FollowTheMoneyFundTotalsDocument,
    "\n  query FollowTheMoneyFundBalance($c: ID!) {\n    compound(id: $c) {\n      publicFund {\n        balance {\n          fen\n        }\n      }\n    }\n  }\n": types.FollowTheMoneyFundBalanceDocument,
    "\n  mutation JointVoteChangeBallot($input: BallotInput!) {\n    changeBallot(input: $input) {\n      id\n      choice\n      castAt\n      changedAt\n    }\n  }\n": types.JointVoteChangeBallotDocument,
    "\n  query JointVoteRollWithOwners($c: ID!) {\n    ownerRoll(compoundId: $c) {\n      heads\n      areaCentiM2\n      area\n      owners {\n        totalCount\n        edges {\n          node {\n            id\n            heads\n            areaCentiM2\n            isDeveloper\n            units {\n              areaCentiM2\n            }\n          }\n        }\n      }\n    }\n  }\n": types.JointVoteRollWithOwnersDocument,
    "\n  query JointVoteRollHouseholds($c: ID!) {\n    ownerRoll(compoundId: $c) {\n      owners {\n        edges {\n          node {\n            units {\n              household {\n                id\n                ownedUnit {\n                  area\n                  owner {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.JointVoteRollHouseholdsDocument,
    "\n  query JointVoteMyBallot($id: ID!) {\n    vote(id: $id) {\n      id\n      status\n      result {\n        valid\n      }\n      myBallot {\n        choice\n      }\n    }\n  }\n": types.JointVoteMyBallotDocument,
    "\n  mutation JointVoteUpdateOwnedUnit($input: UpdateOwnedUnitInput!) {\n    updateOwnedUnit(input: $input) {\n      areaCentiM2\n    }\n  }\n": types.JointVoteUpdateOwnedUnitDocument,
    "\n  mutation JointVoteEraseOwner($r: ID!) {\n    eraseOwnerPersonalData(residentId: $r)\n  }\n": types.JointVoteEraseOwnerDocument,
    "\n  query JointVoteRollNames($c: ID!) {\n    ownerRoll(compoundId: $c) {\n      heads\n      owners {\n        edges {\n          node {\n            name\n            residentId\n            areaCentiM2\n          }\n        }\n      }\n    }\n  }\n": types.JointVoteRollNamesDocument,
    "\n  fragment PublicFundEntryFields on FundEntry {\n    id\n    direction\n    source\n    status\n    amount {\n      fen\n      yuan\n    }\n    balanceAfter {\n      fen\n    }\n    description\n    submittedBy\n    decidedBy\n    postedAt\n    period\n    reverses {\n      id\n    }\n    reversedBy {\n      id\n    }\n    settlement {\n      id\n    }\n  }\n": types.PublicFundEntryFieldsFragmentDoc,
    "\n  mutation PublicFundRecordIncome($input: RecordFundIncomeInput!) {\n    recordFundIncome(input: $input) {\n      ...PublicFundEntryFields\n    }\n  }\n": types.PublicFundRecordIncomeDocument,
    "\n  mutation PublicFundSubmitSpending($input: SubmitFundSpendingInput!) {\n    submitFundSpending(input: $input) {\n      ...PublicFundEntryFields\n    }\n  }\n": types.PublicFundSubmitSpendingDocument,
    "\n  mutation PublicFundApproveSpending($input: DecideFundSpendingInput!) {\n    approveFundSpending(input: $input) {\n      ...PublicFundEntryFields\n    }\n  }\n": types.PublicFundApproveSpendingDocument,
    "\n  mutation PublicFundRejectSpending($input: DecideFundSpendingInput!) {\n    rejectFundSpending(input: $input) {\n      ...PublicFundEntryFields\n    }\n  }\n": types.PublicFundRejectSpendingDocument,
    "\n  mutation PublicFundReverseEntry($input: ReverseFundEntryInput!) {\n    reverseFundEntry(input: $input) {\n      ...PublicFundEntryFields\n    }\n  }\n": types.PublicFundReverseEntryDocument,
    "\n  query PublicFundLedger($c: ID!) {\n    publicFund(compoundId: $c) {\n      balance {\n        fen\n        yuan\n      }\n      committee {\n        id\n      }\n      entries(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            source\n            status\n            amount {\n              fen\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PublicFundLedgerDocument,
    "\n  query PublicFundLedgerPage($c: ID!, $after: String) {\n    publicFund(compoundId: $c) {\n      entries(first: 3, after: $after) {\n        edges {\n          node {\n            id\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.PublicFundLedgerPageDocument,
    "\n  query PublicFundOfCommittee($id: ID!) {\n    ownersCommittee(id: $id) {\n      fund {\n        balance {\n          fen\n        }\n      }\n    }\n  }\n": types.PublicFundOfCommitteeDocument,
    "\n  query PublicFundBalanceAndPending($c: ID!) {\n    publicFund(compoundId: $c) {\n      balance {\n        fen\n      }\n      pendingSpending {\n        fen\n      }\n    }\n  }\n": types.PublicFundBalanceAndPendingDocument,
    "\n  query PublicFundEntry($id: ID!) {\n    fundEntry(id: $id) {\n      amount {\n        fen\n      }\n      status\n      reversedBy {\n        id\n      }\n    }\n  }\n": types.PublicFundEntryDocument,
    "\n  query EnterpriseAccessVegOrderPage($o: ID!, $n: Int) {\n    vegOrders(outletId: $o, first: $n) {\n      edges {\n        node {\n          total {\n            fen\n          }\n          outlet {\n            name\n          }\n          lines {\n            quantity\n            product {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.EnterpriseAccessVegOrderPageDocument,
    "\n  query EnterpriseAccessMealPage($o: ID!, $n: Int) {\n    meals(outletId: $o, first: $n) {\n      edges {\n        node {\n          price {\n            fen\n          }\n          ageYears\n          card {\n            cardNo\n            holderName\n          }\n        }\n      }\n    }\n  }\n": types.EnterpriseAccessMealPageDocument,
    "\n  query EnterpriseAccessSettlementPages($id: ID!, $n: Int) {\n    compound(id: $id) {\n      outlets {\n        settlements(first: $n) {\n          totalCount\n          edges {\n            node {\n              proceeds {\n                fen\n              }\n              agreement {\n                enterpriseBp\n              }\n              rebate {\n                status\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.EnterpriseAccessSettlementPagesDocument,
    "\n  query EnterpriseAccessCommitteeRebates($c: ID!) {\n    settlements(ownersCommitteeId: $c, first: 100) {\n      totalCount\n      edges {\n        node {\n          period\n          committeeRebate {\n            fen\n          }\n          rebate {\n            status\n          }\n        }\n      }\n    }\n  }\n": types.EnterpriseAccessCommitteeRebatesDocument,
    "\n  query EnterpriseAccessCompanyAgreements($id: ID!) {\n    propertyCompany(id: $id) {\n      name\n      revenueShareAgreements {\n        enterpriseBp\n        propertyBp\n        rebateBpOfProperty\n        effectiveFrom\n        outlet {\n          kind\n        }\n      }\n    }\n  }\n": types.EnterpriseAccessCompanyAgreementsDocument,
    "\n  query EnterpriseAccessOutletAgreements($id: ID!) {\n    compound(id: $id) {\n      outlets {\n        revenueShareAgreements {\n          enterpriseBp\n        }\n      }\n    }\n  }\n": types.EnterpriseAccessOutletAgreementsDocument,
    "\n  query EnterpriseAccessVegOrderCount($o: ID!) {\n    vegOrders(outletId: $o) {\n      totalCount\n    }\n  }\n": types.EnterpriseAccessVegOrderCountDocument,
    "\n  query EnterpriseAccessMealCount($o: ID!) {\n    meals(outletId: $o) {\n      totalCount\n    }\n  }\n": types.EnterpriseAccessMealCountDocument,
    "\n  query EnterpriseAccessCharityFund($o: ID!) {\n    charityFund(outletId: $o) {\n      balance {\n        fen\n      }\n    }\n  }\n": types.EnterpriseAccessCharityFundDocument,
    "\n  query EnterpriseAccessMarketSaleCount($o: ID!) {\n    marketSales(outletId: $o) {\n      totalCount\n    }\n  }\n": types.EnterpriseAccessMarketSaleCountDocument,
    "\n  mutation EnterpriseAnalyticsSettleOctober($outletId: ID!) {\n    settleOutletPeriod(input: { outletId: $outletId, period: \"2026-10\", idempotencyKey: \"oct\" }) {\n      proceeds {\n        fen\n      }\n    }\n  }\n": types.EnterpriseAnalyticsSettleOctoberDocument,
    "\n  query EnterpriseAnalyticsOutletFigures($o: ID) {\n    outletPeriodFigures(from: \"2026-10\", to: \"2026-11\", outletId: $o) {\n      outlet {\n        id\n      }\n      period\n      sales {\n        fen\n      }\n      costOfGoods {\n        fen\n      }\n      proceeds {\n        fen\n      }\n      settled\n    }\n  }\n": types.EnterpriseAnalyticsOutletFiguresDocument,
    "\n  query EnterpriseAnalyticsAllOutletFigures {\n    outletPeriodFigures(from: \"2026-09\", to: \"2026-12\") {\n      outlet {\n        id\n      }\n      period\n      sales {\n        fen\n      }\n    }\n  }\n": types.EnterpriseAnalyticsAllOutletFiguresDocument,
    "\n  query EnterpriseAnalyticsMealsByAgeTier($o: ID!) {\n    mealsByAgeTier(outletId: $o, from: \"2026-10\", to: \"2026-11\") {\n      tierMinAge\n      meals\n      paidByCharityFund\n      amount {\n        fen\n      }\n    }\n  }\n": types.EnterpriseAnalyticsMealsByAgeTierDocument,
    "\n  query EnterpriseAnalyticsCharityFundReport($o: ID!) {\n    charityFundReport(outletId: $o, from: \"2026-10\", to: \"2026-11\") {\n      income {\n        fen\n      }\n      spending {\n        fen\n      }\n      balance {\n        fen\n      }\n      byKind {\n        kind\n        entries\n        amount {\n          fen\n        }\n      }\n    }\n  }\n": types.EnterpriseAnalyticsCharityFundReportDocument,
    "\n  query EnterpriseAnalyticsCommunitySubsidies {\n    communitySubsidies(from: \"2026-10\", to: \"2026-11\") {\n      outlet {\n        id\n      }\n      period\n      sales\n      subsidies {\n        fen\n      }\n      seniorCover {\n        fen\n      }\n      total {\n        fen\n      }\n    }\n  }\n": types.EnterpriseAnalyticsCommunitySubsidiesDocument,
    "\n  query EnterpriseAnalyticsPeriods {\n    outletPeriodFigures(from: \"2026-10\", to: \"2026-11\") {\n      period\n    }\n  }\n": types.EnterpriseAnalyticsPeriodsDocument,
    "\n  query EnterpriseAnalyticsSubsidyPeriods($f: String!, $t: String!) {\n    communitySubsidies(from: $f, to: $t) {\n      period\n    }\n  }\n": types.EnterpriseAnalyticsSubsidyPeriodsDocument,
    "\n  mutation EnterpriseCanteenIssueCard($i: IssueMealCardInput!) {\n    issueMealCard(input: $i) {\n      id\n      cardNo\n      birthDate\n      holderName\n      birthDateVerifiedAt\n    }\n  }\n": types.EnterpriseCanteenIssueCardDocument,
    "\n  mutation EnterpriseCanteenRecordMeal($i: RecordMealInput!) {\n    recordMeal(input: $i) {\n      id\n      mealDate\n      ageYears\n      tierMinAge\n      paidBy\n      price {\n        fen\n        yuan\n      }\n    }\n  }\n": types.EnterpriseCanteenRecordMealDocument,
    "\n  query EnterpriseCanteenPriceTiers($o: ID!) {\n    mealPriceTiers(outletId: $o) {\n      minAge\n      price {\n        fen\n      }\n    }\n  }\n": types.EnterpriseCanteenPriceTiersDocument,
    "\n  mutation EnterpriseCanteenVerifyBirthDate($c: ID!, $b: String!) {\n    verifyMealCardBirthDate(cardId: $c, birthDate: $b) {\n      id\n    }\n  }\n": types.EnterpriseCanteenVerifyBirthDateDocument,
    "\n  mutation EnterpriseCanteenVerifiedBirthDate($c: ID!, $b: String!) {\n    verifyMealCardBirthDate(cardId: $c, birthDate: $b) {\n      birthDate\n      birthDateVerifiedAt\n    }\n  }\n": types.EnterpriseCanteenVerifiedBirthDateDocument,
    "\n  query EnterpriseCanteenCardsAndMeals($o: ID!) {\n    mealCards(outletId: $o, first: 100) {\n      edges {\n        node {\n          holderName\n          birthDate\n          birthDateVerifiedAt\n        }\n      }\n    }\n    meals(outletId: $o, first: 5) {\n      edges {\n        node {\n          ageYears\n          tierMinAge\n        }\n      }\n    }\n  }\n": types.EnterpriseCanteenCardsAndMealsDocument,
    "\n  query EnterpriseCanteenMyCards {\n    myMealCards {\n      holderName\n      birthDate\n    }\n  }\n": types.EnterpriseCanteenMyCardsDocument,
    "\n  query EnterpriseCanteenCardHolders($o: ID!) {\n    mealCards(outletId: $o, first: 100) {\n      edges {\n        node {\n          holderName\n        }\n      }\n    }\n  }\n": types.EnterpriseCanteenCardHoldersDocument,
    "\n  query EnterpriseCanteenCardCount($o: ID!) {\n    mealCards(outletId: $o) {\n      totalCount\n    }\n  }\n": types.EnterpriseCanteenCardCountDocument,
    "\n  mutation EnterpriseCanteenEraseHolder($c: ID!) {\n    eraseMealCardHolder(cardId: $c) {\n      id\n      holderName\n      birthDate\n      erasedAt\n    }\n  }\n": types.EnterpriseCanteenEraseHolderDocument,
    "\n  query EnterpriseCanteenMyMeals {\n    myMeals {\n      totalCount\n      edges {\n        node {\n          price {\n            fen\n          }\n          ageYears\n          card {\n            birthDate\n          }\n        }\n      }\n    }\n  }\n": types.EnterpriseCanteenMyMealsDocument,
    "\n  query EnterpriseCanteenMyMealCount {\n    myMeals {\n      totalCount\n    }\n  }\n": types.EnterpriseCanteenMyMealCountDocument,
    "\n  query EnterpriseCanteenCard($id: ID!) {\n    mealCard(id: $id) {\n      id\n    }\n  }\n": types.EnterpriseCanteenCardDocument,
    "\n  mutation EnterpriseCanteenRecordSupply($i: RecordMerchantSupplyInput!) {\n    recordMerchantSupply(input: $i) {\n      value {\n        fen\n      }\n      paid {\n        fen\n      }\n      credited {\n        fen\n      }\n    }\n  }\n": types.EnterpriseCanteenRecordSupplyDocument,
    "\n  mutation EnterpriseCanteenRegisterFamily($i: RegisterDifficultyFamilyInput!) {\n    registerDifficultyFamily(input: $i) {\n      householdId\n    }\n  }\n": types.EnterpriseCanteenRegisterFamilyDocument,
    "\n  query EnterpriseCanteenCharityFund($o: ID!) {\n    charityFund(outletId: $o) {\n      balance {\n        fen\n      }\n    }\n    charityFundEntries(outletId: $o, first: 100) {\n      totalCount\n      edges {\n        node {\n          kind\n          amount {\n            fen\n          }\n          balanceAfter {\n            fen\n          }\n        }\n      }\n    }\n  }\n": types.EnterpriseCanteenCharityFundDocument,
    "\n  query EnterpriseDemoCompoundSettlements($id: ID!) {\n    compound(id: $id) {\n      outlets {\n        kind\n        settlements(first: 10) {\n          totalCount\n          edges {\n            node {\n              period\n              proceeds {\n                fen\n              }\n              enterpriseShare {\n                fen\n              }\n              propertyKept {\n                fen\n              }\n              committeeRebate {\n                fen\n              }\n              rebate {\n                status\n                amount {\n                  fen\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.EnterpriseDemoCompoundSettlementsDocument,
    "\n  query EnterpriseDemoOutletFigures {\n    outletPeriodFigures(from: \"2026-08\", to: \"2026-10\") {\n      outlet {\n        id\n        kind\n      }\n      period\n      proceeds {\n        fen\n      }\n      settled\n    }\n  }\n": types.EnterpriseDemoOutletFiguresDocument,
    "\n  query EnterpriseDemoMealsByAgeTier($o: ID!) {\n    mealsByAgeTier(outletId: $o, from: \"2026-08\", to: \"2026-10\") {\n      tierMinAge\n      meals\n      paidByCharityFund\n    }\n  }\n": types.EnterpriseDemoMealsByAgeTierDocument,
    "\n  query EnterpriseDemoCommunitySubsidies {\n    communitySubsidies(from: \"2026-08\", to: \"2026-10\") {\n      period\n      sales\n    }\n  }\n": types.EnterpriseDemoCommunitySubsidiesDocument,
    "\n  query EnterpriseDemoCofunding($o: ID!) {\n    cofunding(outletId: $o) {\n      total {\n        yuan\n      }\n      totals {\n        source\n        amount {\n          yuan\n        }\n      }\n    }\n  }\n": types.EnterpriseDemoCofundingDocument,
    "\n  query EnterpriseDemoCompoundCofunding($id: ID!) {\n    compound(id: $id) {\n      outlets {\n        kind\n        cofunding {\n          total {\n            fen\n          }\n          totals {\n            source\n            amount {\n              fen\n            }\n          }\n        }\n      }\n    }\n  }\n": types.EnterpriseDemoCompoundCofundingDocument,
    "\n  query EnterpriseDemoCofundingToFund($id: ID!) {\n    compound(id: $id) {\n      outlets {\n        kind\n        cofunding {\n          contributions {\n            source\n            amount {\n              fen\n            }\n            ownersCommittee {\n              id\n              name\n            }\n            fundEntry {\n              id\n              direction\n              source\n              status\n              amount {\n                fen\n              }\n              committee {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.EnterpriseDemoCofundingToFundDocument,
    "\n  mutation EnterpriseCreateAgreement($input: CreateRevenueShareAgreementInput!) {\n    createRevenueShareAgreement(input: $input) {\n      id\n    }\n  }\n": types.EnterpriseCreateAgreementDocument,
    "\n  mutation EnterpriseMarketRecordSale($i: RecordMarketSaleInput!) {\n    recordMarketSale(input: $i) {\n      id\n      quantity\n      senior\n      listPrice {\n        fen\n      }\n      merchantDiscount {\n        fen\n      }\n      communitySubsidy {\n        fen\n      }\n      seniorCover {\n        fen\n      }\n      residentPaid {\n        fen\n      }\n      item {\n        name\n      }\n    }\n  }\n": types.EnterpriseMarketRecordSaleDocument,
    "\n  mutation EnterpriseMarketCreateItem($i: CreateMarketItemInput!) {\n    createMarketItem(input: $i) {\n      id\n      name\n      listPrice {\n        fen\n      }\n      residentPrice {\n        fen\n      }\n    }\n  }\n": types.EnterpriseMarketCreateItemDocument,
    "\n  mutation EnterpriseMarketRecordFundIncome($input: RecordFundIncomeInput!) {\n    recordFundIncome(input: $input) {\n      id\n    }\n  }\n": types.EnterpriseMarketRecordFundIncomeDocument,
    "\n  mutation EnterpriseMarketSubmitFundSpending($input: SubmitFundSpendingInput!) {\n    submitFundSpending(input: $input) {\n      id\n    }\n  }\n": types.EnterpriseMarketSubmitFundSpendingDocument,
    "\n  mutation EnterpriseMarketApproveFundSpending($input: DecideFundSpendingInput!) {\n    approveFundSpending(input: $input) {\n      id\n    }\n  }\n": types.EnterpriseMarketApproveFundSpendingDocument,
    "\n  mutation EnterpriseMarketReverseFundEntry($input: ReverseFundEntryInput!) {\n    reverseFundEntry(input: $input) {\n      id\n    }\n  }\n": types.EnterpriseMarketReverseFundEntryDocument,
    "\n  mutation EnterpriseMarketRecordCofunding($i: RecordCofundingInput!) {\n    recordCofunding(input: $i) {\n      id\n      source\n      amount {\n        fen\n      }\n      fundEntry {\n        id\n        direction\n        status\n        amount {\n          fen\n        }\n      }\n      ownersCommittee {\n        id\n      }\n      propertyCompany {\n        id\n      }\n      merchantName\n    }\n  }\n": types.EnterpriseMarketRecordCofundingDocument,
    "\n  query EnterpriseMarketCofunding($o: ID!) {\n    cofunding(outletId: $o) {\n      total {\n        fen\n        yuan\n      }\n      totals {\n        source\n        amount {\n          fen\n        }\n      }\n      contributions {\n        source\n      }\n    }\n  }\n": types.EnterpriseMarketCofundingDocument,
    "\n  mutation EnterpriseMarketRecordCofundingId($i: RecordCofundingInput!) {\n    recordCofunding(input: $i) {\n      id\n    }\n  }\n": types.EnterpriseMarketRecordCofundingIdDocument,
    "\n  mutation EnterpriseRebateFaultsSettle($input: SettleOutletPeriodInput!) {\n    settleOutletPeriod(input: $input) {\n      id\n      committeeRebate {\n        fen\n      }\n      rebate {\n        status\n        attempts\n      }\n    }\n  }\n": types.EnterpriseRebateFaultsSettleDocument,
    "\n  query EnterpriseRebateFaultsRead($id: ID!) {\n    settlement(id: $id) {\n      id\n      committeeRebate {\n        fen\n      }\n      rebate {\n        status\n        fundEntryId\n        failureReason\n        attempts\n      }\n      fundEntry {\n        id\n        source\n        direction\n        status\n        amount {\n          fen\n        }\n      }\n    }\n  }\n": types.EnterpriseRebateFaultsReadDocument,
    "\n  query EnterpriseRebateFaultsRebateStatus($id: ID!) {\n    settlement(id: $id) {\n      rebate {\n        status\n        failureReason\n      }\n    }\n  }\n": types.EnterpriseRebateFaultsRebateStatusDocument,
    "\n  mutation EnterpriseSplitSettle($input: SettleOutletPeriodInput!) {\n    settleOutletPeriod(input: $input) {\n      proceeds {\n        fen\n      }\n      enterpriseShare {\n        fen\n      }\n      propertyKept {\n        fen\n      }\n      committeeRebate {\n        fen\n        yuan\n      }\n    }\n  }\n": types.EnterpriseSplitSettleDocument,
    "\n  mutation EnterpriseSettlementCreateAgreement($input: CreateRevenueShareAgreementInput!) {\n    createRevenueShareAgreement(input: $input) {\n      id\n      enterpriseBp\n      propertyBp\n      rebateBpOfProperty\n      effectiveFrom\n      propertyCompany {\n        id\n      }\n      ownersCommittee {\n        id\n      }\n    }\n  }\n": types.EnterpriseSettlementCreateAgreementDocument,
    "\n  mutation EnterpriseSettlementSettle($input: SettleOutletPeriodInput!) {\n    settleOutletPeriod(input: $input) {\n      id\n      period\n      note\n      enterpriseBp\n      propertyBp\n      rebateBpOfProperty\n      sales {\n        fen\n        yuan\n      }\n      costOfGoods {\n        fen\n      }\n      proceeds {\n        fen\n      }\n      enterpriseShare {\n        fen\n      }\n      propertyKept {\n        fen\n      }\n      committeeRebate {\n        fen\n        yuan\n      }\n      rebate {\n        status\n        amount {\n          fen\n        }\n        fundEntryId\n        failureReason\n        attempts\n      }\n      outlet {\n        id\n      }\n      ownersCommittee {\n        id\n      }\n      propertyCompany {\n        id\n      }\n    }\n  }\n": types.EnterpriseSettlementSettleDocument,
    "\n  query EnterpriseSettlementRead($id: ID!) {\n    settlement(id: $id) {\n      id\n      period\n      committeeRebate {\n        fen\n      }\n      rebate {\n        status\n        fundEntryId\n        failureReason\n        attempts\n        deliveredAt\n      }\n    }\n  }\n": types.EnterpriseSettlementReadDocument,
    "\n  query EnterpriseSettlementCount {\n    settlements(first: 100) {\n      totalCount\n    }\n  }\n": types.EnterpriseSettlementCountDocument,
    "\n  query EnterpriseSettlementPeriods {\n    settlements(first: 100) {\n      totalCount\n      edges {\n        node {\n          period\n        }\n      }\n    }\n  }\n": types.EnterpriseSettlementPeriodsDocument,
    "\n  query EnterpriseSettlementCompoundPages($id: ID!, $after: String) {\n    compound(id: $id) {\n      outlets {\n        id\n        settlements(first: 1, after: $after) {\n          totalCount\n          edges {\n            cursor\n            node {\n              period\n              enterpriseShare {\n                fen\n              }\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n": types.EnterpriseSettlementCompoundPagesDocument,
    "\n  mutation EnterpriseVegShopPlaceOrder($input: PlaceVegOrderInput!) {\n    placeVegOrder(input: $input) {\n      id\n      channel\n      status\n      priceDate\n      total {\n        fen\n      }\n      lines {\n        lineNo\n        quantity\n        unitPrice {\n          fen\n        }\n        amount {\n          fen\n        }\n        product {\n          name\n        }\n      }\n      resident {\n        id\n      }\n    }\n  }\n": types.EnterpriseVegShopPlaceOrderDocument,
    "\n  mutation EnterpriseVegShopCreateProduct($i: CreateVegProductInput!) {\n    createVegProduct(input: $i) {\n      id\n      name\n      unit\n    }\n  }\n": types.EnterpriseVegShopCreateProductDocument,
    "\n  mutation EnterpriseVegShopSetDailyPrice($i: SetVegDailyPriceInput!) {\n    setVegDailyPrice(input: $i) {\n      date\n      discountBp\n      marketPrice {\n        fen\n      }\n      salePrice {\n        fen\n        yuan\n      }\n    }\n  }\n": types.EnterpriseVegShopSetDailyPriceDocument,
    "\n  query EnterpriseVegShopPriceHistory($id: ID!) {\n    vegPriceHistory(productId: $id) {\n      totalCount\n      edges {\n        node {\n          date\n          salePrice {\n            fen\n          }\n        }\n      }\n    }\n  }\n": types.EnterpriseVegShopPriceHistoryDocument,
    "\n  query EnterpriseVegShopProducts($o: ID!) {\n    vegProducts(outletId: $o) {\n      name\n      todayPrice {\n        salePrice {\n          fen\n        }\n      }\n    }\n  }\n": types.EnterpriseVegShopProductsDocument,
    "\n  mutation EnterpriseVegShopRecordPurchase($i: RecordVegPurchaseInput!) {\n    recordVegPurchase(input: $i) {\n      id\n      quantity\n      supplier\n      unitCost {\n        fen\n      }\n      total {\n        fen\n      }\n      product {\n        name\n      }\n    }\n  }\n": types.EnterpriseVegShopRecordPurchaseDocument,
    "\n  mutation EnterpriseVegShopCancelOrder($id: ID!) {\n    cancelVegOrder(orderId: $id) {\n      id\n    }\n  }\n": types.EnterpriseVegShopCancelOrderDocument,
    "\n  mutation EnterpriseVegShopCancelOrderShowing($id: ID!) {\n    cancelVegOrder(orderId: $id) {\n      status\n      cancelledAt\n    }\n  }\n": types.EnterpriseVegShopCancelOrderShowingDocument,
    "\n  mutation EnterpriseVegShopMarkPickedUp($id: ID!) {\n    markVegOrderPickedUp(orderId: $id) {\n      id\n    }\n  }\n": types.EnterpriseVegShopMarkPickedUpDocument,
    "\n  mutation EnterpriseVegShopMarkPickedUpShowing($id: ID!) {\n    markVegOrderPickedUp(orderId: $id) {\n      status\n      pickedUpAt\n    }\n  }\n": types.EnterpriseVegShopMarkPickedUpShowingDocument,
    "\n  query EnterpriseVegShopMyOrders {\n    myVegOrders {\n      totalCount\n      edges {\n        node {\n          resident {\n            id\n          }\n          status\n        }\n      }\n    }\n  }\n": types.EnterpriseVegShopMyOrdersDocument,
    "\n  query EnterpriseVegShopMyOrderCount {\n    myVegOrders {\n      totalCount\n    }\n  }\n": types.EnterpriseVegShopMyOrderCountDocument,
    "\n  query EnterpriseVegShopOrder($id: ID!) {\n    vegOrder(id: $id) {\n      id\n    }\n  }\n": types.EnterpriseVegShopOrderDocument,
    "\n  query EnterpriseVegShopBooks($o: ID!) {\n    vegOrders(outletId: $o) {\n      totalCount\n    }\n    vegPurchases(outletId: $o) {\n      totalCount\n    }\n  }\n": types.EnterpriseVegShopBooksDocument,
    "\n  query EnterpriseVegShopOrderCount($o: ID!) {\n    vegOrders(outletId: $o) {\n      totalCount\n    }\n  }\n": types.EnterpriseVegShopOrderCountDocument,
    "\n  mutation EnterpriseVegShopRequestProduct($i: RequestVegProductInput!) {\n    requestVegProduct(input: $i) {\n      productName\n      note\n      requestedAt\n    }\n  }\n": types.EnterpriseVegShopRequestProductDocument,
    "\n  query EnterpriseVegShopRequestCount($o: ID!) {\n    vegProductRequests(outletId: $o) {\n      totalCount\n    }\n  }\n": types.EnterpriseVegShopRequestCountDocument,
    "\n  mutation EnterpriseVegShopSettleMonth($i: SettleOutletPeriodInput!) {\n    settleOutletPeriod(input: $i) {\n      sales {\n        fen\n      }\n      costOfGoods {\n        fen\n      }\n      proceeds {\n        fen\n      }\n      enterpriseShare {\n        fen\n      }\n      committeeRebate {\n        fen\n      }\n    }\n  }\n": types.EnterpriseVegShopSettleMonthDocument,
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
    "\n  query SelectedColumnsCompoundNames($first: Int!) {\n    compounds(first: $first) {\n      edges {\n        node {\n          name\n          buildings {\n            number\n          }\n        }\n      }\n    }\n  }\n": types.SelectedColumnsCompoundNamesDocument,
    "\n  query SelectedColumnsCompoundCommunities($first: Int!) {\n    compounds(first: $first) {\n      edges {\n        node {\n          name\n          community {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.SelectedColumnsCompoundCommunitiesDocument,
    "\n  query NotifyMyNotifications($first: Int, $after: String, $last: Int, $before: String, $unreadOnly: Boolean) {\n    myNotifications(first: $first, after: $after, last: $last, before: $before, unreadOnly: $unreadOnly) {\n      totalCount\n      unreadCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          sequence\n          kind\n          recordType\n          recordId\n          compoundId\n          level\n          textZh\n          textEn\n          occurredAt\n          readAt\n        }\n      }\n    }\n  }\n": types.NotifyMyNotificationsDocument,
    "\n  mutation NotifyMarkRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      markedCount\n      unreadCount\n    }\n  }\n": types.NotifyMarkReadDocument,
    "\n  mutation NotifyMarkAllRead {\n    markAllNotificationsRead {\n      markedCount\n      unreadCount\n    }\n  }\n": types.NotifyMarkAllReadDocument,
    "\n  query NotifyStats($from: DateTimeISO!, $to: DateTimeISO!) {\n    notificationStats(from: $from, to: $to) {\n      recorded\n      byKind {\n        kind\n        count\n      }\n      delivered\n      pending\n      failed\n    }\n  }\n": types.NotifyStatsDocument,
    "\n  mutation NotifyWebhooksRegister($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        url\n        eventKinds\n        compoundIds\n        description\n        active\n      }\n    }\n  }\n": types.NotifyWebhooksRegisterDocument,
    "\n  query NotifyWebhooksList {\n    webhooks {\n      id\n      url\n      active\n    }\n  }\n": types.NotifyWebhooksListDocument,
    "\n  query NotifyWebhooksDeliveries($webhookId: ID!, $state: WebhookDeliveryState, $first: Int, $after: String) {\n    webhookDeliveries(webhookId: $webhookId, state: $state, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          eventId\n          kind\n          state\n          attempts\n          lastStatus\n          lastError\n          nextAttemptAt\n          deliveredAt\n          parkedAt\n        }\n      }\n    }\n  }\n": types.NotifyWebhooksDeliveriesDocument,
    "\n  mutation NotifyWebhooksResend($id: ID!) {\n    resendWebhookDelivery(id: $id) {\n      id\n      state\n      attempts\n      lastError\n    }\n  }\n": types.NotifyWebhooksResendDocument,
    "\n  mutation NotifyWebhooksDeactivate($id: ID!) {\n    deactivateWebhook(id: $id) {\n      id\n      active\n      deactivatedAt\n    }\n  }\n": types.NotifyWebhooksDeactivateDocument,
    "\n  mutation NotifyWebhooksRotate($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      webhook {\n        secretRotatedAt\n      }\n    }\n  }\n": types.NotifyWebhooksRotateDocument,
    "\n  query NotifyWebhooksStats($from: DateTimeISO!, $to: DateTimeISO!) {\n    notificationStats(from: $from, to: $to) {\n      recorded\n      webhookDeliveries {\n        state\n        count\n      }\n    }\n  }\n": types.NotifyWebhooksStatsDocument,
    "\n  mutation NotifyChainFile($i: ReportIssueInput!) {\n    reportIssue(input: $i) {\n      id\n      promiseStartedAt\n    }\n  }\n": types.NotifyChainFileDocument,
    "\n  mutation NotifyChainRespond($id: ID!) {\n    respondToIssueReport(id: $id) {\n      id\n      escalationLevel\n      status\n    }\n  }\n": types.NotifyChainRespondDocument,
    "\n  mutation NotifyChainHandToProperty($id: ID!) {\n    handIssueReportToProperty(id: $id) {\n      id\n    }\n  }\n": types.NotifyChainHandToPropertyDocument,
    "\n  query NotifyChainHandover($id: ID!) {\n    issueReport(id: $id) {\n      propertyHandover {\n        status\n        workOrderId\n      }\n    }\n  }\n": types.NotifyChainHandoverDocument,
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
    "\n  fragment PromiseEscalationReport on IssueReport {\n    id\n    status\n    reportedAt\n    promiseStartedAt\n    respondedWithinPromise\n    responseOverdue\n    escalationLevel\n    escalations {\n      level\n      dueAt\n      recipients\n      status\n      doneAt\n    }\n  }\n": types.PromiseEscalationReportFragmentDoc,
    "\n  mutation PromiseEscalationFile($i: ReportIssueInput!) {\n    reportIssue(input: $i) {\n      ...PromiseEscalationReport\n    }\n  }\n": types.PromiseEscalationFileDocument,
    "\n  query PromiseEscalationReport($id: ID!) {\n    issueReport(id: $id) {\n      ...PromiseEscalationReport\n      entries {\n        kind\n        note\n        by\n      }\n    }\n  }\n": types.PromiseEscalationReportDocument,
    "\n  mutation PromiseEscalationRespond($id: ID!) {\n    respondToIssueReport(id: $id) {\n      ...PromiseEscalationReport\n    }\n  }\n": types.PromiseEscalationRespondDocument,
    "\n  mutation PromiseEscalationResolve($id: ID!) {\n    resolveIssueReport(id: $id, note: \"已处理\") {\n      id\n      status\n    }\n  }\n": types.PromiseEscalationResolveDocument,
    "\n  mutation PromiseEscalationHandToProperty($id: ID!) {\n    handIssueReportToProperty(id: $id) {\n      id\n      status\n    }\n  }\n": types.PromiseEscalationHandToPropertyDocument,
    "\n  query PromiseEscalationPolicy($id: ID!) {\n    compound(id: $id) {\n      escalationPolicy {\n        isDefault\n        levels {\n          level\n          afterSeconds\n          recipients\n        }\n      }\n    }\n  }\n": types.PromiseEscalationPolicyDocument,
    "\n  mutation PromiseEscalationSetPolicy($i: SetEscalationPolicyInput!) {\n    setCompoundEscalationPolicy(input: $i) {\n      isDefault\n      levels {\n        level\n        afterSeconds\n        recipients\n      }\n    }\n  }\n": types.PromiseEscalationSetPolicyDocument,
    "\n  query PromiseEscalationStats($c: ID!) {\n    partyStats(compoundId: $c, from: \"2026-11-01\", to: \"2026-12-31\") {\n      reports\n      respondedWithinPromise\n      escalatedLevel1\n      escalatedLevel2\n    }\n  }\n": types.PromiseEscalationStatsDocument,
    "\n  mutation ServiceStationCreate($i: CreateServiceStationInput!) {\n    createServiceStation(input: $i) {\n      id\n      functions\n      customFunctions\n    }\n  }\n": types.ServiceStationCreateDocument,
    "\n  mutation ServiceStationAddService($i: AddStationServiceInput!) {\n    addStationService(input: $i) {\n      name\n      mode\n    }\n  }\n": types.ServiceStationAddServiceDocument,
    "\n  query ServiceStationOfCompound($c: ID!) {\n    compound(id: $c) {\n      serviceStation {\n        name\n        services {\n          name\n          category\n          mode\n        }\n        compound {\n          id\n        }\n      }\n    }\n  }\n": types.ServiceStationOfCompoundDocument,
    "\n  query ServiceStationOnDutyAt($id: ID!, $at: DateTimeISO) {\n    serviceStation(id: $id) {\n      onDuty(at: $at) {\n        team\n        workingDay\n        localDate\n      }\n    }\n  }\n": types.ServiceStationOnDutyAtDocument,
    "\n  query ServiceStationOnDutyNow($id: ID!) {\n    serviceStation(id: $id) {\n      onDuty {\n        team\n        at\n      }\n    }\n  }\n": types.ServiceStationOnDutyNowDocument,
    "\n  mutation ServiceStationSetCalendarDay($i: SetCalendarDayInput!) {\n    setCompoundCalendarDay(input: $i) {\n      day\n      kind\n    }\n  }\n": types.ServiceStationSetCalendarDayDocument,
    "\n  query ServiceStationCalendarDays($c: ID!) {\n    compound(id: $c) {\n      calendarDays {\n        day\n        kind\n      }\n    }\n  }\n": types.ServiceStationCalendarDaysDocument,
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
    "\n  mutation PropertyNotifySetStaffDuty($input: SetStaffDutyInput!) {\n    setStaffDuty(input: $input) {\n      id\n      companyId\n      dutyManager\n      accountSub\n    }\n  }\n": types.PropertyNotifySetStaffDutyDocument,
    "\n  query PropertyNotifyCompanyStaff($id: ID!) {\n    propertyCompany(id: $id) {\n      staff {\n        id\n        name\n        dutyManager\n        accountSub\n      }\n    }\n  }\n": types.PropertyNotifyCompanyStaffDocument,
    "\n  mutation PropertyNotifyCreateOrder($input: CreateWorkOrderInput!) {\n    createWorkOrder(input: $input) {\n      id\n      slaDeadline\n      residentId\n    }\n  }\n": types.PropertyNotifyCreateOrderDocument,
    "\n  mutation PropertyNotifyHandOver($id: ID!) {\n    handIssueReportToProperty(id: $id) {\n      id\n    }\n  }\n": types.PropertyNotifyHandOverDocument,
    "\n  mutation PropertyNotifyCreateResident($i: CreateResidentInput!) {\n    createResident(input: $i) {\n      id\n    }\n  }\n": types.PropertyNotifyCreateResidentDocument,
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
    "\n  query DemoScaleDashboard {\n    compounds(first: 20) {\n      totalCount\n      edges {\n        node {\n          name\n          buildings {\n            number\n          }\n          ownersCommittee {\n            name\n          }\n          serviceContracts {\n            company {\n              name\n            }\n          }\n          outlets {\n            kind\n          }\n        }\n      }\n    }\n  }\n": types.DemoScaleDashboardDocument,
    "\n  query DemoScaleFigures($p: DateRange!) {\n    partyStatsByCompound(period: $p, first: 100) {\n      edges {\n        node {\n          reports\n          byPath {\n            key\n            count\n          }\n        }\n      }\n    }\n    workOrderStats(period: $p) {\n      total\n      byCategory {\n        count\n      }\n    }\n    fundFlowReport(period: $p) {\n      source\n      entries\n    }\n  }\n": types.DemoScaleFiguresDocument,
    "\n  query DemoScaleMyReports {\n    myIssueReports(first: 20) {\n      totalCount\n      edges {\n        node {\n          reportedAt\n        }\n      }\n    }\n  }\n": types.DemoScaleMyReportsDocument,
    "\n  query DemoScaleOpenReports($c: ID!) {\n    issueReports(compoundId: $c, statuses: [SUBMITTED, RESPONDED, ESCALATED, REOPENED], first: 20) {\n      totalCount\n    }\n  }\n": types.DemoScaleOpenReportsDocument,
    "\n  query StartDemoCounts {\n    compounds(first: 100) {\n      totalCount\n      edges {\n        node {\n          name\n          buildings {\n            id\n          }\n          ownersCommittee {\n            id\n          }\n          serviceContracts {\n            id\n          }\n          outlets {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.StartDemoCountsDocument,
    "\n  query TrustFund($c: ID!) {\n    publicFund(compoundId: $c) {\n      balance {\n        fen\n      }\n      entries(first: 100) {\n        totalCount\n      }\n    }\n  }\n": types.TrustFundDocument,
    "\n  query TrustFundAndPlaces($c: ID!) {\n    compound(id: $c) {\n      name\n      buildings {\n        id\n      }\n      ownersCommittee {\n        id\n      }\n      serviceContracts {\n        id\n      }\n      outlets {\n        id\n      }\n    }\n  }\n": types.TrustFundAndPlacesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteeAnalyticsFundFlows($c: ID!, $from: String!, $to: String!) {\n    fundFlowReport(compoundId: $c, fromMonth: $from, toMonth: $to) {\n      period\n      direction\n      source\n      entries\n      total {\n        fen\n        yuan\n      }\n    }\n  }\n"): typeof import('./graphql').CommitteeAnalyticsFundFlowsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteeAnalyticsTurnout($c: ID!) {\n    voteTurnoutReport(compoundId: $c) {\n      title\n      matter\n      rollHeads\n      participatingHeads\n      participatingAreaCentiM2\n      turnoutHeadsBasisPoints\n      turnoutAreaBasisPoints\n      forHeads\n      valid\n      passed\n    }\n  }\n"): typeof import('./graphql').CommitteeAnalyticsTurnoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteeAnalyticsOutcomes($c: ID) {\n    voteOutcomesByMatter(compoundId: $c) {\n      matter\n      closedVotes\n      validVotes\n      passedVotes\n      participatingHeads\n      rollHeads\n    }\n  }\n"): typeof import('./graphql').CommitteeAnalyticsOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitteeElectionRecord($input: RecordElectionInput!) {\n    recordCommitteeElection(input: $input) {\n      id\n      name\n      termStartsOn\n      termEndsOn\n      compound {\n        id\n      }\n      currentTerm {\n        startsOn\n        endsOn\n        electedBy {\n          id\n          matter\n        }\n        seats {\n          role\n          owner {\n            id\n            name\n          }\n        }\n      }\n      terms {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CommitteeElectionRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteeElectionPublicSeats($id: ID!) {\n    ownersCommittee(id: $id) {\n      currentTerm {\n        seats {\n          role\n          owner {\n            name\n            areaCentiM2\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CommitteeElectionPublicSeatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteeElectionSeatsAsResident($id: ID!) {\n    ownersCommittee(id: $id) {\n      currentTerm {\n        seats {\n          owner {\n            name\n            areaCentiM2\n            units {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CommitteeElectionSeatsAsResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsultationStart($input: StartConsultationInput!) {\n    startConsultation(input: $input) {\n      id\n      stage\n    }\n  }\n"): typeof import('./graphql').ConsultationStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsultationAdvance($input: AdvanceConsultationInput!) {\n    advanceConsultation(input: $input) {\n      id\n      stage\n      decisionVote {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ConsultationAdvanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsultationProposeTopic($input: ProposeTopicInput!) {\n    proposeConsultationTopic(input: $input) {\n      id\n      text\n    }\n  }\n"): typeof import('./graphql').ConsultationProposeTopicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsultationAdoptDocumentVersion($input: AdoptDocumentVersionInput!) {\n    adoptGovernanceDocumentVersion(input: $input) {\n      id\n      version\n      title\n      effectiveOn\n      adoptedBy {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ConsultationAdoptDocumentVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultationGovernanceDocuments($c: ID!) {\n    governanceDocuments(compoundId: $c) {\n      kind\n      current {\n        version\n        title\n      }\n      history {\n        version\n        effectiveOn\n      }\n    }\n  }\n"): typeof import('./graphql').ConsultationGovernanceDocumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultationRecord($id: ID!) {\n    consultation(id: $id) {\n      stage\n      topics {\n        text\n      }\n      steps {\n        stage\n        note\n        vote {\n          id\n          result {\n            passed\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsultationRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteeDemoKuiguangtaStory($c: ID!, $committee: ID!) {\n    compound: ownersCommittee(id: $committee) {\n      name\n      currentTerm {\n        startsOn\n        seats {\n          role\n          owner {\n            name\n          }\n        }\n        electedBy {\n          matter\n          result {\n            passed\n          }\n        }\n      }\n      fund {\n        balance {\n          yuan\n        }\n        entries {\n          totalCount\n          edges {\n            node {\n              source\n              direction\n              status\n              amount {\n                yuan\n              }\n            }\n          }\n        }\n      }\n    }\n    ownerRoll(compoundId: $c) {\n      heads\n      areaCentiM2\n    }\n    governanceDocuments(compoundId: $c) {\n      kind\n      current {\n        version\n        title\n        adoptedBy {\n          matter\n          result {\n            passed\n          }\n        }\n      }\n    }\n    consultations(compoundId: $c) {\n      edges {\n        node {\n          stage\n          decisionVote {\n            title\n          }\n          steps {\n            stage\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CommitteeDemoKuiguangtaStoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteeDemoVote($id: ID!) {\n    vote(id: $id) {\n      matter\n      approvalRule\n      status\n      result {\n        valid\n        passed\n        explanation\n      }\n    }\n  }\n"): typeof import('./graphql').CommitteeDemoVoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteeDemoRoll($c: ID!, $n: Int!) {\n    ownerRoll(compoundId: $c) {\n      owners(first: $n) {\n        edges {\n          node {\n            name\n            residentId\n            areaCentiM2\n            units {\n              area\n              household {\n                ownedUnit {\n                  id\n                  owner {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CommitteeDemoRollDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteeDemoLedger($c: ID!, $n: Int!) {\n    publicFund(compoundId: $c) {\n      entries(first: $n) {\n        edges {\n          node {\n            amount {\n              fen\n            }\n            reverses {\n              id\n            }\n            reversedBy {\n              id\n            }\n            committee {\n              name\n            }\n            settlement {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CommitteeDemoLedgerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteeDemoVotes($c: ID!, $n: Int!) {\n    compound(id: $c) {\n      jointVotes(first: $n) {\n        totalCount\n        edges {\n          node {\n            roll {\n              heads\n            }\n            result {\n              passed\n              checks {\n                met\n              }\n            }\n            myBallot {\n              choice\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CommitteeDemoVotesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteeDemoConsultations($c: ID!, $n: Int!) {\n    consultations(compoundId: $c, first: $n) {\n      edges {\n        node {\n          topics {\n            text\n          }\n          steps {\n            stage\n            vote {\n              title\n              result {\n                passed\n              }\n              myBallot {\n                choice\n              }\n            }\n          }\n          decisionVote {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CommitteeDemoConsultationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitteeRegisterOwner($input: RegisterOwnerInput!) {\n    registerOwner(input: $input) {\n      id\n      isDeveloper\n      name\n    }\n  }\n"): typeof import('./graphql').CommitteeRegisterOwnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitteeRegisterOwnedUnit($input: RegisterOwnedUnitInput!) {\n    registerOwnedUnit(input: $input) {\n      id\n      areaCentiM2\n      area\n    }\n  }\n"): typeof import('./graphql').CommitteeRegisterOwnedUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitteeOpenVote($input: OpenVoteInput!) {\n    openVote(input: $input) {\n      id\n      status\n      matter\n      approvalRule\n      roll {\n        heads\n        areaCentiM2\n        area\n      }\n    }\n  }\n"): typeof import('./graphql').CommitteeOpenVoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitteeCastBallot($input: BallotInput!) {\n    castBallot(input: $input) {\n      id\n      choice\n      castAt\n      changedAt\n    }\n  }\n"): typeof import('./graphql').CommitteeCastBallotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitteeCloseVote($id: ID!) {\n    closeVote(id: $id) {\n      id\n      status\n      closedAt\n      result {\n        valid\n        passed\n        participatingAreaCentiM2\n        participatingHeads\n        forAreaCentiM2\n        forHeads\n        againstAreaCentiM2\n        againstHeads\n        abstainAreaCentiM2\n        abstainHeads\n        explanation\n        checks {\n          stage\n          measure\n          rule\n          count\n          base\n          required\n          shortfall\n          met\n          text\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CommitteeCloseVoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowTheMoneyFromCompound($c: ID!) {\n    compound(id: $c) {\n      outlets {\n        kind\n        settlements(first: 10) {\n          edges {\n            node {\n              id\n              period\n              proceeds {\n                fen\n              }\n              enterpriseShare {\n                fen\n              }\n              propertyKept {\n                fen\n              }\n              committeeRebate {\n                fen\n              }\n              rebate {\n                status\n              }\n              fundEntry {\n                id\n                source\n                direction\n                status\n                period\n                amount {\n                  fen\n                }\n                balanceAfter {\n                  fen\n                }\n                committee {\n                  id\n                }\n              }\n            }\n          }\n        }\n        cofunding {\n          contributions {\n            source\n            amount {\n              fen\n            }\n            fundEntry {\n              id\n              direction\n              amount {\n                fen\n              }\n            }\n          }\n        }\n      }\n      publicFund {\n        balance {\n          fen\n          yuan\n        }\n        pendingSpending {\n          fen\n        }\n        committee {\n          id\n        }\n        entries(first: 100) {\n          totalCount\n          edges {\n            node {\n              id\n              source\n              direction\n              amount {\n                fen\n              }\n              balanceAfter {\n                fen\n              }\n              settlement {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FollowTheMoneyFromCompoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowTheMoneyFundTotals($c: ID!) {\n    compound(id: $c) {\n      publicFund {\n        balance {\n          fen\n        }\n        entries {\n          totalCount\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FollowTheMoneyFundTotalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowTheMoneyFundBalance($c: ID!) {\n    compound(id: $c) {\n      publicFund {\n        balance {\n          fen\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FollowTheMoneyFundBalanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JointVoteChangeBallot($input: BallotInput!) {\n    changeBallot(input: $input) {\n      id\n      choice\n      castAt\n      changedAt\n    }\n  }\n"): typeof import('./graphql').JointVoteChangeBallotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JointVoteRollWithOwners($c: ID!) {\n    ownerRoll(compoundId: $c) {\n      heads\n      areaCentiM2\n      area\n      owners {\n        totalCount\n        edges {\n          node {\n            id\n            heads\n            areaCentiM2\n            isDeveloper\n            units {\n              areaCentiM2\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').JointVoteRollWithOwnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JointVoteRollHouseholds($c: ID!) {\n    ownerRoll(compoundId: $c) {\n      owners {\n        edges {\n          node {\n            units {\n              household {\n                id\n                ownedUnit {\n                  area\n                  owner {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').JointVoteRollHouseholdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JointVoteMyBallot($id: ID!) {\n    vote(id: $id) {\n      id\n      status\n      result {\n        valid\n      }\n      myBallot {\n        choice\n      }\n    }\n  }\n"): typeof import('./graphql').JointVoteMyBallotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JointVoteUpdateOwnedUnit($input: UpdateOwnedUnitInput!) {\n    updateOwnedUnit(input: $input) {\n      areaCentiM2\n    }\n  }\n"): typeof import('./graphql').JointVoteUpdateOwnedUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JointVoteEraseOwner($r: ID!) {\n    eraseOwnerPersonalData(residentId: $r)\n  }\n"): typeof import('./graphql').JointVoteEraseOwnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JointVoteRollNames($c: ID!) {\n    ownerRoll(compoundId: $c) {\n      heads\n      owners {\n        edges {\n          node {\n            name\n            residentId\n            areaCentiM2\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').JointVoteRollNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicFundEntryFields on FundEntry {\n    id\n    direction\n    source\n    status\n    amount {\n      fen\n      yuan\n    }\n    balanceAfter {\n      fen\n    }\n    description\n    submittedBy\n    decidedBy\n    postedAt\n    period\n    reverses {\n      id\n    }\n    reversedBy {\n      id\n    }\n    settlement {\n      id\n    }\n  }\n"): typeof import('./graphql').PublicFundEntryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublicFundRecordIncome($input: RecordFundIncomeInput!) {\n    recordFundIncome(input: $input) {\n      ...PublicFundEntryFields\n    }\n  }\n"): typeof import('./graphql').PublicFundRecordIncomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublicFundSubmitSpending($input: SubmitFundSpendingInput!) {\n    submitFundSpending(input: $input) {\n      ...PublicFundEntryFields\n    }\n  }\n"): typeof import('./graphql').PublicFundSubmitSpendingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublicFundApproveSpending($input: DecideFundSpendingInput!) {\n    approveFundSpending(input: $input) {\n      ...PublicFundEntryFields\n    }\n  }\n"): typeof import('./graphql').PublicFundApproveSpendingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublicFundRejectSpending($input: DecideFundSpendingInput!) {\n    rejectFundSpending(input: $input) {\n      ...PublicFundEntryFields\n    }\n  }\n"): typeof import('./graphql').PublicFundRejectSpendingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublicFundReverseEntry($input: ReverseFundEntryInput!) {\n    reverseFundEntry(input: $input) {\n      ...PublicFundEntryFields\n    }\n  }\n"): typeof import('./graphql').PublicFundReverseEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicFundLedger($c: ID!) {\n    publicFund(compoundId: $c) {\n      balance {\n        fen\n        yuan\n      }\n      committee {\n        id\n      }\n      entries(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            source\n            status\n            amount {\n              fen\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PublicFundLedgerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicFundLedgerPage($c: ID!, $after: String) {\n    publicFund(compoundId: $c) {\n      entries(first: 3, after: $after) {\n        edges {\n          node {\n            id\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PublicFundLedgerPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicFundOfCommittee($id: ID!) {\n    ownersCommittee(id: $id) {\n      fund {\n        balance {\n          fen\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PublicFundOfCommitteeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicFundBalanceAndPending($c: ID!) {\n    publicFund(compoundId: $c) {\n      balance {\n        fen\n      }\n      pendingSpending {\n        fen\n      }\n    }\n  }\n"): typeof import('./graphql').PublicFundBalanceAndPendingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicFundEntry($id: ID!) {\n    fundEntry(id: $id) {\n      amount {\n        fen\n      }\n      status\n      reversedBy {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').PublicFundEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseAccessVegOrderPage($o: ID!, $n: Int) {\n    vegOrders(outletId: $o, first: $n) {\n      edges {\n        node {\n          total {\n            fen\n          }\n          outlet {\n            name\n          }\n          lines {\n            quantity\n            product {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseAccessVegOrderPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseAccessMealPage($o: ID!, $n: Int) {\n    meals(outletId: $o, first: $n) {\n      edges {\n        node {\n          price {\n            fen\n          }\n          ageYears\n          card {\n            cardNo\n            holderName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseAccessMealPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseAccessSettlementPages($id: ID!, $n: Int) {\n    compound(id: $id) {\n      outlets {\n        settlements(first: $n) {\n          totalCount\n          edges {\n            node {\n              proceeds {\n                fen\n              }\n              agreement {\n                enterpriseBp\n              }\n              rebate {\n                status\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseAccessSettlementPagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseAccessCommitteeRebates($c: ID!) {\n    settlements(ownersCommitteeId: $c, first: 100) {\n      totalCount\n      edges {\n        node {\n          period\n          committeeRebate {\n            fen\n          }\n          rebate {\n            status\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseAccessCommitteeRebatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseAccessCompanyAgreements($id: ID!) {\n    propertyCompany(id: $id) {\n      name\n      revenueShareAgreements {\n        enterpriseBp\n        propertyBp\n        rebateBpOfProperty\n        effectiveFrom\n        outlet {\n          kind\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseAccessCompanyAgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseAccessOutletAgreements($id: ID!) {\n    compound(id: $id) {\n      outlets {\n        revenueShareAgreements {\n          enterpriseBp\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseAccessOutletAgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseAccessVegOrderCount($o: ID!) {\n    vegOrders(outletId: $o) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').EnterpriseAccessVegOrderCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseAccessMealCount($o: ID!) {\n    meals(outletId: $o) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').EnterpriseAccessMealCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseAccessCharityFund($o: ID!) {\n    charityFund(outletId: $o) {\n      balance {\n        fen\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseAccessCharityFundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseAccessMarketSaleCount($o: ID!) {\n    marketSales(outletId: $o) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').EnterpriseAccessMarketSaleCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseAnalyticsSettleOctober($outletId: ID!) {\n    settleOutletPeriod(input: { outletId: $outletId, period: \"2026-10\", idempotencyKey: \"oct\" }) {\n      proceeds {\n        fen\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseAnalyticsSettleOctoberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseAnalyticsOutletFigures($o: ID) {\n    outletPeriodFigures(from: \"2026-10\", to: \"2026-11\", outletId: $o) {\n      outlet {\n        id\n      }\n      period\n      sales {\n        fen\n      }\n      costOfGoods {\n        fen\n      }\n      proceeds {\n        fen\n      }\n      settled\n    }\n  }\n"): typeof import('./graphql').EnterpriseAnalyticsOutletFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseAnalyticsAllOutletFigures {\n    outletPeriodFigures(from: \"2026-09\", to: \"2026-12\") {\n      outlet {\n        id\n      }\n      period\n      sales {\n        fen\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseAnalyticsAllOutletFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseAnalyticsMealsByAgeTier($o: ID!) {\n    mealsByAgeTier(outletId: $o, from: \"2026-10\", to: \"2026-11\") {\n      tierMinAge\n      meals\n      paidByCharityFund\n      amount {\n        fen\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseAnalyticsMealsByAgeTierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseAnalyticsCharityFundReport($o: ID!) {\n    charityFundReport(outletId: $o, from: \"2026-10\", to: \"2026-11\") {\n      income {\n        fen\n      }\n      spending {\n        fen\n      }\n      balance {\n        fen\n      }\n      byKind {\n        kind\n        entries\n        amount {\n          fen\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseAnalyticsCharityFundReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseAnalyticsCommunitySubsidies {\n    communitySubsidies(from: \"2026-10\", to: \"2026-11\") {\n      outlet {\n        id\n      }\n      period\n      sales\n      subsidies {\n        fen\n      }\n      seniorCover {\n        fen\n      }\n      total {\n        fen\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseAnalyticsCommunitySubsidiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseAnalyticsPeriods {\n    outletPeriodFigures(from: \"2026-10\", to: \"2026-11\") {\n      period\n    }\n  }\n"): typeof import('./graphql').EnterpriseAnalyticsPeriodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseAnalyticsSubsidyPeriods($f: String!, $t: String!) {\n    communitySubsidies(from: $f, to: $t) {\n      period\n    }\n  }\n"): typeof import('./graphql').EnterpriseAnalyticsSubsidyPeriodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseCanteenIssueCard($i: IssueMealCardInput!) {\n    issueMealCard(input: $i) {\n      id\n      cardNo\n      birthDate\n      holderName\n      birthDateVerifiedAt\n    }\n  }\n"): typeof import('./graphql').EnterpriseCanteenIssueCardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseCanteenRecordMeal($i: RecordMealInput!) {\n    recordMeal(input: $i) {\n      id\n      mealDate\n      ageYears\n      tierMinAge\n      paidBy\n      price {\n        fen\n        yuan\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseCanteenRecordMealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseCanteenPriceTiers($o: ID!) {\n    mealPriceTiers(outletId: $o) {\n      minAge\n      price {\n        fen\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseCanteenPriceTiersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseCanteenVerifyBirthDate($c: ID!, $b: String!) {\n    verifyMealCardBirthDate(cardId: $c, birthDate: $b) {\n      id\n    }\n  }\n"): typeof import('./graphql').EnterpriseCanteenVerifyBirthDateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseCanteenVerifiedBirthDate($c: ID!, $b: String!) {\n    verifyMealCardBirthDate(cardId: $c, birthDate: $b) {\n      birthDate\n      birthDateVerifiedAt\n    }\n  }\n"): typeof import('./graphql').EnterpriseCanteenVerifiedBirthDateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseCanteenCardsAndMeals($o: ID!) {\n    mealCards(outletId: $o, first: 100) {\n      edges {\n        node {\n          holderName\n          birthDate\n          birthDateVerifiedAt\n        }\n      }\n    }\n    meals(outletId: $o, first: 5) {\n      edges {\n        node {\n          ageYears\n          tierMinAge\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseCanteenCardsAndMealsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseCanteenMyCards {\n    myMealCards {\n      holderName\n      birthDate\n    }\n  }\n"): typeof import('./graphql').EnterpriseCanteenMyCardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseCanteenCardHolders($o: ID!) {\n    mealCards(outletId: $o, first: 100) {\n      edges {\n        node {\n          holderName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseCanteenCardHoldersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseCanteenCardCount($o: ID!) {\n    mealCards(outletId: $o) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').EnterpriseCanteenCardCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseCanteenEraseHolder($c: ID!) {\n    eraseMealCardHolder(cardId: $c) {\n      id\n      holderName\n      birthDate\n      erasedAt\n    }\n  }\n"): typeof import('./graphql').EnterpriseCanteenEraseHolderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseCanteenMyMeals {\n    myMeals {\n      totalCount\n      edges {\n        node {\n          price {\n            fen\n          }\n          ageYears\n          card {\n            birthDate\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseCanteenMyMealsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseCanteenMyMealCount {\n    myMeals {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').EnterpriseCanteenMyMealCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseCanteenCard($id: ID!) {\n    mealCard(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').EnterpriseCanteenCardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseCanteenRecordSupply($i: RecordMerchantSupplyInput!) {\n    recordMerchantSupply(input: $i) {\n      value {\n        fen\n      }\n      paid {\n        fen\n      }\n      credited {\n        fen\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseCanteenRecordSupplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseCanteenRegisterFamily($i: RegisterDifficultyFamilyInput!) {\n    registerDifficultyFamily(input: $i) {\n      householdId\n    }\n  }\n"): typeof import('./graphql').EnterpriseCanteenRegisterFamilyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseCanteenCharityFund($o: ID!) {\n    charityFund(outletId: $o) {\n      balance {\n        fen\n      }\n    }\n    charityFundEntries(outletId: $o, first: 100) {\n      totalCount\n      edges {\n        node {\n          kind\n          amount {\n            fen\n          }\n          balanceAfter {\n            fen\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseCanteenCharityFundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseDemoCompoundSettlements($id: ID!) {\n    compound(id: $id) {\n      outlets {\n        kind\n        settlements(first: 10) {\n          totalCount\n          edges {\n            node {\n              period\n              proceeds {\n                fen\n              }\n              enterpriseShare {\n                fen\n              }\n              propertyKept {\n                fen\n              }\n              committeeRebate {\n                fen\n              }\n              rebate {\n                status\n                amount {\n                  fen\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseDemoCompoundSettlementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseDemoOutletFigures {\n    outletPeriodFigures(from: \"2026-08\", to: \"2026-10\") {\n      outlet {\n        id\n        kind\n      }\n      period\n      proceeds {\n        fen\n      }\n      settled\n    }\n  }\n"): typeof import('./graphql').EnterpriseDemoOutletFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseDemoMealsByAgeTier($o: ID!) {\n    mealsByAgeTier(outletId: $o, from: \"2026-08\", to: \"2026-10\") {\n      tierMinAge\n      meals\n      paidByCharityFund\n    }\n  }\n"): typeof import('./graphql').EnterpriseDemoMealsByAgeTierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseDemoCommunitySubsidies {\n    communitySubsidies(from: \"2026-08\", to: \"2026-10\") {\n      period\n      sales\n    }\n  }\n"): typeof import('./graphql').EnterpriseDemoCommunitySubsidiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseDemoCofunding($o: ID!) {\n    cofunding(outletId: $o) {\n      total {\n        yuan\n      }\n      totals {\n        source\n        amount {\n          yuan\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseDemoCofundingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseDemoCompoundCofunding($id: ID!) {\n    compound(id: $id) {\n      outlets {\n        kind\n        cofunding {\n          total {\n            fen\n          }\n          totals {\n            source\n            amount {\n              fen\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseDemoCompoundCofundingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseDemoCofundingToFund($id: ID!) {\n    compound(id: $id) {\n      outlets {\n        kind\n        cofunding {\n          contributions {\n            source\n            amount {\n              fen\n            }\n            ownersCommittee {\n              id\n              name\n            }\n            fundEntry {\n              id\n              direction\n              source\n              status\n              amount {\n                fen\n              }\n              committee {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseDemoCofundingToFundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseCreateAgreement($input: CreateRevenueShareAgreementInput!) {\n    createRevenueShareAgreement(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').EnterpriseCreateAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseMarketRecordSale($i: RecordMarketSaleInput!) {\n    recordMarketSale(input: $i) {\n      id\n      quantity\n      senior\n      listPrice {\n        fen\n      }\n      merchantDiscount {\n        fen\n      }\n      communitySubsidy {\n        fen\n      }\n      seniorCover {\n        fen\n      }\n      residentPaid {\n        fen\n      }\n      item {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseMarketRecordSaleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseMarketCreateItem($i: CreateMarketItemInput!) {\n    createMarketItem(input: $i) {\n      id\n      name\n      listPrice {\n        fen\n      }\n      residentPrice {\n        fen\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseMarketCreateItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseMarketRecordFundIncome($input: RecordFundIncomeInput!) {\n    recordFundIncome(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').EnterpriseMarketRecordFundIncomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseMarketSubmitFundSpending($input: SubmitFundSpendingInput!) {\n    submitFundSpending(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').EnterpriseMarketSubmitFundSpendingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseMarketApproveFundSpending($input: DecideFundSpendingInput!) {\n    approveFundSpending(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').EnterpriseMarketApproveFundSpendingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseMarketReverseFundEntry($input: ReverseFundEntryInput!) {\n    reverseFundEntry(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').EnterpriseMarketReverseFundEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseMarketRecordCofunding($i: RecordCofundingInput!) {\n    recordCofunding(input: $i) {\n      id\n      source\n      amount {\n        fen\n      }\n      fundEntry {\n        id\n        direction\n        status\n        amount {\n          fen\n        }\n      }\n      ownersCommittee {\n        id\n      }\n      propertyCompany {\n        id\n      }\n      merchantName\n    }\n  }\n"): typeof import('./graphql').EnterpriseMarketRecordCofundingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseMarketCofunding($o: ID!) {\n    cofunding(outletId: $o) {\n      total {\n        fen\n        yuan\n      }\n      totals {\n        source\n        amount {\n          fen\n        }\n      }\n      contributions {\n        source\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseMarketCofundingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseMarketRecordCofundingId($i: RecordCofundingInput!) {\n    recordCofunding(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql').EnterpriseMarketRecordCofundingIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseRebateFaultsSettle($input: SettleOutletPeriodInput!) {\n    settleOutletPeriod(input: $input) {\n      id\n      committeeRebate {\n        fen\n      }\n      rebate {\n        status\n        attempts\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseRebateFaultsSettleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseRebateFaultsRead($id: ID!) {\n    settlement(id: $id) {\n      id\n      committeeRebate {\n        fen\n      }\n      rebate {\n        status\n        fundEntryId\n        failureReason\n        attempts\n      }\n      fundEntry {\n        id\n        source\n        direction\n        status\n        amount {\n          fen\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseRebateFaultsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseRebateFaultsRebateStatus($id: ID!) {\n    settlement(id: $id) {\n      rebate {\n        status\n        failureReason\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseRebateFaultsRebateStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseSplitSettle($input: SettleOutletPeriodInput!) {\n    settleOutletPeriod(input: $input) {\n      proceeds {\n        fen\n      }\n      enterpriseShare {\n        fen\n      }\n      propertyKept {\n        fen\n      }\n      committeeRebate {\n        fen\n        yuan\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseSplitSettleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseSettlementCreateAgreement($input: CreateRevenueShareAgreementInput!) {\n    createRevenueShareAgreement(input: $input) {\n      id\n      enterpriseBp\n      propertyBp\n      rebateBpOfProperty\n      effectiveFrom\n      propertyCompany {\n        id\n      }\n      ownersCommittee {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseSettlementCreateAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseSettlementSettle($input: SettleOutletPeriodInput!) {\n    settleOutletPeriod(input: $input) {\n      id\n      period\n      note\n      enterpriseBp\n      propertyBp\n      rebateBpOfProperty\n      sales {\n        fen\n        yuan\n      }\n      costOfGoods {\n        fen\n      }\n      proceeds {\n        fen\n      }\n      enterpriseShare {\n        fen\n      }\n      propertyKept {\n        fen\n      }\n      committeeRebate {\n        fen\n        yuan\n      }\n      rebate {\n        status\n        amount {\n          fen\n        }\n        fundEntryId\n        failureReason\n        attempts\n      }\n      outlet {\n        id\n      }\n      ownersCommittee {\n        id\n      }\n      propertyCompany {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseSettlementSettleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseSettlementRead($id: ID!) {\n    settlement(id: $id) {\n      id\n      period\n      committeeRebate {\n        fen\n      }\n      rebate {\n        status\n        fundEntryId\n        failureReason\n        attempts\n        deliveredAt\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseSettlementReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseSettlementCount {\n    settlements(first: 100) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').EnterpriseSettlementCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseSettlementPeriods {\n    settlements(first: 100) {\n      totalCount\n      edges {\n        node {\n          period\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseSettlementPeriodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseSettlementCompoundPages($id: ID!, $after: String) {\n    compound(id: $id) {\n      outlets {\n        id\n        settlements(first: 1, after: $after) {\n          totalCount\n          edges {\n            cursor\n            node {\n              period\n              enterpriseShare {\n                fen\n              }\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseSettlementCompoundPagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseVegShopPlaceOrder($input: PlaceVegOrderInput!) {\n    placeVegOrder(input: $input) {\n      id\n      channel\n      status\n      priceDate\n      total {\n        fen\n      }\n      lines {\n        lineNo\n        quantity\n        unitPrice {\n          fen\n        }\n        amount {\n          fen\n        }\n        product {\n          name\n        }\n      }\n      resident {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseVegShopPlaceOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseVegShopCreateProduct($i: CreateVegProductInput!) {\n    createVegProduct(input: $i) {\n      id\n      name\n      unit\n    }\n  }\n"): typeof import('./graphql').EnterpriseVegShopCreateProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseVegShopSetDailyPrice($i: SetVegDailyPriceInput!) {\n    setVegDailyPrice(input: $i) {\n      date\n      discountBp\n      marketPrice {\n        fen\n      }\n      salePrice {\n        fen\n        yuan\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseVegShopSetDailyPriceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseVegShopPriceHistory($id: ID!) {\n    vegPriceHistory(productId: $id) {\n      totalCount\n      edges {\n        node {\n          date\n          salePrice {\n            fen\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseVegShopPriceHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseVegShopProducts($o: ID!) {\n    vegProducts(outletId: $o) {\n      name\n      todayPrice {\n        salePrice {\n          fen\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseVegShopProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseVegShopRecordPurchase($i: RecordVegPurchaseInput!) {\n    recordVegPurchase(input: $i) {\n      id\n      quantity\n      supplier\n      unitCost {\n        fen\n      }\n      total {\n        fen\n      }\n      product {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseVegShopRecordPurchaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseVegShopCancelOrder($id: ID!) {\n    cancelVegOrder(orderId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').EnterpriseVegShopCancelOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseVegShopCancelOrderShowing($id: ID!) {\n    cancelVegOrder(orderId: $id) {\n      status\n      cancelledAt\n    }\n  }\n"): typeof import('./graphql').EnterpriseVegShopCancelOrderShowingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseVegShopMarkPickedUp($id: ID!) {\n    markVegOrderPickedUp(orderId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').EnterpriseVegShopMarkPickedUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseVegShopMarkPickedUpShowing($id: ID!) {\n    markVegOrderPickedUp(orderId: $id) {\n      status\n      pickedUpAt\n    }\n  }\n"): typeof import('./graphql').EnterpriseVegShopMarkPickedUpShowingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseVegShopMyOrders {\n    myVegOrders {\n      totalCount\n      edges {\n        node {\n          resident {\n            id\n          }\n          status\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseVegShopMyOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseVegShopMyOrderCount {\n    myVegOrders {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').EnterpriseVegShopMyOrderCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseVegShopOrder($id: ID!) {\n    vegOrder(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').EnterpriseVegShopOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseVegShopBooks($o: ID!) {\n    vegOrders(outletId: $o) {\n      totalCount\n    }\n    vegPurchases(outletId: $o) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').EnterpriseVegShopBooksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseVegShopOrderCount($o: ID!) {\n    vegOrders(outletId: $o) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').EnterpriseVegShopOrderCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseVegShopRequestProduct($i: RequestVegProductInput!) {\n    requestVegProduct(input: $i) {\n      productName\n      note\n      requestedAt\n    }\n  }\n"): typeof import('./graphql').EnterpriseVegShopRequestProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseVegShopRequestCount($o: ID!) {\n    vegProductRequests(outletId: $o) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').EnterpriseVegShopRequestCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseVegShopSettleMonth($i: SettleOutletPeriodInput!) {\n    settleOutletPeriod(input: $i) {\n      sales {\n        fen\n      }\n      costOfGoods {\n        fen\n      }\n      proceeds {\n        fen\n      }\n      enterpriseShare {\n        fen\n      }\n      committeeRebate {\n        fen\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseVegShopSettleMonthDocument;
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
export function graphql(source: "\n  query SelectedColumnsCompoundNames($first: Int!) {\n    compounds(first: $first) {\n      edges {\n        node {\n          name\n          buildings {\n            number\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SelectedColumnsCompoundNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SelectedColumnsCompoundCommunities($first: Int!) {\n    compounds(first: $first) {\n      edges {\n        node {\n          name\n          community {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SelectedColumnsCompoundCommunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotifyMyNotifications($first: Int, $after: String, $last: Int, $before: String, $unreadOnly: Boolean) {\n    myNotifications(first: $first, after: $after, last: $last, before: $before, unreadOnly: $unreadOnly) {\n      totalCount\n      unreadCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          sequence\n          kind\n          recordType\n          recordId\n          compoundId\n          level\n          textZh\n          textEn\n          occurredAt\n          readAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NotifyMyNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotifyMarkRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      markedCount\n      unreadCount\n    }\n  }\n"): typeof import('./graphql').NotifyMarkReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotifyMarkAllRead {\n    markAllNotificationsRead {\n      markedCount\n      unreadCount\n    }\n  }\n"): typeof import('./graphql').NotifyMarkAllReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotifyStats($from: DateTimeISO!, $to: DateTimeISO!) {\n    notificationStats(from: $from, to: $to) {\n      recorded\n      byKind {\n        kind\n        count\n      }\n      delivered\n      pending\n      failed\n    }\n  }\n"): typeof import('./graphql').NotifyStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotifyWebhooksRegister($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        url\n        eventKinds\n        compoundIds\n        description\n        active\n      }\n    }\n  }\n"): typeof import('./graphql').NotifyWebhooksRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotifyWebhooksList {\n    webhooks {\n      id\n      url\n      active\n    }\n  }\n"): typeof import('./graphql').NotifyWebhooksListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotifyWebhooksDeliveries($webhookId: ID!, $state: WebhookDeliveryState, $first: Int, $after: String) {\n    webhookDeliveries(webhookId: $webhookId, state: $state, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          eventId\n          kind\n          state\n          attempts\n          lastStatus\n          lastError\n          nextAttemptAt\n          deliveredAt\n          parkedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NotifyWebhooksDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotifyWebhooksResend($id: ID!) {\n    resendWebhookDelivery(id: $id) {\n      id\n      state\n      attempts\n      lastError\n    }\n  }\n"): typeof import('./graphql').NotifyWebhooksResendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotifyWebhooksDeactivate($id: ID!) {\n    deactivateWebhook(id: $id) {\n      id\n      active\n      deactivatedAt\n    }\n  }\n"): typeof import('./graphql').NotifyWebhooksDeactivateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotifyWebhooksRotate($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      webhook {\n        secretRotatedAt\n      }\n    }\n  }\n"): typeof import('./graphql').NotifyWebhooksRotateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotifyWebhooksStats($from: DateTimeISO!, $to: DateTimeISO!) {\n    notificationStats(from: $from, to: $to) {\n      recorded\n      webhookDeliveries {\n        state\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').NotifyWebhooksStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotifyChainFile($i: ReportIssueInput!) {\n    reportIssue(input: $i) {\n      id\n      promiseStartedAt\n    }\n  }\n"): typeof import('./graphql').NotifyChainFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotifyChainRespond($id: ID!) {\n    respondToIssueReport(id: $id) {\n      id\n      escalationLevel\n      status\n    }\n  }\n"): typeof import('./graphql').NotifyChainRespondDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotifyChainHandToProperty($id: ID!) {\n    handIssueReportToProperty(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').NotifyChainHandToPropertyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotifyChainHandover($id: ID!) {\n    issueReport(id: $id) {\n      propertyHandover {\n        status\n        workOrderId\n      }\n    }\n  }\n"): typeof import('./graphql').NotifyChainHandoverDocument;
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
export function graphql(source: "\n  fragment PromiseEscalationReport on IssueReport {\n    id\n    status\n    reportedAt\n    promiseStartedAt\n    respondedWithinPromise\n    responseOverdue\n    escalationLevel\n    escalations {\n      level\n      dueAt\n      recipients\n      status\n      doneAt\n    }\n  }\n"): typeof import('./graphql').PromiseEscalationReportFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PromiseEscalationFile($i: ReportIssueInput!) {\n    reportIssue(input: $i) {\n      ...PromiseEscalationReport\n    }\n  }\n"): typeof import('./graphql').PromiseEscalationFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PromiseEscalationReport($id: ID!) {\n    issueReport(id: $id) {\n      ...PromiseEscalationReport\n      entries {\n        kind\n        note\n        by\n      }\n    }\n  }\n"): typeof import('./graphql').PromiseEscalationReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PromiseEscalationRespond($id: ID!) {\n    respondToIssueReport(id: $id) {\n      ...PromiseEscalationReport\n    }\n  }\n"): typeof import('./graphql').PromiseEscalationRespondDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PromiseEscalationResolve($id: ID!) {\n    resolveIssueReport(id: $id, note: \"已处理\") {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').PromiseEscalationResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PromiseEscalationHandToProperty($id: ID!) {\n    handIssueReportToProperty(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').PromiseEscalationHandToPropertyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PromiseEscalationPolicy($id: ID!) {\n    compound(id: $id) {\n      escalationPolicy {\n        isDefault\n        levels {\n          level\n          afterSeconds\n          recipients\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PromiseEscalationPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PromiseEscalationSetPolicy($i: SetEscalationPolicyInput!) {\n    setCompoundEscalationPolicy(input: $i) {\n      isDefault\n      levels {\n        level\n        afterSeconds\n        recipients\n      }\n    }\n  }\n"): typeof import('./graphql').PromiseEscalationSetPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PromiseEscalationStats($c: ID!) {\n    partyStats(compoundId: $c, from: \"2026-11-01\", to: \"2026-12-31\") {\n      reports\n      respondedWithinPromise\n      escalatedLevel1\n      escalatedLevel2\n    }\n  }\n"): typeof import('./graphql').PromiseEscalationStatsDocument;
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
export function graphql(source: "\n  mutation PropertyNotifySetStaffDuty($input: SetStaffDutyInput!) {\n    setStaffDuty(input: $input) {\n      id\n      companyId\n      dutyManager\n      accountSub\n    }\n  }\n"): typeof import('./graphql').PropertyNotifySetStaffDutyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropertyNotifyCompanyStaff($id: ID!) {\n    propertyCompany(id: $id) {\n      staff {\n        id\n        name\n        dutyManager\n        accountSub\n      }\n    }\n  }\n"): typeof import('./graphql').PropertyNotifyCompanyStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropertyNotifyCreateOrder($input: CreateWorkOrderInput!) {\n    createWorkOrder(input: $input) {\n      id\n      slaDeadline\n      residentId\n    }\n  }\n"): typeof import('./graphql').PropertyNotifyCreateOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropertyNotifyHandOver($id: ID!) {\n    handIssueReportToProperty(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').PropertyNotifyHandOverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropertyNotifyCreateResident($i: CreateResidentInput!) {\n    createResident(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql').PropertyNotifyCreateResidentDocument;
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
export function graphql(source: "\n  query DemoScaleDashboard {\n    compounds(first: 20) {\n      totalCount\n      edges {\n        node {\n          name\n          buildings {\n            number\n          }\n          ownersCommittee {\n            name\n          }\n          serviceContracts {\n            company {\n              name\n            }\n          }\n          outlets {\n            kind\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DemoScaleDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoScaleFigures($p: DateRange!) {\n    partyStatsByCompound(period: $p, first: 100) {\n      edges {\n        node {\n          reports\n          byPath {\n            key\n            count\n          }\n        }\n      }\n    }\n    workOrderStats(period: $p) {\n      total\n      byCategory {\n        count\n      }\n    }\n    fundFlowReport(period: $p) {\n      source\n      entries\n    }\n  }\n"): typeof import('./graphql').DemoScaleFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoScaleMyReports {\n    myIssueReports(first: 20) {\n      totalCount\n      edges {\n        node {\n          reportedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DemoScaleMyReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoScaleOpenReports($c: ID!) {\n    issueReports(compoundId: $c, statuses: [SUBMITTED, RESPONDED, ESCALATED, REOPENED], first: 20) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').DemoScaleOpenReportsDocument;
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
