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
};
const documents: Documents = {
    "\n  query FederationCompound($id: ID!) {\n    compound(id: $id) {\n      id\n      name\n      nameZh\n      buildings {\n        id\n        number\n      }\n      ownersCommittee {\n        id\n        name\n        compound {\n          id\n          name\n        }\n      }\n      serviceContracts {\n        company {\n          name\n        }\n        startsOn\n      }\n      outlets {\n        kind\n        name\n        enterprise {\n          name\n        }\n      }\n    }\n  }\n": types.FederationCompoundDocument,
    "\n  query FederationCompoundNames($after: String) {\n    compounds(first: 5, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FederationCompoundNamesDocument,
    "\n  query FederationCompoundsPage($first: Int, $after: String) {\n    compounds(first: $first, after: $after) {\n      totalCount\n    }\n  }\n": types.FederationCompoundsPageDocument,
    "\n  query FederationCompoundById($id: ID!) {\n    compound(id: $id) {\n      id\n    }\n  }\n": types.FederationCompoundByIdDocument,
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


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
