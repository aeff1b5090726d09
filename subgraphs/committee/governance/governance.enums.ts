import { registerEnumType } from 'type-graphql';

export enum GovernanceDocumentKind {
  /** 居民公约 */
  CONVENTION = 'CONVENTION',
  /** 自治章程 */
  CHARTER = 'CHARTER',
}
registerEnumType(GovernanceDocumentKind, {
  name: 'GovernanceDocumentKind',
  description: "The residents' convention (居民公约) or the self-governance charter (自治章程).",
});
