/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What a social enterprise's outlet does. */
export type OutletKind =
  | 'CANTEEN'
  | 'SERVICE_MARKET'
  | 'VEG_SHOP';

export type FederationCompoundQueryVariables = Exact<{
  id: string | number;
}>;


export type FederationCompoundQuery = { compound: { id: string, name: string | null, nameZh: string | null, buildings: Array<{ id: string, number: number | null }> | null, ownersCommittee: { id: string, name: string | null, compound: { id: string, name: string | null } | null } | null, serviceContracts: Array<{ startsOn: string, company: { name: string | null } }> | null, outlets: Array<{ kind: OutletKind, name: string, enterprise: { name: string } }> | null } };

export type FederationCompoundNamesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type FederationCompoundNamesQuery = { compounds: { totalCount: number, edges: Array<{ cursor: string, node: { name: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FederationCompoundsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FederationCompoundsPageQuery = { compounds: { totalCount: number } };

export type FederationCompoundByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type FederationCompoundByIdQuery = { compound: { id: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const FederationCompoundDocument = new TypedDocumentString(`
    query FederationCompound($id: ID!) {
  compound(id: $id) {
    id
    name
    nameZh
    buildings {
      id
      number
    }
    ownersCommittee {
      id
      name
      compound {
        id
        name
      }
    }
    serviceContracts {
      company {
        name
      }
      startsOn
    }
    outlets {
      kind
      name
      enterprise {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FederationCompoundQuery, FederationCompoundQueryVariables>;
export const FederationCompoundNamesDocument = new TypedDocumentString(`
    query FederationCompoundNames($after: String) {
  compounds(first: 5, after: $after) {
    totalCount
    edges {
      cursor
      node {
        name
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<FederationCompoundNamesQuery, FederationCompoundNamesQueryVariables>;
export const FederationCompoundsPageDocument = new TypedDocumentString(`
    query FederationCompoundsPage($first: Int, $after: String) {
  compounds(first: $first, after: $after) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<FederationCompoundsPageQuery, FederationCompoundsPageQueryVariables>;
export const FederationCompoundByIdDocument = new TypedDocumentString(`
    query FederationCompoundById($id: ID!) {
  compound(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<FederationCompoundByIdQuery, FederationCompoundByIdQueryVariables>;