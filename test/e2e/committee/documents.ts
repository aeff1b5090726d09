import { graphql } from '../../typed';

/** The roll and the vote, shared by the committee's suites (test/e2e/committee/fixtures.ts builds on them). */
export const RegisterOwner = graphql(`
  mutation CommitteeRegisterOwner($input: RegisterOwnerInput!) {
    registerOwner(input: $input) {
      id
      isDeveloper
      name
    }
  }
`);

export const RegisterOwnedUnit = graphql(`
  mutation CommitteeRegisterOwnedUnit($input: RegisterOwnedUnitInput!) {
    registerOwnedUnit(input: $input) {
      id
      areaCentiM2
      area
    }
  }
`);

export const OpenVote = graphql(`
  mutation CommitteeOpenVote($input: OpenVoteInput!) {
    openVote(input: $input) {
      id
      status
      matter
      approvalRule
      roll {
        heads
        areaCentiM2
        area
      }
    }
  }
`);

export const CastBallot = graphql(`
  mutation CommitteeCastBallot($input: BallotInput!) {
    castBallot(input: $input) {
      id
      choice
      castAt
      changedAt
    }
  }
`);

export const CloseVote = graphql(`
  mutation CommitteeCloseVote($id: ID!) {
    closeVote(id: $id) {
      id
      status
      closedAt
      result {
        valid
        passed
        participatingAreaCentiM2
        participatingHeads
        forAreaCentiM2
        forHeads
        againstAreaCentiM2
        againstHeads
        abstainAreaCentiM2
        abstainHeads
        explanation
        checks {
          stage
          measure
          rule
          count
          base
          required
          shortfall
          met
          text
        }
      }
    }
  }
`);
