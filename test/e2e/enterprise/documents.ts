import { graphql } from '../../typed';

/** Documents several enterprise suites send. */

export const CreateAgreement = graphql(`
  mutation EnterpriseCreateAgreement($input: CreateRevenueShareAgreementInput!) {
    createRevenueShareAgreement(input: $input) {
      id
    }
  }
`);
