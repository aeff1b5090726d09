import { graphql } from '../typed';

/** Documents several gateway tests send. */

/** A compound's name (party) and its committee's (committee): two subgraphs in one query. */
export const CompoundAndCommittee = graphql(`
  query GatewayCompoundAndCommittee($id: ID!) {
    compound(id: $id) {
      name
      ownersCommittee {
        name
      }
    }
  }
`);
